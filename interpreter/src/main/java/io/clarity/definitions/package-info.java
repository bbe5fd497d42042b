/**
 * The top-level define forms of a contract, read from the AST.
 */
package io.clarity.definitions;

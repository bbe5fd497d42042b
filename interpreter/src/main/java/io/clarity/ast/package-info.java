/**
 * The abstract syntax tree: generic s-expressions with source spans, sugar already expanded.
 */
package io.clarity.ast;

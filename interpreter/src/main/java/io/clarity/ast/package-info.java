/**
 * The abstract syntax tree: generic s-expressions with source spans ({@link io.clarity.error.Span}, which
 * lives with the errors that carry it), sugar already expanded.
 */
package io.clarity.ast;

package io.clarity.ast;

import io.clarity.error.Span;

/** A name: a variable, function, keyword or type name. */
public record AtomExpr(String name, Span span) implements Expr {
}

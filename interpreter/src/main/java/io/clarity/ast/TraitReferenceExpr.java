package io.clarity.ast;

import io.clarity.error.Span;

/** {@code <name>}: a reference to a trait imported with {@code use-trait} or defined in the contract. */
public record TraitReferenceExpr(String name, Span span) implements Expr {
}

package io.clarity.ast;

import io.clarity.error.Span;
import io.clarity.value.Value;

/** A literal value: a number, buffer, string, principal. */
public record LiteralExpr(Value value, Span span) implements Expr {
}

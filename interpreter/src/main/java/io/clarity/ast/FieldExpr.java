package io.clarity.ast;

import io.clarity.error.Span;
import io.clarity.value.TraitIdentifier;

/** {@code .contract.trait} or {@code 'ST....contract.trait}: a trait identifier. */
public record FieldExpr(TraitIdentifier trait, Span span) implements Expr {
}

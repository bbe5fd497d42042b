package io.clarity.ast;

import io.clarity.error.Span;

/**
 * A Clarity expression with its source span: the generic s-expression tree that every later
 * pass (definitions, analysis, evaluation) reads. Sugar is already expanded: tuple literals are
 * {@code (tuple (k v) ...)} lists and {@code .name} is a contract principal literal.
 */
public sealed interface Expr permits ListExpr, AtomExpr, LiteralExpr, TraitReferenceExpr, FieldExpr {

    Span span();
}

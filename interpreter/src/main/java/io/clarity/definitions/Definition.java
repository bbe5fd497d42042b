package io.clarity.definitions;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.Span;
import io.clarity.value.TraitIdentifier;
import io.clarity.vocabulary.DefineKind;
import java.util.List;

/**
 * A top-level form of a contract: one of the eleven define forms, or a plain expression that
 * runs at deploy time. Types are still expressions here; the analyser reads them.
 */
public sealed interface Definition {

    /** The whole top-level expression. */
    Expr source();

    default Span span() {
        return source().span();
    }

    /** The name this form defines, or null (for impl-trait and plain expressions). */
    String name();

    /** Where the defined name is written; the whole form when it defines none. */
    default Span nameSpan() {
        if (this instanceof Function f) {
            return f.signature().get(0).span();
        }
        return name() != null && source() instanceof ListExpr l && l.size() > 1 ? l.get(1).span() : span();
    }

    /** {@code (define-constant name value)}. */
    record Constant(String name, Expr value, ListExpr source) implements Definition {
    }

    /** {@code (define-public|private|read-only (name (arg type) ...) body)}. */
    record Function(DefineKind kind, String name, List<Expr> parameters, Expr body, ListExpr signature, ListExpr source)
            implements Definition {
    }

    /** {@code (define-map name key-type value-type)}. */
    record Map(String name, Expr keyType, Expr valueType, ListExpr source) implements Definition {
    }

    /** {@code (define-data-var name type initial)}. */
    record DataVar(String name, Expr type, Expr initial, ListExpr source) implements Definition {
    }

    /** {@code (define-fungible-token name [total-supply])}; supply is null when unbounded. */
    record FungibleToken(String name, Expr supply, ListExpr source) implements Definition {
    }

    /** {@code (define-non-fungible-token name id-type)}. */
    record NonFungibleToken(String name, Expr type, ListExpr source) implements Definition {
    }

    /** {@code (define-trait name ((method (arg-types) (response ok err)) ...))}. */
    record Trait(String name, List<Expr> methods, ListExpr source) implements Definition {
    }

    /** {@code (use-trait alias .contract.trait)}. */
    record UseTrait(String name, TraitIdentifier trait, ListExpr source) implements Definition {
    }

    /** {@code (impl-trait .contract.trait)}. */
    record ImplTrait(TraitIdentifier trait, ListExpr source) implements Definition {
        @Override
        public String name() {
            return null;
        }
    }

    /** Any other top-level expression, evaluated at deploy time. */
    record TopLevel(Expr source) implements Definition {
        @Override
        public String name() {
            return null;
        }
    }
}

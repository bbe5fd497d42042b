package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.natives.NativeFunction;
import io.clarity.type.TypeSignature;
import java.util.List;

/** The type rules of principals: construction, destruction, network checks, contract hashes. */
final class PrincipalTypes {

    private PrincipalTypes() {
    }

    /** {@code is-standard}. */
    static TypeSignature isStandard(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.IS_STANDARD);
    }

    /** {@code principal-destruct?}. */
    static TypeSignature principalDestruct(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.PRINCIPAL_DESTRUCT);
    }

    /** {@code principal-construct?}. */
    static TypeSignature principalConstruct(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.PRINCIPAL_CONSTRUCT);
    }

    /** {@code principal-of?}. */
    static TypeSignature principalOf(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.PRINCIPAL_OF);
    }

    /** {@code contract-hash?}. */
    static TypeSignature contractHash(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.CONTRACT_HASH);
    }
}

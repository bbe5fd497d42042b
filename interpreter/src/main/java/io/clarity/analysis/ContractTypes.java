package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.natives.NativeFunction;
import io.clarity.type.TypeSignature;
import java.util.List;

/** The type rules of calls between contracts and traits. */
final class ContractTypes {

    private ContractTypes() {
    }

    /** {@code contract-call?}. */
    static TypeSignature contractCall(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.CONTRACT_CALL);
    }

    /** {@code contract-of}. */
    static TypeSignature contractOf(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.CONTRACT_OF);
    }

    /** Reads the method signatures of {@code define-trait}. */
    static TraitSignature parseTrait(TypeChecker tc, List<Expr> methods) {
        throw io.clarity.error.CheckErrorKind.DefineTraitBadSignature.error();
    }
}

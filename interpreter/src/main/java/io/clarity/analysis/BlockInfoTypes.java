package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.natives.NativeFunction;
import io.clarity.type.TypeSignature;
import java.util.List;

/** The type rules of block and tenure information, and at-block. */
final class BlockInfoTypes {

    private BlockInfoTypes() {
    }

    /** {@code at-block}. */
    static TypeSignature atBlock(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.AT_BLOCK);
    }

    /** {@code get-block-info?}. */
    static TypeSignature getBlockInfo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.GET_BLOCK_INFO);
    }

    /** {@code get-burn-block-info?}. */
    static TypeSignature getBurnBlockInfo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.GET_BURN_BLOCK_INFO);
    }

    /** {@code get-stacks-block-info?}. */
    static TypeSignature getStacksBlockInfo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.GET_STACKS_BLOCK_INFO);
    }

    /** {@code get-tenure-info?}. */
    static TypeSignature getTenureInfo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.GET_TENURE_INFO);
    }
}

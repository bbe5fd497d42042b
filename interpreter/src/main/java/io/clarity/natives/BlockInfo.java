package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.value.Value;
import java.util.List;

/** The natives of block and tenure information, and at-block. */
final class BlockInfo {

    private BlockInfo() {
    }

    /** {@code at-block}. */
    static Value atBlock(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.AT_BLOCK);
    }

    /** {@code get-block-info?}. */
    static Value getBlockInfo(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.GET_BLOCK_INFO);
    }

    /** {@code get-burn-block-info?}. */
    static Value getBurnBlockInfo(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.GET_BURN_BLOCK_INFO);
    }

    /** {@code get-stacks-block-info?}. */
    static Value getStacksBlockInfo(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.GET_STACKS_BLOCK_INFO);
    }

    /** {@code get-tenure-info?}. */
    static Value getTenureInfo(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.GET_TENURE_INFO);
    }
}

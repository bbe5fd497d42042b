package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.value.Value;
import java.util.List;

/** The natives of bitwise operations on 128-bit integers. */
final class Bits {

    private Bits() {
    }

    /** {@code xor}. */
    static Value xor(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.XOR);
    }

    /** {@code bit-and}. */
    static Value bitAnd(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.BIT_AND);
    }

    /** {@code bit-or}. */
    static Value bitOr(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.BIT_OR);
    }

    /** {@code bit-xor}. */
    static Value bitXor(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.BIT_XOR);
    }

    /** {@code bit-not}. */
    static Value bitNot(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.BIT_NOT);
    }

    /** {@code bit-shift-left}. */
    static Value bitShiftLeft(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.BIT_SHIFT_LEFT);
    }

    /** {@code bit-shift-right}. */
    static Value bitShiftRight(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.BIT_SHIFT_RIGHT);
    }
}

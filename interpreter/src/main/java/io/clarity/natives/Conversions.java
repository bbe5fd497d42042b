package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.value.Value;
import java.util.List;

/** The natives of conversions between buffers, strings, integers and the consensus serialization. */
final class Conversions {

    private Conversions() {
    }

    /** {@code buff-to-int-le}. */
    static Value buffToIntLe(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.BUFF_TO_INT_LE);
    }

    /** {@code buff-to-uint-le}. */
    static Value buffToUintLe(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.BUFF_TO_UINT_LE);
    }

    /** {@code buff-to-int-be}. */
    static Value buffToIntBe(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.BUFF_TO_INT_BE);
    }

    /** {@code buff-to-uint-be}. */
    static Value buffToUintBe(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.BUFF_TO_UINT_BE);
    }

    /** {@code string-to-int?}. */
    static Value stringToInt(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.STRING_TO_INT);
    }

    /** {@code string-to-uint?}. */
    static Value stringToUint(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.STRING_TO_UINT);
    }

    /** {@code int-to-ascii}. */
    static Value intToAscii(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.INT_TO_ASCII);
    }

    /** {@code int-to-utf8}. */
    static Value intToUtf8(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.INT_TO_UTF8);
    }

    /** {@code to-ascii?}. */
    static Value toAscii(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.TO_ASCII);
    }

    /** {@code to-consensus-buff?}. */
    static Value toConsensusBuff(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.TO_CONSENSUS_BUFF);
    }

    /** {@code from-consensus-buff?}. */
    static Value fromConsensusBuff(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.FROM_CONSENSUS_BUFF);
    }
}

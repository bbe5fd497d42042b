package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.value.Value;
import java.util.List;

/** The natives of sequences: list transformation and access. */
final class Sequences {

    private Sequences() {
    }

    /** {@code map}. */
    static Value map(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.MAP);
    }

    /** {@code filter}. */
    static Value filter(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.FILTER);
    }

    /** {@code fold}. */
    static Value fold(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.FOLD);
    }

    /** {@code append}. */
    static Value append(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.APPEND);
    }

    /** {@code concat}. */
    static Value concat(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.CONCAT);
    }

    /** {@code as-max-len?}. */
    static Value asMaxLen(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.AS_MAX_LEN);
    }

    /** {@code len}. */
    static Value len(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.LEN);
    }

    /** {@code slice?}. */
    static Value slice(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.SLICE);
    }

    /** {@code replace-at?}. */
    static Value replaceAt(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.REPLACE_AT);
    }

    /** {@code element-at}. */
    static Value elementAtAlias(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.ELEMENT_AT_ALIAS);
    }

    /** {@code element-at?}. */
    static Value elementAt(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.ELEMENT_AT);
    }

    /** {@code index-of}. */
    static Value indexOfAlias(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.INDEX_OF_ALIAS);
    }

    /** {@code index-of?}. */
    static Value indexOf(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.INDEX_OF);
    }
}

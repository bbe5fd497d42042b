package io.clarity.natives;

import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.CallContext;
import io.clarity.eval.EarlyReturn;
import io.clarity.value.BoolValue;
import io.clarity.value.ErrValue;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.ResponseValue;
import io.clarity.value.SomeValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.NativeFunction;

/** Optionals and responses: the predicates, the unwrapping forms and {@code default-to}. */
final class Options {

    private Options() {
    }

    static Value isOk(Value v) {
        return BoolValue.of(((ResponseValue) v).isOk());
    }

    static Value isErr(Value v) {
        return BoolValue.of(!((ResponseValue) v).isOk());
    }

    static Value isSome(Value v) {
        return BoolValue.of(v instanceof SomeValue);
    }

    static Value isNone(Value v) {
        return BoolValue.of(v instanceof NoneValue);
    }

    /** {@code try!}: the content of some/ok, or an early return of none / the same err. */
    static Value tryUnwrap(Value v, CallContext ctx) {
        Value inner = unwrapped(v);
        ControlFlow.branch(NativeFunction.TRY, inner == null ? 1 : 0, ctx);
        if (inner == null) {
            throw new EarlyReturn(v instanceof ErrValue ? v : NoneValue.INSTANCE, "try!");
        }
        return inner;
    }

    /** {@code unwrap!}: both arguments were evaluated (the reference's unwrap! is not lazy). */
    static Value unwrapOrReturn(Value v, Value thrown, CallContext ctx) {
        Value inner = unwrapped(v);
        ControlFlow.branch(NativeFunction.UNWRAP, inner == null ? 1 : 0, ctx);
        if (inner == null) {
            throw new EarlyReturn(thrown, "unwrap!");
        }
        return inner;
    }

    static Value unwrapErrOrReturn(Value v, Value thrown, CallContext ctx) {
        boolean err = v instanceof ErrValue;
        ControlFlow.branch(NativeFunction.UNWRAP_ERR, err ? 0 : 1, ctx);
        if (!err) {
            throw new EarlyReturn(thrown, "unwrap-err!");
        }
        return ((ErrValue) v).inner();
    }

    static Value unwrapPanic(Value v, CallContext ctx) {
        Value inner = unwrapped(v);
        ControlFlow.branch(NativeFunction.UNWRAP_PANIC, inner == null ? 1 : 0, ctx);
        if (inner == null) {
            throw RuntimeErrorKind.UnwrapFailure.error(v);
        }
        return inner;
    }

    static Value unwrapErrPanic(Value v, CallContext ctx) {
        boolean err = v instanceof ErrValue;
        ControlFlow.branch(NativeFunction.UNWRAP_ERR_PANIC, err ? 0 : 1, ctx);
        if (!err) {
            throw RuntimeErrorKind.UnwrapFailure.error(v);
        }
        return ((ErrValue) v).inner();
    }

    static Value defaultTo(Value dflt, Value v, CallContext ctx) {
        boolean some = v instanceof SomeValue;
        ControlFlow.branch(NativeFunction.DEFAULT_TO, some ? 0 : 1, ctx);
        return some ? ((SomeValue) v).value() : dflt;
    }

    /** The content of a {@code some} or an {@code ok}; null for a {@code none} or an {@code err}. */
    private static Value unwrapped(Value v) {
        if (v instanceof SomeValue s) {
            return s.value();
        }
        return v instanceof OkValue o ? o.inner() : null;
    }
}

package io.clarity.natives;

import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.EarlyReturn;
import io.clarity.value.BoolValue;
import io.clarity.value.ErrValue;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.ResponseValue;
import io.clarity.value.SomeValue;
import io.clarity.value.Value;

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
    static Value tryUnwrap(Value v) {
        if (v instanceof SomeValue s) {
            return s.value();
        }
        if (v instanceof OkValue o) {
            return o.inner();
        }
        throw new EarlyReturn(v instanceof ErrValue ? v : NoneValue.INSTANCE, "try!");
    }

    /** {@code unwrap!}: both arguments were evaluated (the reference's unwrap! is not lazy). */
    static Value unwrapOrReturn(Value v, Value thrown) {
        if (v instanceof SomeValue s) {
            return s.value();
        }
        if (v instanceof OkValue o) {
            return o.inner();
        }
        throw new EarlyReturn(thrown, "unwrap!");
    }

    static Value unwrapErrOrReturn(Value v, Value thrown) {
        if (v instanceof ErrValue e) {
            return e.inner();
        }
        throw new EarlyReturn(thrown, "unwrap-err!");
    }

    static Value unwrapPanic(Value v) {
        if (v instanceof SomeValue s) {
            return s.value();
        }
        if (v instanceof OkValue o) {
            return o.inner();
        }
        throw RuntimeErrorKind.UnwrapFailure.error(v);
    }

    static Value unwrapErrPanic(Value v) {
        if (v instanceof ErrValue e) {
            return e.inner();
        }
        throw RuntimeErrorKind.UnwrapFailure.error(v);
    }

    static Value defaultTo(Value dflt, Value v) {
        return v instanceof SomeValue s ? s.value() : dflt;
    }
}

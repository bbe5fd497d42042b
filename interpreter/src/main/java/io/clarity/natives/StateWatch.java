package io.clarity.natives;

import io.clarity.eval.CallContext;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.eval.instrument.StateAccess;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.Value;

/**
 * Tells the execution's listener, if any, of the state the natives read and write. A native that
 * needs the value before a write reads it only when {@link #watched} says someone listens, so an
 * execution without listeners does no extra read.
 */
final class StateWatch {

    private StateWatch() {
    }

    /** Whether a listener observes {@code ctx}'s execution. */
    static boolean watched(CallContext ctx) {
        return ctx.exec().listener() != null;
    }

    static void read(CallContext ctx, StateAccess.Store store, String name, Value key, Value value) {
        ExecutionListener listener = ctx.exec().listener();
        if (listener != null) {
            listener.state(StateAccess.read(store, owner(store, ctx), name, key, value), ctx);
        }
    }

    static void write(CallContext ctx, StateAccess.Store store, String name, Value key, Value before, Value after) {
        ExecutionListener listener = ctx.exec().listener();
        if (listener != null) {
            listener.state(StateAccess.write(store, owner(store, ctx), name, key, before, after), ctx);
        }
    }

    /** Data vars, maps and tokens belong to the contract whose code runs; STX to nobody. */
    private static ContractPrincipalValue owner(StateAccess.Store store, CallContext ctx) {
        return store == StateAccess.Store.STX_BALANCE ? null : ctx.contract().id();
    }
}

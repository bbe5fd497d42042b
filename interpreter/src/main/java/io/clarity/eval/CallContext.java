package io.clarity.eval;

import io.clarity.chain.DeployedContract;
import io.clarity.chain.Event;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.value.OptionalValue;
import io.clarity.value.PrincipalValue;

/**
 * The invocation a piece of code runs in: the contract whose code it is, {@code tx-sender},
 * {@code contract-caller} and {@code tx-sponsor?}.
 */
public record CallContext(ExecutionContext exec, DeployedContract contract, PrincipalValue sender,
                          PrincipalValue caller, OptionalValue sponsor) {

    /** This invocation with both sender and caller set to {@code p} (as-contract). */
    public CallContext withPrincipal(PrincipalValue p) {
        return new CallContext(exec, contract, p, p, sponsor);
    }

    /** This invocation running {@code callee}'s code, with {@code caller} as contract-caller. */
    public CallContext calling(DeployedContract callee, PrincipalValue caller) {
        return new CallContext(exec, callee, sender, caller, sponsor);
    }

    /** Emits {@code e} on the chain, and tells the execution's listener. */
    public void emit(Event e) {
        exec.state().log().emit(e);
        ExecutionListener listener = exec.listener();
        if (listener != null) {
            listener.event(e, this);
        }
    }
}

package io.clarity.testing;

import io.clarity.trace.CallTrace;

/**
 * The trace of a failed test's last contract call, attached by the {@link SimnetExtension} to the
 * test's failure as a suppressed exception ({@link Throwable#getSuppressed()}): wherever the
 * failure is shown with its stack trace (Maven's reports, an IDE), the call tree is shown under
 * it. It is not an error of its own, so it has no stack trace, and it prints as its message:
 *
 * <pre>
 * Suppressed: Last contract call of addsUp(Simnet, String):
 * (contract-call? 'ST1PQ...counter add u2)  sender 'ST1SJ...
 * `-- => (ok u2)
 * </pre>
 */
public final class LastContractCall extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient CallTrace trace;

    LastContractCall(String test, CallTrace trace) {
        super("Last contract call of " + test + ":\n" + trace, null, false, false);
        this.trace = trace;
    }

    /** The call's trace. */
    public CallTrace trace() {
        return trace;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}

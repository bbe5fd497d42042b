package io.clarity.trace;

import io.clarity.error.ClarityError;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.DefineKind;
import java.util.List;

/**
 * One call of a contract function in a trace.
 *
 * @param contract the contract whose function ran
 * @param function its name
 * @param kind public, read-only or private
 * @param args the argument values
 * @param callSite {@code contract:line:column} of the calling expression, or null for the
 *                 call a transaction made
 * @param crossContract whether the caller was another contract (a {@code contract-call?})
 * @param entries nested calls and events, in the order they happened
 * @param result the returned value, or null when the call failed
 * @param error the error that ended the call, or null
 */
public record Frame(ContractPrincipalValue contract, String function, DefineKind kind, List<Value> args,
                    String callSite, boolean crossContract, List<TraceEntry> entries, Value result,
                    ClarityError error) implements TraceEntry {

    public Frame {
        args = List.copyOf(args);
        entries = List.copyOf(entries);
    }

    /** Whether the call returned (with any value) rather than failed. */
    public boolean returned() {
        return error == null;
    }
}

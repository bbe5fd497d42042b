package io.clarity.trace;

import io.clarity.chain.Event;
import io.clarity.error.ClarityError;
import io.clarity.error.Span;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.DefineKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records one call as it runs. The evaluator reports each application it enters and leaves (so
 * that a frame knows the expression that called it), each user function it enters and how the
 * function ended; the chain's undo log reports each event. Not thread-safe: one tracer per call.
 */
public final class CallTracer {

    private final PrincipalValue sender;
    private final ArrayDeque<Open> open = new ArrayDeque<>();
    private Span[] siteSpans = new Span[32];
    private String[] siteContracts = new String[32];
    private int sites;
    private Frame root;

    /** A frame being recorded. */
    private record Open(ContractPrincipalValue contract, String function, DefineKind kind, List<Value> args,
                        String callSite, boolean crossContract, List<TraceEntry> entries) {
    }

    public CallTracer(PrincipalValue sender) {
        this.sender = sender;
    }

    /** An application of {@code span} in {@code contract}'s code begins. */
    public void enterExpression(Span span, String contract) {
        if (sites == siteSpans.length) {
            siteSpans = Arrays.copyOf(siteSpans, sites * 2);
            siteContracts = Arrays.copyOf(siteContracts, sites * 2);
        }
        siteSpans[sites] = span;
        siteContracts[sites] = contract;
        sites++;
    }

    /** The innermost application has ended. */
    public void leaveExpression() {
        sites--;
    }

    /** A user function starts; the innermost open application is the expression that called it. */
    public void enter(ContractPrincipalValue contract, String function, DefineKind kind, List<Value> args) {
        String site = null;
        if (sites > 0 && !siteSpans[sites - 1].isNone()) {
            site = siteContracts[sites - 1] + ":" + siteSpans[sites - 1].start();
        }
        Open parent = open.peek();
        boolean cross = parent != null && !parent.contract().equals(contract);
        open.push(new Open(contract, function, kind, args, site, cross, new ArrayList<>()));
    }

    /** An event was emitted (by the innermost function running). */
    public void event(Event e) {
        Open current = open.peek();
        if (current != null) {
            current.entries().add(new TraceEntry.Emitted(e));
        }
    }

    /** The innermost function returned {@code result}. */
    public void exit(Value result) {
        close(result, null);
    }

    /** The innermost function failed with {@code error}. */
    public void fail(ClarityError error) {
        close(null, error);
    }

    private void close(Value result, ClarityError error) {
        Open o = open.pop();
        Frame f = new Frame(o.contract(), o.function(), o.kind(), o.args(), o.callSite(), o.crossContract(),
                o.entries(), result, error);
        Open parent = open.peek();
        if (parent == null) {
            root = f;
        } else {
            parent.entries().add(f);
        }
    }

    /** The trace of the call, or null when no function ran (the call was refused). */
    public CallTrace trace() {
        return root == null ? null : new CallTrace(sender, root);
    }
}

package io.clarity.trace;

import io.clarity.ast.ListExpr;
import io.clarity.chain.DeployedContract;
import io.clarity.chain.Event;
import io.clarity.definitions.Definition;
import io.clarity.error.ClarityError;
import io.clarity.error.Span;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.DefineKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records one call as it runs, as a listener of its execution: each application entered and left
 * (so that a frame knows the expression that called it), each user function entered and how it
 * ended, each event. Not thread-safe: one tracer per call.
 */
public final class CallTracer implements ExecutionListener {

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

    @Override
    public void enter(ListExpr expr, CallContext ctx, Locals locals) {
        enterExpression(expr.span(), ctx.contract().name());
    }

    @Override
    public void exit(ListExpr expr, CallContext ctx, Value value) {
        sites--;
    }

    @Override
    public void exitEarly(ListExpr expr, CallContext ctx, Value value, String form) {
        sites--;
    }

    @Override
    public void fail(ListExpr expr, CallContext ctx, ClarityError error) {
        sites--;
    }

    /** An application of {@code span} in {@code contract}'s code begins. */
    private void enterExpression(Span span, String contract) {
        if (sites == siteSpans.length) {
            siteSpans = Arrays.copyOf(siteSpans, sites * 2);
            siteContracts = Arrays.copyOf(siteContracts, sites * 2);
        }
        siteSpans[sites] = span;
        siteContracts[sites] = contract;
        sites++;
    }

    /** A user function starts; the innermost open application is the expression that called it. */
    @Override
    public void call(DeployedContract contract, Definition.Function f, List<Value> args, CallContext ctx) {
        open(contract.id(), f.name(), f.kind(), args);
    }

    private void open(ContractPrincipalValue contract, String function, DefineKind kind, List<Value> args) {
        String site = null;
        if (sites > 0 && !siteSpans[sites - 1].isNone()) {
            site = siteContracts[sites - 1] + ":" + siteSpans[sites - 1].start();
        }
        Open parent = open.peek();
        boolean cross = parent != null && !parent.contract().equals(contract);
        open.push(new Open(contract, function, kind, args, site, cross, new ArrayList<>()));
    }

    /** An event was emitted (by the innermost function running). */
    @Override
    public void event(Event e, CallContext ctx) {
        Open current = open.peek();
        if (current != null) {
            current.entries().add(new TraceEntry.Emitted(e));
        }
    }

    @Override
    public void returned(DeployedContract contract, Definition.Function f, Value result, CallContext ctx) {
        close(result, null);
    }

    @Override
    public void failed(DeployedContract contract, Definition.Function f, ClarityError error, CallContext ctx) {
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

package io.clarity.page;

import io.clarity.ast.ListExpr;
import io.clarity.chain.DeployedContract;
import io.clarity.chain.Event;
import io.clarity.cost.ExecutionCost;
import io.clarity.definitions.Definition;
import io.clarity.error.ClarityError;
import io.clarity.error.Span;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.eval.instrument.StateAccess;
import io.clarity.trace.Step;
import io.clarity.trace.StepRecorder;
import io.clarity.value.ErrValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.DefineKind;
import io.clarity.vocabulary.NativeFunction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Listens to the executions of a chain for its page: the evaluation step by step, the state
 * written, the events emitted, the innermost place an error arose, the contracts whose functions
 * ran. A scenario takes what one step did with {@link #take()} after it; a test is told of each
 * contract call it makes, when it ends ({@link #onCall}). Not thread-safe: one recorder per chain.
 */
public final class PageRecorder implements ExecutionListener {

    private StepRecorder steps = new StepRecorder();
    /** Applications entered and not yet left. */
    private int open;
    private final List<StateAccess> writes = new ArrayList<>();
    /** Whether each write was undone by a public function's {@code (err ..)}. */
    private final List<Boolean> undone = new ArrayList<>();
    /** For each function running, how many writes there were when it was called. */
    private final ArrayDeque<Integer> callMarks = new ArrayDeque<>();
    private final List<Event> events = new ArrayList<>();
    private final Map<String, DeployedContract> contracts = new LinkedHashMap<>();
    private Entry.Place failure;
    private int calls;
    private Consumer<Call> onCall;
    private Call.Start start;

    /**
     * What happened since the last {@link #take()}.
     *
     * @param steps the evaluation step by step
     * @param writes the state writes, in order
     * @param kept the writes that were not undone (by a public function that returned
     *             {@code (err ..)}, or the function the transaction called), in order
     * @param events the events, also those a rollback dropped later
     * @param failure the innermost place where an error arose, or null
     */
    public record Capture(List<Step> steps, List<StateAccess> writes, List<StateAccess> kept, List<Event> events,
                          Entry.Place failure) {

        /** What all the writes changed (see {@link #changes(List)}): for a transaction undone as a whole. */
        public List<StateAccess> changes() {
            return changes(writes);
        }

        /** What the writes that were kept changed: for a transaction that was kept. */
        public List<StateAccess> keptChanges() {
            return changes(kept);
        }

        /**
         * The state {@code writes} changed, one write per place in the order first written, from
         * the value before the first write to the value after the last; a place written back to
         * its value is still listed.
         */
        static List<StateAccess> changes(List<StateAccess> writes) {
            Map<String, StateAccess> byPlace = new LinkedHashMap<>();
            for (StateAccess w : writes) {
                String key = w.store() + " " + w.contract() + " " + w.place();
                StateAccess first = byPlace.get(key);
                byPlace.put(key, first == null ? w : StateAccess.write(w.store(), w.contract(), w.name(), w.key(),
                        first.before(), w.after()));
            }
            return List.copyOf(byPlace.values());
        }
    }

    /**
     * A contract call made from outside (by a test), ended.
     *
     * @param contract the called contract
     * @param function the function
     * @param kind public, read-only or private
     * @param args its arguments
     * @param sender the transaction's sender
     * @param result what it returned, or null when it failed
     * @param error the error it failed with, or null
     * @param cost what the transaction had cost when it ended
     * @param capture what it did
     */
    public record Call(DeployedContract contract, String function, DefineKind kind, List<Value> args,
                       PrincipalValue sender, Value result, ClarityError error, ExecutionCost cost, Capture capture) {

        private record Start(DeployedContract contract, Definition.Function function, List<Value> args,
                             PrincipalValue sender) {
        }
    }

    /** Has {@code action} told of every call made from outside, when it ends (what a test does). */
    public PageRecorder onCall(Consumer<Call> action) {
        this.onCall = action;
        return this;
    }

    /** What happened since the last call (all since attached, the first time). */
    public Capture take() {
        List<StateAccess> kept = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            if (!undone.get(i)) {
                kept.add(writes.get(i));
            }
        }
        Capture c = new Capture(steps.take(), List.copyOf(writes), List.copyOf(kept), List.copyOf(events), failure);
        if (open == 0) {
            // between transactions: a fresh recorder, so that a long run does not keep every step it took
            steps = new StepRecorder();
        }
        writes.clear();
        undone.clear();
        events.clear();
        failure = null;
        return c;
    }

    /** The contracts whose functions ran, by name, in the order first seen. */
    public Map<String, DeployedContract> contracts() {
        return contracts;
    }

    @Override
    public void enter(ListExpr expr, CallContext ctx, Locals locals) {
        open++;
        steps.enter(expr, ctx, locals);
    }

    @Override
    public void exit(ListExpr expr, CallContext ctx, Value value) {
        open--;
        steps.exit(expr, ctx, value);
    }

    @Override
    public void exitEarly(ListExpr expr, CallContext ctx, Value value, String form) {
        open--;
        steps.exitEarly(expr, ctx, value, form);
    }

    @Override
    public void fail(ListExpr expr, CallContext ctx, ClarityError error) {
        open--;
        steps.fail(expr, ctx, error);
        // the innermost application fails first: that is where the error arose
        if (failure == null) {
            Span s = error.span() != null && !error.span().isNone() ? error.span() : expr.span();
            if (!s.isNone()) {
                failure = new Entry.Place(ctx.contract().name(), s.startLine(), s.startColumn());
            }
        }
    }

    @Override
    public void branch(NativeFunction form, int taken, int arms, CallContext ctx) {
        steps.branch(form, taken, arms, ctx);
    }

    @Override
    public void bind(String name, Value value, CallContext ctx) {
        steps.bind(name, value, ctx);
    }

    @Override
    public void call(DeployedContract contract, Definition.Function f, List<Value> args, CallContext ctx) {
        if (calls == 0 && onCall != null) {
            // what ran outside any call (a deploy's top-level code) is not this call's
            take();
            start = new Call.Start(contract, f, args, ctx.sender());
        }
        contracts.putIfAbsent(contract.name(), contract);
        callMarks.push(writes.size());
        calls++;
        steps.call(contract, f, args, ctx);
    }

    @Override
    public void returned(DeployedContract contract, Definition.Function f, Value result, CallContext ctx) {
        steps.returned(contract, f, result, ctx);
        int mark = callMarks.isEmpty() ? writes.size() : callMarks.pop();
        if (result instanceof ErrValue && (f.kind() == DefineKind.DEFINE_PUBLIC || callMarks.isEmpty())) {
            // a public function's (err ..) undoes what it wrote, also when another function called
            // it; so does the (err ..) of any function a transaction calls (a private one too)
            for (int i = mark; i < writes.size(); i++) {
                undone.set(i, true);
            }
        }
        ended(result, null, ctx);
    }

    @Override
    public void failed(DeployedContract contract, Definition.Function f, ClarityError error, CallContext ctx) {
        steps.failed(contract, f, error, ctx);
        if (!callMarks.isEmpty()) {
            callMarks.pop();
        }
        ended(null, error, ctx);
    }

    private void ended(Value result, ClarityError error, CallContext ctx) {
        calls--;
        if (calls == 0 && onCall != null && start != null) {
            Call.Start s = start;
            start = null;
            onCall.accept(new Call(s.contract(), s.function().name(), s.function().kind(), s.args(), s.sender(), result,
                    error, ctx.exec().costs().total(), take()));
        }
    }

    @Override
    public void state(StateAccess access, CallContext ctx) {
        steps.state(access, ctx);
        if (access.write()) {
            writes.add(access);
            undone.add(false);
        }
    }

    @Override
    public void event(Event e, CallContext ctx) {
        steps.event(e, ctx);
        events.add(e);
    }
}

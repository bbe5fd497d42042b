package io.clarity.profile;

import io.clarity.ast.ListExpr;
import io.clarity.chain.DeployedContract;
import io.clarity.cost.CostTracker;
import io.clarity.cost.ExecutionCost;
import io.clarity.definitions.Definition;
import io.clarity.error.ClarityError;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the cost of the code that runs goes, as a listener on the instrumentation seam: every
 * unit the transaction's cost tracker gains is given to the frame on top when it is charged, so
 * that the profile's total is exactly what the transactions cost (what is charged before the
 * first frame of a transaction, its call's lookup, the loading of the contract and the argument
 * checks, goes to that first frame, its own cost and its total; what comes after its last frame,
 * to its outermost frame).
 *
 * <p>Frames: a user function is {@code contract:function}; an application is
 * {@code contract:function:line (form)}, where {@code function} is the one whose body holds it,
 * or {@code (top)} for a contract's top-level code (a deploy, a snippet). A folded stack is the
 * functions called, outermost first, then the application that ran (nested applications of the
 * same function are not stacked: each application's own cost is a leaf of its function).
 *
 * <p>A transaction that runs no expression and calls no function (a deploy of definitions only,
 * an STX transfer) is not observed and not in the profile.
 */
public final class CostProfile implements ExecutionListener {

    /**
     * One frame: the costs charged while it was on top ({@code self}), and between its start and
     * its end ({@code total}), over its {@code calls} runs.
     *
     * @param name the frame's name
     * @param calls how many times it ran
     * @param self what was charged while it was the innermost frame
     * @param total what was charged from its start to its end
     */
    public record Entry(String name, long calls, ExecutionCost self, ExecutionCost total) {
    }

    private static final class Stats {
        long calls;
        final Tally self = new Tally();
        final Tally total = new Tally();
    }

    /** A frame on the stack; {@code functions}: the folded path of the functions up to it. */
    private record Frame(String name, String functions, String path, String function, ExecutionCost start,
                         boolean isFunction) {
    }

    private final Map<String, Tally> folded = new LinkedHashMap<>();
    private final Map<String, Stats> entries = new LinkedHashMap<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private CostTracker tracker;
    private ExecutionCost seen = ExecutionCost.ZERO;
    /** Charged while no frame was on the stack, before the transaction's first frame. */
    private final Tally pending = new Tally();
    /** The outermost frame of the current transaction, which gets what is charged after it. */
    private Frame outermost;

    @Override
    public synchronized void enter(ListExpr expr, CallContext ctx, Locals locals) {
        account(ctx.exec().costs());
        Frame fn = innermostFunction();
        String function = fn == null ? "(top)" : fn.function();
        String head = expr.headName();
        String name = ctx.contract().name() + ":" + function + ":" + expr.span().startLine()
                + " (" + (head == null ? "list" : head) + ")";
        String functions = fn == null ? "" : fn.functions();
        push(new Frame(name, functions, functions.isEmpty() ? name : functions + ";" + name, function, seen, false));
    }

    @Override
    public synchronized void exit(ListExpr expr, CallContext ctx, Value value) {
        pop(ctx.exec().costs(), false);
    }

    @Override
    public synchronized void exitEarly(ListExpr expr, CallContext ctx, Value value, String form) {
        pop(ctx.exec().costs(), false);
    }

    @Override
    public synchronized void fail(ListExpr expr, CallContext ctx, ClarityError error) {
        pop(ctx.exec().costs(), false);
    }

    @Override
    public synchronized void call(DeployedContract contract, Definition.Function f, List<Value> args, CallContext ctx) {
        account(ctx.exec().costs());
        Frame fn = innermostFunction();
        String name = contract.name() + ":" + f.name();
        String functions = fn == null ? name : fn.functions() + ";" + name;
        push(new Frame(name, functions, functions, f.name(), seen, true));
    }

    @Override
    public synchronized void returned(DeployedContract contract, Definition.Function f, Value result, CallContext ctx) {
        pop(ctx.exec().costs(), true);
    }

    @Override
    public synchronized void failed(DeployedContract contract, Definition.Function f, ClarityError error,
                                    CallContext ctx) {
        pop(ctx.exec().costs(), true);
    }

    /** What the frames cost, the costliest (by own runtime cost) first. */
    public synchronized List<Entry> entries() {
        settle();
        List<Entry> out = new ArrayList<>();
        entries.forEach((name, s) -> out.add(new Entry(name, s.calls, s.self.cost(), s.total.cost())));
        out.sort(Comparator.comparingLong((Entry e) -> e.self().runtime()).reversed()
                .thenComparing(Comparator.comparingLong((Entry e) -> e.total().runtime()).reversed()));
        return out;
    }

    /** Each folded stack ({@code frame;frame;...}) with what was charged while its last frame was on top, in the order met. */
    public synchronized Map<String, ExecutionCost> folded() {
        settle();
        Map<String, ExecutionCost> out = new LinkedHashMap<>();
        folded.forEach((path, t) -> out.put(path, t.cost()));
        return out;
    }

    /** What the observed transactions cost in all: the sum of the folded stacks. */
    public synchronized ExecutionCost total() {
        settle();
        Tally t = new Tally();
        folded.values().forEach(t::add);
        return t.cost();
    }

    private Frame innermostFunction() {
        for (Frame f : stack) {
            if (f.isFunction()) {
                return f;
            }
        }
        return null;
    }

    /** Gives what {@code costs} gained since the last callback to the frame on top. */
    private void account(CostTracker costs) {
        if (costs != tracker) {
            settle();
            tracker = costs;
            seen = ExecutionCost.ZERO;
            outermost = null;
            stack.clear();
        }
        ExecutionCost now = costs.total();
        Frame top = stack.peek();
        if (top == null) {
            pending.addDifference(now, seen);
        } else {
            folded.computeIfAbsent(top.path(), p -> new Tally()).addDifference(now, seen);
            entries.get(top.name()).self.addDifference(now, seen);
        }
        seen = now;
    }

    private void push(Frame f) {
        Stats s = entries.computeIfAbsent(f.name(), n -> new Stats());
        s.calls++;
        if (stack.isEmpty()) {
            // what the transaction was charged before its first frame is this frame's
            folded.computeIfAbsent(f.path(), p -> new Tally()).add(pending);
            s.self.add(pending);
            s.total.add(pending);
            pending.addDifference(ExecutionCost.ZERO, pending.cost());
            if (outermost == null) {
                outermost = f;
            }
        }
        stack.push(f);
    }

    private void pop(CostTracker costs, boolean function) {
        account(costs);
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            entries.get(f.name()).total.addDifference(seen, f.start());
            if (f.isFunction() == function) {
                return;
            }
        }
    }

    /** Gives what the last transaction was charged after its last callback to its outermost frame. */
    private void settle() {
        if (tracker == null) {
            return;
        }
        ExecutionCost now = tracker.total();
        Frame to = stack.isEmpty() ? outermost : stack.peek();
        if (to != null) {
            folded.computeIfAbsent(to.path(), p -> new Tally()).addDifference(now, seen);
            Stats s = entries.get(to.name());
            s.self.addDifference(now, seen);
            if (stack.isEmpty()) {
                s.total.addDifference(now, seen);
            }
            seen = now;
        }
    }
}

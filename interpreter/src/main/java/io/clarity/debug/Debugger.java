package io.clarity.debug;

import io.clarity.ast.ListExpr;
import io.clarity.chain.DeployedContract;
import io.clarity.definitions.Definition;
import io.clarity.error.ClarityError;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.eval.instrument.StateAccess;
import io.clarity.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Breakpoints and stepping over the code a chain runs. Attach its {@link #listener()} to a chain
 * ({@code Simnet.debugger()} does it for you); then a breakpoint with a callback calls it with
 * the {@link Frame} and goes on, and any other stop asks the {@link Driver} what to do next.
 *
 * <pre>{@code
 * simnet.debugger().breakAt("escrow", 18, frame -> {
 *     assertThat(frame.local("amount")).contains(UIntValue.of(100));
 *     assertThat(frame.dataVar("total")).isEqualTo(UIntValue.of(0));
 * });
 * simnet.callPublic("escrow", "release", List.of(), "wallet_1");
 * }</pre>
 *
 * <p>Breakpoints may be added and removed from any thread (a DAP client's); the rest runs on the
 * thread of the code it debugs, which it pauses by not returning from the listener's callbacks.
 */
public final class Debugger {

    private final List<Breakpoint> breakpoints = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Deque<Activation> stack = new ArrayDeque<>();
    private final Listener listener = new Listener();
    private volatile Driver driver;
    private Resume mode = Resume.CONTINUE;
    /** The expression depth and stack size where the last step began. */
    private int stepDepth;
    private int stepFrames;
    /** Applications entered and not yet left, over all activations. */
    private int depth;

    /** One active function (or a top level) and the expressions it is inside, innermost first. */
    private static final class Activation {
        final DeployedContract contract;
        final Definition.Function function;
        final CallContext ctx;
        final Deque<ListExpr> expressions = new ArrayDeque<>();
        final Deque<Locals> locals = new ArrayDeque<>();
        final Deque<CallContext> contexts = new ArrayDeque<>();
        /** The line of the last expression entered: a line breakpoint stops once per entry into its line. */
        int lastLine = -1;
        /** A function breakpoint waiting for the body's first expression. */
        Breakpoint onEntry;

        Activation(DeployedContract contract, Definition.Function function, CallContext ctx) {
            this.contract = contract;
            this.function = function;
            this.ctx = ctx;
        }

        Frame.Site site() {
            ListExpr e = expressions.peek();
            return new Frame.Site(contract.id(), function == null ? null : function.name(),
                    e == null ? 0 : e.span().startLine(), e == null ? 0 : e.span().startColumn());
        }
    }

    /** What to attach to a chain ({@code Simnet.instrument}) for this debugger to see its code. */
    public ExecutionListener listener() {
        return listener;
    }

    /** Sets who decides at pauses that have no callback (none: such pauses do not stop). */
    public void driver(Driver d) {
        driver = d;
    }

    /**
     * How the next execution starts: {@link Resume#STEP} stops at its first expression,
     * {@link Resume#CONTINUE} at the first breakpoint, {@link Resume#DETACH} nowhere.
     */
    public void startWith(Resume how) {
        mode = Objects.requireNonNull(how, "how");
        stepDepth = depth;
        stepFrames = stack.size();
    }

    /** Stops at the first expression entered on {@code line} of {@code contract} (its name or full id), asking the driver. */
    public Breakpoint breakAt(String contract, int line) {
        return breakAt(contract, line, null);
    }

    /** Calls {@code callback} at the first expression entered on {@code line} of {@code contract}, then goes on. */
    public Breakpoint breakAt(String contract, int line, Consumer<Frame> callback) {
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1, not " + line);
        }
        return add(Breakpoint.Kind.LINE, Objects.requireNonNull(contract, "contract"), line, null, callback);
    }

    /** Stops at the first expression of function {@code function} ({@code name} or {@code contract.name}) at each call. */
    public Breakpoint breakOn(String function) {
        return breakOn(function, null);
    }

    /** Calls {@code callback} at the first expression of {@code function} at each call, then goes on. */
    public Breakpoint breakOn(String function, Consumer<Frame> callback) {
        String[] p = qualified(function);
        return add(Breakpoint.Kind.FUNCTION, p[0], 0, p[1], callback);
    }

    /** Stops after each write of data var or map {@code place} ({@code name} or {@code contract.name}). */
    public Breakpoint watch(String place) {
        return watch(place, null);
    }

    /** Calls {@code callback} after each write of data var or map {@code place}, then goes on. */
    public Breakpoint watch(String place, Consumer<Frame> callback) {
        String[] p = qualified(place);
        return add(Breakpoint.Kind.WATCH, p[0], 0, p[1], callback);
    }

    private static String[] qualified(String name) {
        Objects.requireNonNull(name, "name");
        int dot = name.lastIndexOf('.');
        if (name.isBlank() || dot == name.length() - 1) {
            throw new IllegalArgumentException("give a name or contract.name, not '" + name + "'");
        }
        return dot < 0 ? new String[] {null, name} : new String[] {name.substring(0, dot), name.substring(dot + 1)};
    }

    private Breakpoint add(Breakpoint.Kind kind, String contract, int line, String name, Consumer<Frame> callback) {
        Breakpoint b = new Breakpoint(ids.incrementAndGet(), kind, contract, line, name, callback);
        breakpoints.add(b);
        return b;
    }

    /** Removes breakpoint {@code id}; false when there is none. */
    public boolean remove(int id) {
        return breakpoints.removeIf(b -> b.id() == id);
    }

    /** Removes every breakpoint. */
    public void clear() {
        breakpoints.clear();
    }

    /** The breakpoints, in the order they were set. */
    public List<Breakpoint> breakpoints() {
        return List.copyOf(breakpoints);
    }

    private static boolean names(String contract, DeployedContract c) {
        return contract == null || contract.equals(c.name()) || contract.equals(c.id().address());
    }

    private Breakpoint lineBreakpoint(DeployedContract c, int line) {
        for (Breakpoint b : breakpoints) {
            if (b.kind() == Breakpoint.Kind.LINE && b.line() == line && names(b.contract(), c)) {
                return b;
            }
        }
        return null;
    }

    private Breakpoint match(Breakpoint.Kind kind, String name, DeployedContract c) {
        for (Breakpoint b : breakpoints) {
            if (b.kind() == kind && b.name().equals(name) && names(b.contract(), c)) {
                return b;
            }
        }
        return null;
    }

    /** Stops at the innermost expression of the innermost activation. */
    private void stop(Frame.Reason reason, Breakpoint b, StateAccess write, Value value, ListExpr expr, Locals locals,
                      boolean atExit) {
        List<Frame.Site> sites = new ArrayList<>();
        List<Locals> frameLocals = new ArrayList<>();
        List<CallContext> frameContexts = new ArrayList<>();
        for (Activation s : stack) {
            sites.add(s.site());
            Locals in = s.locals.peek();
            frameLocals.add(in == null ? Locals.EMPTY : in);
            // the context of the expression in progress: inside as-contract, the contract's
            CallContext at = s.contexts.peek();
            frameContexts.add(at == null ? s.ctx : at);
        }
        if (atExit) {
            // the expression has been left: the top site still shows it
            Frame.Site top = sites.get(0);
            sites.set(0, new Frame.Site(top.contract(), top.function(), expr.span().startLine(),
                    expr.span().startColumn()));
        }
        Frame frame = new Frame(reason, b, write, value, expr, locals, sites, frameLocals, frameContexts);
        Driver d = driver;
        if ((b == null || b.callback() == null) && d == null) {
            return;
        }
        Resume next;
        try {
            if (b != null && b.callback() != null) {
                b.callback().accept(frame);
                return;
            }
            next = d.paused(frame);
        } catch (RuntimeException | Error e) {
            // a failed assertion in a callback ends the execution without telling listeners: start afresh
            stack.clear();
            depth = 0;
            throw e;
        }
        mode = next;
        stepFrames = stack.size();
        stepDepth = next == Resume.NEXT && atExit ? depth + 1 : depth;
    }

    /** The seam's callbacks, kept off the debugger's public API. */
    private final class Listener implements ExecutionListener {

        @Override
        public void enter(ListExpr expr, CallContext ctx, Locals locals) {
            if (stack.isEmpty()) {
                stack.push(new Activation(ctx.contract(), null, ctx));
            }
            Activation a = stack.peek();
            a.expressions.push(expr);
            a.locals.push(locals);
            a.contexts.push(ctx);
            depth++;
            if (mode == Resume.DETACH) {
                return;
            }
            int line = expr.span().startLine();
            Breakpoint hit = a.onEntry;
            a.onEntry = null;
            if (hit == null && line != a.lastLine) {
                hit = lineBreakpoint(a.contract, line);
            }
            a.lastLine = line;
            if (hit != null) {
                stop(Frame.Reason.BREAKPOINT, hit, null, null, expr, locals, false);
                return;
            }
            boolean step = switch (mode) {
                case STEP -> true;
                case NEXT -> depth <= stepDepth;
                case FINISH, OUT, CONTINUE, DETACH -> false;
            };
            if (step) {
                stop(Frame.Reason.STEP, null, null, null, expr, locals, false);
            }
        }

        @Override
        public void exit(ListExpr expr, CallContext ctx, Value value) {
            Locals locals = left();
            boolean stops = switch (mode) {
                case FINISH -> depth < stepDepth;
                case OUT -> stack.size() < stepFrames;
                case STEP, NEXT, CONTINUE, DETACH -> false;
            };
            if (stops && !stack.isEmpty()) {
                stop(Frame.Reason.EXIT, null, null, value, expr, locals, true);
            }
            popTopLevel();
        }

        @Override
        public void exitEarly(ListExpr expr, CallContext ctx, Value value, String form) {
            left();
            popTopLevel();
        }

        @Override
        public void fail(ListExpr expr, CallContext ctx, ClarityError error) {
            left();
            popTopLevel();
        }

        /** Leaves the innermost expression; returns the locals it had. */
        private Locals left() {
            depth--;
            Activation a = stack.peek();
            if (a == null || a.expressions.isEmpty()) {
                return Locals.EMPTY;
            }
            a.expressions.pop();
            a.contexts.pop();
            return a.locals.pop();
        }

        /** A top level (a deploy's or snippet's) ends with its last expression. */
        private void popTopLevel() {
            Activation a = stack.peek();
            if (a != null && a.function == null && a.expressions.isEmpty()) {
                stack.pop();
            }
            ended();
        }

        /** Detaching lasts until the call or top-level expression it was said in ends. */
        private void ended() {
            if (stack.isEmpty() && mode == Resume.DETACH) {
                mode = Resume.CONTINUE;
            }
        }

        @Override
        public void call(DeployedContract contract, Definition.Function f, List<Value> args, CallContext ctx) {
            Activation a = new Activation(contract, f, ctx);
            if (mode != Resume.DETACH) {
                a.onEntry = match(Breakpoint.Kind.FUNCTION, f.name(), contract);
            }
            stack.push(a);
        }

        @Override
        public void returned(DeployedContract contract, Definition.Function f, Value result, CallContext ctx) {
            popFunction(f);
        }

        @Override
        public void failed(DeployedContract contract, Definition.Function f, ClarityError error, CallContext ctx) {
            popFunction(f);
        }

        private void popFunction(Definition.Function f) {
            if (!stack.isEmpty() && stack.peek().function == f) {
                stack.pop();
            }
            ended();
        }

        @Override
        public void state(StateAccess access, CallContext ctx) {
            if (!access.write() || mode == Resume.DETACH || stack.isEmpty()
                    || (access.store() != StateAccess.Store.DATA_VAR && access.store() != StateAccess.Store.MAP_ENTRY)) {
                return;
            }
            for (Breakpoint b : breakpoints) {
                if (b.kind() == Breakpoint.Kind.WATCH && b.name().equals(access.name())
                        && (b.contract() == null || b.contract().equals(access.contract().name())
                        || b.contract().equals(access.contract().address()))) {
                    Activation a = stack.peek();
                    ListExpr expr = a.expressions.peek();
                    if (expr != null) {
                        stop(Frame.Reason.WATCH, b, access, null, expr, a.locals.peek(), false);
                    }
                    return;
                }
            }
        }
    }
}

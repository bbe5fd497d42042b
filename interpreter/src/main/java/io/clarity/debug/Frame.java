package io.clarity.debug;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.chain.ChainState;
import io.clarity.chain.DeployedContract;
import io.clarity.chain.UndoLog;
import io.clarity.cost.CostTracker;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.ExecutionContext;
import io.clarity.eval.Locals;
import io.clarity.eval.instrument.StateAccess;
import io.clarity.syntax.SourceParser;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.Value;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a paused execution stands: why it stopped, the expression, the function and its
 * contract, the locals in scope, the call stack, and read-only access to the chain as it is at
 * that moment (data vars, map entries, any expression evaluated in the frame). Valid only during
 * the pause (inside a breakpoint's callback or a {@link Driver}'s {@code paused}): afterwards
 * its chain reads see whatever the execution did next.
 */
public final class Frame {

    /** Why the execution stopped. */
    public enum Reason {
        /** A step (step, next) reached an expression. */
        STEP,
        /** A line or function breakpoint. */
        BREAKPOINT,
        /** A watched data var or map entry was written ({@link #write()}). */
        WATCH,
        /** An expression ended (finish, out), with {@link #value()}. */
        EXIT
    }

    /**
     * Where one active function (or a deploy's or snippet's top level) stands.
     *
     * @param contract the contract whose code runs
     * @param function the function, or null at the top level
     * @param line the line of the expression it is evaluating (0 before its first)
     * @param column that expression's column
     */
    public record Site(ContractPrincipalValue contract, String function, int line, int column) {

        /** {@code escrow.release (escrow:18:5)}. */
        @Override
        public String toString() {
            return (function == null ? contract.name() + " (top level)" : contract.name() + "." + function)
                    + " (" + contract.name() + ":" + line + ":" + column + ")";
        }
    }

    private final Reason reason;
    private final Breakpoint breakpoint;
    private final StateAccess write;
    private final Value value;
    private final ListExpr expression;
    private final Locals locals;
    private final CallContext ctx;
    private final List<Site> stack;
    /** Each frame's locals and context, in the order of {@link #stack}: the paused one first. */
    private final List<Locals> frameLocals;
    private final List<CallContext> frameContexts;

    Frame(Reason reason, Breakpoint breakpoint, StateAccess write, Value value, ListExpr expression, Locals locals,
          List<Site> stack, List<Locals> frameLocals, List<CallContext> frameContexts) {
        this.reason = reason;
        this.breakpoint = breakpoint;
        this.write = write;
        this.value = value;
        this.expression = expression;
        this.locals = locals;
        this.ctx = frameContexts.get(0);
        this.stack = List.copyOf(stack);
        this.frameLocals = List.copyOf(frameLocals);
        this.frameContexts = List.copyOf(frameContexts);
    }

    public Reason reason() {
        return reason;
    }

    /** The breakpoint or watch that stopped here, or null for a step. */
    public Breakpoint breakpoint() {
        return breakpoint;
    }

    /** The write a watch stopped at (before and after), or null. */
    public StateAccess write() {
        return write;
    }

    /** The value of the expression that ended ({@link Reason#EXIT}), or null. */
    public Value value() {
        return value;
    }

    /** The expression about to be evaluated (or, at {@link Reason#EXIT}, the one that ended). */
    public ListExpr expression() {
        return expression;
    }

    public int line() {
        return expression.span().startLine();
    }

    public int column() {
        return expression.span().startColumn();
    }

    /** The contract whose code is paused. */
    public ContractPrincipalValue contract() {
        return ctx.contract().id();
    }

    /** The paused function's name, or null at the top level of a deploy or snippet. */
    public String function() {
        return stack.get(0).function();
    }

    /** The text of the paused expression's line in its contract's source. */
    public String sourceLine() {
        String[] lines = ctx.contract().source().split("\n", -1);
        int i = line() - 1;
        return i >= 0 && i < lines.length ? lines[i].stripTrailing() : "";
    }

    /** The active functions, innermost (the paused one) first. */
    public List<Site> stack() {
        return stack;
    }

    /** The local bindings in scope (function arguments, {@code let} and {@code match} names), outermost first. */
    public Map<String, Value> locals() {
        return locals.bindings();
    }

    /**
     * The locals of frame {@code i} of {@link #stack()}: 0 is the paused one ({@link #locals()}),
     * a caller's are those in scope at its call in progress.
     */
    public Map<String, Value> locals(int i) {
        return i == 0 ? locals() : frameLocals.get(i).bindings();
    }

    /** The {@code tx-sender} in frame {@code i} of {@link #stack()} (0: the paused one). */
    public PrincipalValue sender(int i) {
        return frameContexts.get(i).sender();
    }

    /** The {@code contract-caller} in frame {@code i} of {@link #stack()} (0: the paused one). */
    public PrincipalValue caller(int i) {
        return frameContexts.get(i).caller();
    }

    /** The value bound to local {@code name}. */
    public Optional<Value> local(String name) {
        return Optional.ofNullable(locals.lookup(name));
    }

    public PrincipalValue sender() {
        return ctx.sender();
    }

    public PrincipalValue caller() {
        return ctx.caller();
    }

    /** Data var {@code name} of the paused contract, as it is now. */
    public Value dataVar(String name) {
        return dataVar(contract().name(), name);
    }

    /** Data var {@code name} of {@code contract} (its name or full id), as it is now. */
    public Value dataVar(String contract, String name) {
        DeployedContract c = deployed(contract);
        if (!c.storage().hasDataVar(name)) {
            throw new IllegalArgumentException("no data var " + name + " in " + c.id().address());
        }
        return c.storage().dataVar(name);
    }

    /** Every data var of {@code contract} (its name or full id), as they are now, sorted by name. */
    public Map<String, Value> dataVars(String contract) {
        return Collections.unmodifiableMap(new TreeMap<>(deployed(contract).storage().dataVars()));
    }

    /** The entry of map {@code map} of the paused contract at {@code key}, as it is now. */
    public Optional<Value> mapEntry(String map, Value key) {
        return mapEntry(contract().name(), map, key);
    }

    /** The entry of map {@code map} of {@code contract} (its name or full id) at {@code key}, as it is now. */
    public Optional<Value> mapEntry(String contract, String map, Value key) {
        DeployedContract c = deployed(contract);
        if (!c.storage().hasMap(map)) {
            throw new IllegalArgumentException("no map " + map + " in " + c.id().address());
        }
        return Optional.ofNullable(c.storage().mapGet(map, key));
    }

    /**
     * Evaluates Clarity {@code source} (one expression) in this frame: its locals, contract,
     * {@code tx-sender} and chain. Read-only: a write fails, nothing it does is kept, and it is
     * neither metered nor seen by listeners.
     *
     * @throws io.clarity.error.ClarityError when it does not parse or fails
     */
    public Value evaluate(String source) {
        DeployedContract c = ctx.contract();
        ExecutionContext paused = ctx.exec();
        List<Expr> exprs = SourceParser.parse(source, c.id().issuer(), paused.epoch());
        if (exprs.size() != 1) {
            throw new IllegalArgumentException("give one expression to evaluate, not " + exprs.size());
        }
        ChainState state = paused.state();
        ExecutionContext quiet = new ExecutionContext(state, paused.blocks(), CostTracker.FREE);
        CallContext in = new CallContext(quiet, c, ctx.sender(), ctx.caller(), ctx.sponsor());
        UndoLog log = state.log();
        log.begin(true);
        try {
            return Evaluator.eval(exprs.get(0), in, locals);
        } finally {
            log.rollback();
        }
    }

    private DeployedContract deployed(String contract) {
        // the paused contract may be a snippet or a contract being deployed, not yet on the chain
        if (ctx.contract().name().equals(contract) || ctx.contract().id().address().equals(contract)) {
            return ctx.contract();
        }
        for (Map.Entry<ContractPrincipalValue, DeployedContract> e : ctx.exec().state().contracts().entrySet()) {
            if (e.getKey().name().equals(contract) || e.getKey().address().equals(contract)) {
                return e.getValue();
            }
        }
        throw new IllegalArgumentException("no contract " + contract);
    }

    /** {@code escrow:18:5 (release)}. */
    @Override
    public String toString() {
        return contract().name() + ":" + line() + ":" + column() + (function() == null ? "" : " (" + function() + ")");
    }
}

package io.clarity.eval;

import io.clarity.chain.Blocks;
import io.clarity.chain.ChainState;
import io.clarity.cost.CostTracker;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.trace.CallTracer;
import io.clarity.version.Epoch;
import java.util.HashSet;
import java.util.Set;

/**
 * What one transaction (or read-only call, or deploy) runs against: the chain, its blocks, the
 * cost tracker, and the call stack, whose depth is bounded by the epoch's limit.
 */
public final class ExecutionContext {

    private final ChainState state;
    private final Blocks blocks;
    private final CostTracker costs;
    private final CallTracer tracer;
    private final int maxDepth;
    private final Set<String> activeFunctions = new HashSet<>();
    private int depth;

    public ExecutionContext(ChainState state, Blocks blocks, CostTracker costs) {
        this(state, blocks, costs, null);
    }

    /** A context whose function calls are recorded by {@code tracer} (null: not traced). */
    public ExecutionContext(ChainState state, Blocks blocks, CostTracker costs, CallTracer tracer) {
        this.state = state;
        this.blocks = blocks;
        this.costs = costs;
        this.tracer = tracer;
        this.maxDepth = blocks.epoch().maxCallStackDepth();
    }

    public ChainState state() {
        return state;
    }

    public Blocks blocks() {
        return blocks;
    }

    public Epoch epoch() {
        return blocks.epoch();
    }

    public CostTracker costs() {
        return costs;
    }

    /** The recorder of this call's trace, or null when it is not traced. */
    public CallTracer tracer() {
        return tracer;
    }

    /** Enters one level of the call stack (every function application is one). */
    public void enter() {
        if (depth >= maxDepth) {
            throw RuntimeErrorKind.MaxStackDepthReached.error(maxDepth);
        }
        depth++;
    }

    public void leave() {
        depth--;
    }

    /** Marks a user function as running; a second activation is re-entry, which Clarity forbids. */
    public void enterFunction(String id) {
        if (!activeFunctions.add(id)) {
            throw RuntimeErrorKind.CircularReference.error(id);
        }
    }

    public void leaveFunction(String id) {
        activeFunctions.remove(id);
    }
}

package io.clarity.eval;

import io.clarity.chain.Blocks;
import io.clarity.chain.ChainState;
import io.clarity.chain.UndoLog;
import io.clarity.cost.CostTracker;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.trace.CallTracer;
import io.clarity.value.Value;
import io.clarity.version.Epoch;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

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
    /** The block the code reads the chain at: the tip, or the block of an enclosing at-block. */
    private long viewHeight;

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
        this.viewHeight = blocks.stacksHeight();
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

    /** The height of the block the code reads the chain at (the tip, unless inside at-block). */
    public long viewHeight() {
        return viewHeight;
    }

    /**
     * Runs {@code body} as of block {@code height} (at-block): in a read-only context, reading
     * that block's state and information.
     */
    public Value atBlock(long height, Supplier<Value> body) {
        UndoLog log = state.log();
        log.begin(true);
        long previous = viewHeight;
        viewHeight = height;
        try {
            return log.asOf(height, body);
        } finally {
            viewHeight = previous;
            log.rollback();
        }
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

    /**
     * Enters the frame of a function called from outside its contract (by a transaction or a
     * contract-call?). The reference does not check the depth here; the body's first
     * application does.
     */
    public void enterCallee() {
        depth++;
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

package io.clarity;

import io.clarity.cost.CostTable;
import io.clarity.cost.CostTracker;
import io.clarity.cost.ExecutionCost;
import io.clarity.cost.LimitedCostTracker;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.Value;
import io.clarity.version.Epoch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * How a {@link Simnet} meters its transactions: each gets its own tracker (a mainnet block's
 * limit priced by the epoch's cost contract, or none without cost tracking), its result carries
 * what it cost, and, while reporting, every contract call's costs are kept for the JUnit
 * support's report.
 */
final class Metering {

    private final boolean tracking;
    /** The costs of the contract calls made since the last collection; null unless reporting. */
    private List<CallCosts> reported;
    /**
     * The costs of calls made on copies of this chain and handed back ({@link #adopt}), apart from
     * {@link #reported} because they come from other threads (tests running in parallel) while
     * this chain's own calls need no lock.
     */
    private final Queue<CallCosts> adopted = new ConcurrentLinkedQueue<>();

    Metering(boolean tracking) {
        this.tracking = tracking;
    }

    /** Whether transactions are metered (and limited). */
    boolean tracking() {
        return tracking;
    }

    /** A transaction's tracker in {@code epoch}: the block limit, or none when not tracking. */
    CostTracker tracker(Epoch epoch) {
        return tracking ? limited(epoch) : CostTracker.FREE;
    }

    /** A tracker limited to a mainnet block, priced by the cost contract of {@code epoch}. */
    static LimitedCostTracker limited(Epoch epoch) {
        return new LimitedCostTracker(CostTable.forEpoch(epoch), ExecutionCost.BLOCK_LIMIT);
    }

    /** What {@code costs} measured, as results carry it; empty for a tracker that measures nothing. */
    static Optional<Costs> costsOf(CostTracker costs) {
        if (costs instanceof LimitedCostTracker limited) {
            return Optional.of(new Costs(limited.total(), limited.limit(), limited.memory(), LimitedCostTracker.MEMORY_LIMIT));
        }
        return Optional.empty();
    }

    /** Starts keeping every contract call's costs (or stops and forgets them). */
    void setReporting(boolean on) {
        if (on && !tracking) {
            throw new IllegalStateException("this chain does not track costs (Simnet.withoutCostTracking)");
        }
        reported = on ? new ArrayList<>() : null;
        adopted.clear();
    }

    /** Whether every contract call's costs are being kept. */
    boolean reporting() {
        return reported != null;
    }

    /** Keeps {@code calls}, made on a copy of this chain, with this chain's own when reporting. */
    void adopt(List<CallCosts> calls) {
        if (reported != null) {
            adopted.addAll(calls);
        }
    }

    /** Keeps the costs of a contract call, when reporting. */
    void report(ContractPrincipalValue contract, String function, List<Value> args, Optional<Costs> costs) {
        if (reported != null) {
            reported.add(new CallCosts(contract, function, args, costs.orElseThrow()));
        }
    }

    /** The costs kept since the last collection, oldest first; empty unless reporting. */
    List<CallCosts> collect() {
        if (reported == null) {
            return List.of();
        }
        List<CallCosts> out = new ArrayList<>(reported);
        reported.clear();
        for (CallCosts c = adopted.poll(); c != null; c = adopted.poll()) {
            out.add(c);
        }
        return List.copyOf(out);
    }
}

package io.clarity.cost;

import io.clarity.vocabulary.NativeFunction;

/**
 * Where execution reports what it spends: every native application, variable and function
 * lookup, user function call, contract load and definition charges a cost function with its
 * input ({@link NativeCosts} and {@link CostInputs} say which input each call site passes). The
 * tracker prices the charge with the cost table of the epoch and refuses it, with
 * {@code CostBalanceExceeded}, when the transaction goes over its limit; memory is counted apart
 * ({@code MemoryBalanceExceeded}).
 *
 * <p>{@link #FREE} measures nothing. Call sites whose input takes work to compute (a value's
 * size) ask {@link #tracking()} first, so that running without costs stays as fast as before.
 */
public interface CostTracker {

    /** Whether this tracker measures anything; false for {@link #FREE}. */
    boolean tracking();

    /** Charges {@code function} for input {@code input}. */
    void charge(CostFunction function, long input);

    /**
     * A native was applied, with the reference's cost input for it: charges the native's own
     * cost function ({@link NativeCosts#function}).
     */
    default void charge(NativeFunction function, long input) {
        CostFunction f = NativeCosts.function(function);
        if (f != null) {
            charge(f, input);
        }
    }

    /** Counts {@code bytes} more of memory in use. */
    void addMemory(long bytes);

    /** Counts {@code bytes} of memory as released. */
    void dropMemory(long bytes);

    /** What has been charged so far. */
    ExecutionCost total();

    /** The tracker that measures nothing and never refuses. */
    CostTracker FREE = new CostTracker() {
        @Override
        public boolean tracking() {
            return false;
        }

        @Override
        public void charge(CostFunction function, long input) {
        }

        @Override
        public void charge(NativeFunction function, long input) {
        }

        @Override
        public void addMemory(long bytes) {
        }

        @Override
        public void dropMemory(long bytes) {
        }

        @Override
        public ExecutionCost total() {
            return ExecutionCost.ZERO;
        }

        @Override
        public String toString() {
            return "free cost tracker";
        }
    };
}

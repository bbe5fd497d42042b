package io.clarity.cost;

/**
 * An amount of execution cost in the five dimensions the chain meters: CPU time ({@code runtime},
 * in the cost contracts' units), and how many reads and writes of chain state a transaction makes
 * and how many bytes they move.
 */
public record ExecutionCost(long runtime, long readCount, long readLength, long writeCount, long writeLength) {

    /** Nothing. */
    public static final ExecutionCost ZERO = new ExecutionCost(0, 0, 0, 0, 0);

    /**
     * The mainnet block limit (epochs 2.05 to 3.4), which the simulated chain grants every
     * transaction, in every epoch (the clarinet simnet does not use epoch 2.0's smaller limit).
     */
    public static final ExecutionCost BLOCK_LIMIT = new ExecutionCost(5_000_000_000L, 15_000, 100_000_000, 15_000, 15_000_000);

    /** Whether any dimension is above {@code limit}'s. */
    public boolean exceeds(ExecutionCost limit) {
        return runtime > limit.runtime || readCount > limit.readCount || readLength > limit.readLength
                || writeCount > limit.writeCount || writeLength > limit.writeLength;
    }

    /** The oracle's form: {@code runtime=15186 read_count=5 read_length=4830 write_count=1 write_length=128}. */
    @Override
    public String toString() {
        return "runtime=" + runtime + " read_count=" + readCount + " read_length=" + readLength
                + " write_count=" + writeCount + " write_length=" + writeLength;
    }
}

package io.clarity;

import io.clarity.cost.ExecutionCost;
import java.util.Objects;

/**
 * What a transaction cost, as the clarinet-sdk reports it (the reference's {@code CostSynthesis}):
 * the total in the five dimensions, the limit the transaction ran against (a mainnet block), and
 * the memory still counted as in use at its end, with the memory limit. {@link #percentage}
 * gives the share of the limit spent, as Clarinet's console shows it.
 */
public record Costs(ExecutionCost total, ExecutionCost limit, long memory, long memoryLimit) {

    public Costs {
        Objects.requireNonNull(total);
        Objects.requireNonNull(limit);
    }

    /** The five dimensions, labelled as Clarinet's console labels them. */
    public enum Dimension {
        RUNTIME("Runtime"),
        READ_COUNT("Read count"),
        READ_LENGTH("Read length (bytes)"),
        WRITE_COUNT("Write count"),
        WRITE_LENGTH("Write length (bytes)");

        private final String label;

        Dimension(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** This dimension of {@code cost}. */
        public long of(ExecutionCost cost) {
            return switch (this) {
                case RUNTIME -> cost.runtime();
                case READ_COUNT -> cost.readCount();
                case READ_LENGTH -> cost.readLength();
                case WRITE_COUNT -> cost.writeCount();
                case WRITE_LENGTH -> cost.writeLength();
            };
        }
    }

    /** What was spent in {@code d}. */
    public long consumed(Dimension d) {
        return d.of(total);
    }

    /** The limit in {@code d}. */
    public long limit(Dimension d) {
        return d.of(limit);
    }

    /** The share of the limit spent in {@code d}, in percent (0 to 100, more only past the limit). */
    public double percentage(Dimension d) {
        long l = limit(d);
        return l == 0 ? 0 : 100.0 * consumed(d) / l;
    }

    /** The total, as the oracle's transcripts print it ({@code runtime=.. read_count=.. ...}). */
    @Override
    public String toString() {
        return total.toString();
    }
}

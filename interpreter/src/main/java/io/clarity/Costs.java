package io.clarity;

import io.clarity.cost.ExecutionCost;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

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

    /**
     * The five dimensions, labelled as Clarinet's console labels them ({@link #label()}) and named
     * as the reference's cost reports name them ({@link #reportName()}).
     */
    public enum Dimension {
        RUNTIME("Runtime", "runtime"),
        READ_COUNT("Read count", "read_count"),
        READ_LENGTH("Read length (bytes)", "read_length"),
        WRITE_COUNT("Write count", "write_count"),
        WRITE_LENGTH("Write length (bytes)", "write_length");

        private final String label;
        private final String reportName;

        Dimension(String label, String reportName) {
            this.label = label;
            this.reportName = reportName;
        }

        public String label() {
            return label;
        }

        /** {@code runtime}, {@code read_count}, ... */
        public String reportName() {
            return reportName;
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

        /** The dimension a cost report names {@code name} (also with {@code -} for {@code _}). */
        public static Dimension byReportName(String name) {
            String n = name.replace('-', '_');
            for (Dimension d : values()) {
                if (d.reportName.equals(n)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("unknown cost dimension \"" + name + "\" (known: "
                    + Arrays.stream(values()).map(Dimension::reportName).collect(Collectors.joining(", ")) + ")");
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

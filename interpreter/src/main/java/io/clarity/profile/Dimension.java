package io.clarity.profile;

import io.clarity.cost.ExecutionCost;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The five dimensions of execution cost, named as the reference's cost reports name them. */
public enum Dimension {
    RUNTIME("runtime"),
    READ_COUNT("read_count"),
    READ_LENGTH("read_length"),
    WRITE_COUNT("write_count"),
    WRITE_LENGTH("write_length");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    /** {@code runtime}, {@code read_count}, ... */
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

    /** The dimension labelled {@code label} (also with {@code -} for {@code _}). */
    public static Dimension of(String label) {
        String l = label.replace('-', '_');
        for (Dimension d : values()) {
            if (d.label.equals(l)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown cost dimension \"" + label + "\" (known: "
                + Arrays.stream(values()).map(Dimension::label).collect(Collectors.joining(", ")) + ")");
    }
}

package io.clarity.value;

import java.util.Objects;

/** A byte buffer, {@code 0x...}. */
public record BufferValue(Bytes bytes) implements SequenceValue {

    public static final BufferValue EMPTY = new BufferValue(Bytes.EMPTY);

    public BufferValue {
        Objects.requireNonNull(bytes);
    }

    public static BufferValue of(byte... data) {
        return new BufferValue(Bytes.of(data));
    }

    @Override
    public int length() {
        return bytes.length();
    }

    @Override
    public String toString() {
        return bytes.toString();
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof BufferValue o
                && Objects.equals(bytes, o.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(bytes);
    }
}

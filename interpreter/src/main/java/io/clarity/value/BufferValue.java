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
}

package io.clarity.value;

/** {@code (buff N)}. */
public record BufferType(int maxLength) implements TypeSignature {
    @Override
    public String toString() {
        return "(buff " + maxLength + ")";
    }
}

package io.clarity.value;

/** {@code (string-ascii N)}. */
public record StringAsciiType(int maxLength) implements TypeSignature {
    @Override
    public String toString() {
        return "(string-ascii " + maxLength + ")";
    }
}

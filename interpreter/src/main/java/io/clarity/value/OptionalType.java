package io.clarity.value;

/** {@code (optional T)}. */
public record OptionalType(TypeSignature inner) implements TypeSignature {
    @Override
    public String toString() {
        return "(optional " + inner + ")";
    }
}

package io.clarity.value;

/** {@code (list N T)}. An empty list literal has type {@code (list 0 UnknownType)}. */
public record ListType(TypeSignature elementType, int maxLength) implements TypeSignature {
    @Override
    public String toString() {
        return "(list " + maxLength + " " + elementType + ")";
    }
}

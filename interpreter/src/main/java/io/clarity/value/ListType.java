package io.clarity.value;

import java.util.Objects;

/** {@code (list N T)}. An empty list literal has type {@code (list 0 UnknownType)}. */
public record ListType(TypeSignature elementType, int maxLength) implements TypeSignature {
    @Override
    public String toString() {
        return "(list " + maxLength + " " + elementType + ")";
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof ListType o
                && Objects.equals(elementType, o.elementType)
                && maxLength == o.maxLength;
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(elementType) + Integer.hashCode(maxLength);
    }
}

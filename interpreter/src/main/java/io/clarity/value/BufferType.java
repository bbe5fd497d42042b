package io.clarity.value;

/** {@code (buff N)}. */
public record BufferType(int maxLength) implements TypeSignature {
    @Override
    public String toString() {
        return "(buff " + maxLength + ")";
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof BufferType o
                && maxLength == o.maxLength;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(maxLength);
    }
}

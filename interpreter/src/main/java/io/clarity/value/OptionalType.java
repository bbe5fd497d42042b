package io.clarity.value;

import java.util.Objects;

/** {@code (optional T)}. */
public record OptionalType(TypeSignature inner) implements TypeSignature {
    @Override
    public String toString() {
        return "(optional " + inner + ")";
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof OptionalType o
                && Objects.equals(inner, o.inner);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(inner);
    }
}

package io.clarity.value;

import java.util.Objects;

/** {@code (some v)}. */
public record SomeValue(Value value) implements OptionalValue {

    public SomeValue {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return ValuePrinter.print(this);
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof SomeValue o
                && Objects.equals(value, o.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }
}

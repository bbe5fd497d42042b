package io.clarity.value;

import java.util.Objects;

/** {@code (err v)}. */
public record ErrValue(Value inner) implements ResponseValue {

    public ErrValue {
        Objects.requireNonNull(inner);
    }

    @Override
    public boolean isOk() {
        return false;
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
        return other instanceof ErrValue o
                && Objects.equals(inner, o.inner);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(inner);
    }
}

package io.clarity.value;

import java.util.Objects;

/** {@code (ok v)}. */
public record OkValue(Value inner) implements ResponseValue {

    public static final OkValue TRUE = new OkValue(BoolValue.TRUE);

    public OkValue {
        Objects.requireNonNull(inner);
    }

    @Override
    public boolean isOk() {
        return true;
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
        return other instanceof OkValue o
                && Objects.equals(inner, o.inner);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(inner);
    }
}

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
}

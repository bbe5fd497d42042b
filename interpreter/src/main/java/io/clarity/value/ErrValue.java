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
}

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
}

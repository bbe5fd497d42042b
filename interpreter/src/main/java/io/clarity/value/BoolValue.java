package io.clarity.value;

/** {@code true} or {@code false}. */
public record BoolValue(boolean value) implements Value {

    public static final BoolValue TRUE = new BoolValue(true);
    public static final BoolValue FALSE = new BoolValue(false);

    public static BoolValue of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public String toString() {
        return value ? "true" : "false";
    }
}

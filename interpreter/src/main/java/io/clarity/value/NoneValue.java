package io.clarity.value;

/** {@code none}. */
public record NoneValue() implements OptionalValue {

    public static final NoneValue INSTANCE = new NoneValue();

    @Override
    public String toString() {
        return "none";
    }
}

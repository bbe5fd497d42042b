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

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof BoolValue o
                && value == o.value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }
}

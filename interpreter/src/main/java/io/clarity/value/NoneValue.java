package io.clarity.value;

/** {@code none}. */
public record NoneValue() implements OptionalValue {

    public static final NoneValue INSTANCE = new NoneValue();

    @Override
    public String toString() {
        return "none";
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof NoneValue;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}

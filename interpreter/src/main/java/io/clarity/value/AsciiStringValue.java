package io.clarity.value;

import java.util.Objects;

/** A {@code string-ascii}: printable ASCII plus tab, newline, form feed and carriage return. */
public record AsciiStringValue(String value) implements SequenceValue {

    public static final AsciiStringValue EMPTY = new AsciiStringValue("");

    public AsciiStringValue {
        Objects.requireNonNull(value);
    }

    /** Whether a byte may appear in a Clarity ASCII string (the reference's admission rule). */
    public static boolean isAllowed(int c) {
        return (c >= 0x20 && c <= 0x7e) || c == '\t' || c == '\n' || c == '\r' || c == 0x0c;
    }

    @Override
    public int length() {
        return value.length();
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
        return other instanceof AsciiStringValue o
                && Objects.equals(value, o.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }
}

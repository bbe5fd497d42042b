package io.clarity.value;

import java.util.Objects;

/** A {@code string-utf8}; its length counts Unicode scalar values (characters). */
public record Utf8StringValue(String value) implements SequenceValue {

    public static final Utf8StringValue EMPTY = new Utf8StringValue("");

    public Utf8StringValue {
        Objects.requireNonNull(value);
    }

    @Override
    public int length() {
        return value.codePointCount(0, value.length());
    }

    /** The number of bytes of the UTF-8 encoding. */
    public int utf8Length() {
        int n = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return n;
    }

    @Override
    public String toString() {
        return ValuePrinter.print(this);
    }
}

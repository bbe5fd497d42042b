package io.clarity.value;

/** {@code (string-utf8 N)}: N characters at most. */
public record StringUtf8Type(int maxLength) implements TypeSignature {
    @Override
    public String toString() {
        return "(string-utf8 " + maxLength + ")";
    }
}

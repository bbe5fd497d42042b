package io.clarity.value;

/** The four sequence kinds: lists, buffers, ASCII strings and UTF-8 strings. */
public sealed interface SequenceValue extends Value
        permits ListValue, BufferValue, AsciiStringValue, Utf8StringValue {

    /** Number of elements: items of a list, bytes of a buffer or ASCII string, characters of a UTF-8 string. */
    int length();
}

package io.clarity.value;

/**
 * A Clarity value. Every value is immutable and compares by content; {@link #toString()} gives the
 * canonical printed form used in transcripts, the REPL and assertion messages
 * ({@link ValuePrinter}).
 */
public sealed interface Value
        permits IntValue, UIntValue, BoolValue, SequenceValue, TupleValue, OptionalValue,
                ResponseValue, PrincipalValue, CallableValue {
}

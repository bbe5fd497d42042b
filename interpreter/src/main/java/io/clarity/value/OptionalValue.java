package io.clarity.value;

/** {@code (some v)} or {@code none}. */
public sealed interface OptionalValue extends Value permits SomeValue, NoneValue {
}

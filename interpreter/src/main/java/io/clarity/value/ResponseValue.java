package io.clarity.value;

/** {@code (ok v)} or {@code (err v)}. */
public sealed interface ResponseValue extends Value permits OkValue, ErrValue {

    /** The wrapped value. */
    Value inner();

    /** Whether this is an {@code ok}. */
    boolean isOk();
}

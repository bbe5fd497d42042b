package io.clarity.eval;

import io.clarity.value.Value;

/**
 * The early exit of {@code asserts!}, {@code unwrap!}, {@code unwrap-err!} and {@code try!}:
 * caught at the boundary of the nearest user function, whose result it becomes. Thrown without a
 * stack trace: it is control flow, not a failure.
 */
public final class EarlyReturn extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Value value;
    private final String form;

    public EarlyReturn(Value value, String form) {
        super(null, null, false, false);
        this.value = value;
        this.form = form;
    }

    /** The value the function returns. */
    public Value value() {
        return value;
    }

    /** The form that exited ({@code asserts!}, {@code unwrap!}, ...). */
    public String form() {
        return form;
    }
}

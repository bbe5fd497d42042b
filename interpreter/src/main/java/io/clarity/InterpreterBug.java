package io.clarity;

/**
 * A bug of the interpreter itself, never of the Clarity it was given: any exception other than a
 * {@link io.clarity.error.ClarityError} (a {@code NullPointerException}, an
 * {@code ArithmeticException}, a {@code StackOverflowError}, ...) thrown while a {@link Simnet}
 * checks or runs a transaction or a snippet. The transaction was rolled back (the chain is as it
 * was, but for the block it took), the exception that the bug threw is the {@link #getCause()
 * cause}, and the {@code Simnet} can go on being used. Please report it.
 */
public final class InterpreterBug extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The bug that threw {@code cause}; the message names the cause's class and message. */
    public InterpreterBug(Throwable cause) {
        super(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}

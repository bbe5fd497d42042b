package io.clarity.error;

/**
 * A kind of Clarity error, named as the reference implementation names it ({@code TypeError},
 * {@code DivisionByZero}, ...), with a message template of our own.
 */
public interface ErrorKind {

    /** The reference's name of the kind. */
    String name();

    /** When the error is raised: while parsing, at deploy-time analysis, while running, ... */
    Category category();

    /** The message template, a {@link String#format} pattern. */
    String template();

    /** An error of this kind without a position yet; the caller that knows the span adds it. */
    default ClarityError error(Object... args) {
        return new ClarityError(this, String.format(template(), args), null);
    }

    /** The phases in which errors arise. */
    enum Category {
        /** The source text is not well-formed Clarity. */
        PARSE,
        /** Static analysis rejected the contract (the reference's check errors). */
        CHECK,
        /** The program failed while running; the transaction is rolled back. */
        RUNTIME,
        /** A call was refused before running: no such contract or function, wrong kind of function. */
        CALL
    }
}

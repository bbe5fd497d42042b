package io.clarity.fuzz;

/**
 * Input that the fuzzer cannot work with, with a message for a person: a file that is missing or
 * unreadable ({@link #isMissingInput()}), or a contract, its tests or the project that do not deploy.
 */
public final class FuzzException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean missingInput;

    public FuzzException(String message) {
        this(message, false);
    }

    private FuzzException(String message, boolean missingInput) {
        super(message, null, false, false);
        this.missingInput = missingInput;
    }

    /** A file that does not exist or cannot be read. */
    static FuzzException missing(String message) {
        return new FuzzException(message, true);
    }

    /** Whether a file was missing or unreadable (a usage error), rather than code that does not deploy. */
    public boolean isMissingInput() {
        return missingInput;
    }
}

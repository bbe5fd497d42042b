package io.clarity.fuzz;

/** Input that the fuzzer cannot work with (a missing tests file, a contract that does not deploy, ...), with a message for a person. */
public final class FuzzException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FuzzException(String message) {
        super(message, null, false, false);
    }
}

package io.clarity.testing;

/**
 * The failure of a test written in Clarity: what the test function returned or how it failed,
 * and the trace of the call. The user's test failed, not Java code, so there is no stack trace.
 */
final class ClarityTestFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    ClarityTestFailure(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}

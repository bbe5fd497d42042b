package io.clarity.testing;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A test's Clarity setup is wrong (a {@code @Deploy} without a source, a missing contract file,
 * an unknown account). It is the user's mistake, so it carries no Java stack trace.
 */
final class ClaritySetupException extends ExtensionConfigurationException {

    private static final long serialVersionUID = 1L;

    ClaritySetupException(String message) {
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

package io.clarity.testing;

import io.clarity.error.ClarityError;
import io.clarity.error.ErrorKind;
import io.clarity.error.Span;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Assertions on the Clarity error a call was expected to fail with, in the style of AssertJ's
 * {@code assertThatThrownBy}: made by {@link ClarityAssertions#assertThatRuntimeError} (a runtime
 * error: the call aborted, everything it did is rolled back) or
 * {@link ClarityAssertions#assertThatClarityError} (any Clarity error: a contract that does not
 * parse or pass analysis, a call of a function that does not exist, a runtime error). Everything
 * of AssertJ's throwable assertions applies ({@code hasMessageContaining}, ...).
 *
 * <pre>{@code
 * assertThatRuntimeError(() -> simnet.callPublic("bank", "withdraw", List.of(Cl.uint(9)), "wallet_1"))
 *         .hasKind(RuntimeErrorKind.ArithmeticUnderflow)
 *         .isAt("bank:12");
 * }</pre>
 */
public final class ClarityErrorAssert extends AbstractThrowableAssert<ClarityErrorAssert, ClarityError> {

    ClarityErrorAssert(ClarityError actual) {
        super(actual, ClarityErrorAssert.class);
    }

    /** Runs {@code call} expecting a Clarity error (of {@code category}, or of any when null). */
    static ClarityErrorAssert expect(Callable<?> call, ErrorKind.Category category) {
        String expected = category == null ? "a Clarity error" : "a " + category.name().toLowerCase(Locale.ROOT) + " error";
        Object returned;
        try {
            returned = call.call();
        } catch (ClarityError e) {
            if (category != null && e.kind().category() != category) {
                throw Assertions.<AssertionError>fail("\nExpecting " + expected + " but the call failed with a "
                        + e.kind().category().name().toLowerCase(Locale.ROOT) + " error:\n  " + e.describe());
            }
            return new ClarityErrorAssert(e);
        } catch (Throwable other) {
            throw Assertions.<AssertionError>fail("\nExpecting " + expected + " but the call threw:\n  " + other, other);
        }
        throw Assertions.<AssertionError>fail("\nExpecting " + expected + " but the call "
                + (returned == null ? "ended without one" : "returned:\n  " + returned));
    }

    /** {@code call} as a {@link Callable} that returns nothing. */
    static Callable<Object> returningNothing(ThrowingCallable call) {
        return () -> {
            try {
                call.call();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            return null;
        };
    }

    /** Checks the error's kind ({@code RuntimeErrorKind.DivisionByZero}, {@code CheckErrorKind.TypeError}, ...). */
    public ClarityErrorAssert hasKind(ErrorKind expected) {
        isNotNull();
        if (!actual.kind().equals(expected)) {
            failWithActualExpectedAndMessage(actual.kind().name(), expected.name(), "%s", "\nExpecting the error to be of kind:\n  "
                    + expected.name() + "\nbut it was:\n  " + actual.describe());
        }
        return this;
    }

    /**
     * Checks where the error arose: {@code "contract:line"} or {@code "contract:line:column"}, the
     * contract (or file) named as in the error's message ({@code counter:4:16}).
     */
    public ClarityErrorAssert isAt(String place) {
        isNotNull();
        Span span = actual.span();
        String at = span == null || span.isNone() ? null
                : (actual.source() == null ? "" : actual.source() + ":") + span.startLine()
                        + (place.chars().filter(c -> c == ':').count() >= 2 ? ":" + span.startColumn() : "");
        if (!place.equals(at)) {
            failWithMessage("%s", "\nExpecting the error to have arisen at:\n  " + place + "\nbut it "
                    + (at == null ? "has no position" : "arose at:\n  " + at) + "\n  error: " + actual.describe());
        }
        return this;
    }
}

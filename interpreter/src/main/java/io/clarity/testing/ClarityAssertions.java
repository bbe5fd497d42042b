package io.clarity.testing;

import io.clarity.TxResult;
import io.clarity.error.ErrorKind;
import io.clarity.value.Value;
import java.util.concurrent.Callable;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The one static entry point for assertions: Clarity values and transaction results, plus
 * everything of AssertJ's {@link Assertions} (this class extends it), so a single
 * {@code import static io.clarity.testing.ClarityAssertions.*;} serves a whole test.
 *
 * <pre>{@code
 * assertThat(simnet.callPublic("counter", "add", List.of(Cl.uint(1)), wallet1)).isOk().isUint(1);
 * assertThat(simnet.getMapEntry("market", "jobs", key)).isSome().isTuple().hasEntry("status", Cl.ascii("open"));
 * assertThatRuntimeError(() -> simnet.callPublic("counter", "halve", List.of(Cl.uint(0)), wallet1))
 *         .hasKind(RuntimeErrorKind.DivisionByZero);
 * }</pre>
 */
public class ClarityAssertions extends Assertions {

    /** Only for classes that add assertions of their own. */
    protected ClarityAssertions() {
    }

    public static ValueAssert assertThat(Value actual) {
        return new ValueAssert(actual);
    }

    public static TxResultAssert assertThat(TxResult actual) {
        return new TxResultAssert(actual);
    }

    /**
     * Runs {@code call} and checks that it fails with a runtime error (the call aborts and
     * everything it did is rolled back, as on {@code (/ u1 u0)}); fails, saying what happened,
     * when the call returns or fails otherwise. Continues with checks on the error
     * ({@link ClarityErrorAssert#hasKind}).
     */
    public static ClarityErrorAssert assertThatRuntimeError(Callable<?> call) {
        return ClarityErrorAssert.expect(call, ErrorKind.Category.RUNTIME);
    }

    /** {@link #assertThatRuntimeError(Callable)} of a call written as a block ({@code () -> { ...; }}). */
    public static ClarityErrorAssert assertThatRuntimeError(ThrowingCallable call) {
        return ClarityErrorAssert.expect(ClarityErrorAssert.returningNothing(call), ErrorKind.Category.RUNTIME);
    }

    /**
     * Runs {@code call} and checks that it fails with a Clarity error of any kind: a contract that
     * does not parse or pass analysis, a call that is refused, a runtime error.
     */
    public static ClarityErrorAssert assertThatClarityError(Callable<?> call) {
        return ClarityErrorAssert.expect(call, null);
    }

    /** {@link #assertThatClarityError(Callable)} of a call written as a block ({@code () -> { ...; }}). */
    public static ClarityErrorAssert assertThatClarityError(ThrowingCallable call) {
        return ClarityErrorAssert.expect(ClarityErrorAssert.returningNothing(call), null);
    }
}

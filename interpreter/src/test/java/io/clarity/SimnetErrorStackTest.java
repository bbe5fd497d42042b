package io.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.clarity.error.CallErrorKind;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.error.ErrorKind;
import io.clarity.error.RuntimeErrorKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Clarity error thrown by {@link Simnet} has the Java stack trace of its caller: its first
 * frame is the line of the test that made the call, although this test is in package
 * {@code io.clarity} like the library (it is loaded from elsewhere). DivisionByZero for
 * {@code (/ u10 u0)} is what the oracle reports for the same calls.
 */
class SimnetErrorStackTest {

    private static final String HALVES = """
            (define-public (halve (n uint)) (ok (/ u10 n)))
            (define-read-only (peek (n uint)) (/ u10 n))
            (define-data-var v uint u0)
            """;

    /** The frame of the line it is called on, as a stack trace shows it. */
    private static StackTraceElement here() {
        return new Throwable().getStackTrace()[1];
    }

    /**
     * Checks that {@code call} fails with a Clarity error of {@code kind} whose stack trace
     * starts at {@code line} of this class (the lambda's frame, where the call is written), with
     * no library frame above; returns the error.
     */
    private static ClarityError startsAt(ErrorKind kind, int line, Runnable call) {
        try {
            call.run();
        } catch (ClarityError e) {
            assertThat(e.kind()).isEqualTo(kind);
            StackTraceElement first = e.getStackTrace()[0];
            assertThat(first.getClassName()).isEqualTo(SimnetErrorStackTest.class.getName());
            assertThat(first.getLineNumber()).isEqualTo(line);
            // the rest is the caller's own stack, down to the test runner
            assertThat(Arrays.stream(e.getStackTrace()).map(StackTraceElement::getClassName))
                    .doesNotContain(Simnet.class.getName(), Session.class.getName())
                    .contains("org.junit.platform.launcher.core.DefaultLauncher");
            return e;
        }
        throw new AssertionError("no error");
    }

    @Test
    void aRuntimeErrorOfACallStartsAtTheCallersLine() {
        Simnet simnet = new Simnet();
        simnet.deploy("halves", HALVES);
        // a call straight from the test method: its first frame is the method's
        StackTraceElement caller = null;
        try {
            caller = here(); simnet.callPublic("halves", "halve", List.of(Cl.uint(0)), "wallet_1");
            fail("no error");
        } catch (ClarityError e) {
            // printed before it is read, as a test runner prints it
            java.io.StringWriter printed = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(printed));
            assertThat(printed.toString()).startsWith("DivisionByZero: division by zero at halves:1:37\n"
                    + "  = see: clarity explain DivisionByZero\n\tat " + caller + "\n");
            assertThat(e.getStackTrace()[0]).isEqualTo(caller);
        }
        startsAt(RuntimeErrorKind.DivisionByZero, here().getLineNumber(), () -> simnet.callReadOnly("halves", "peek", List.of(Cl.uint(0)), "wallet_1"));
        startsAt(RuntimeErrorKind.DivisionByZero, here().getLineNumber(), () -> simnet.execute("(contract-call? .halves halve u0)"));
        startsAt(RuntimeErrorKind.DivisionByZero, here().getLineNumber(), () -> simnet.mineBlock(Tx.callPublic("halves", "halve", List.of(Cl.uint(0)), "wallet_1")));
    }

    @Test
    void aDeployThatFailsAnalysisAndARefusedCallStartAtTheCallersLineToo() {
        Simnet simnet = new Simnet();
        simnet.deploy("halves", HALVES);
        ClarityError e = startsAt(CheckErrorKind.TypeError, here().getLineNumber(), () -> simnet.deploy("broken", "(define-constant x (+ 1 u1))"));
        // located in the contract on the way out, and still at the caller
        assertThat(e.source()).isEqualTo("broken");
        startsAt(CallErrorKind.NoSuchDataVariable, here().getLineNumber(), () -> simnet.getDataVar("halves", "w"));
    }

    @Test
    void aCopyOfTheErrorKeepsTheStackAndTheTestRunnerCanAttachToIt() {
        Simnet simnet = new Simnet();
        simnet.deploy("halves", HALVES);
        try {
            simnet.callPublic("halves", "halve", List.of(Cl.uint(0)), "wallet_1");
            fail("no error");
        } catch (ClarityError e) {
            StackTraceElement caller = here(); ClarityError copy = e.in("elsewhere").withHelp("a hint");
            // a copy starts where it was made, at the caller's line too
            assertThat(copy.getStackTrace()[0]).isEqualTo(caller);
            assertThat(copy.getStackTrace()).hasSize(e.getStackTrace().length);
            copy.addSuppressed(new IllegalStateException("attached"));
            assertThat(copy.getSuppressed()).hasSize(1);
            assertThat(copy.withoutJavaStack().getStackTrace()).isEmpty();
        }
    }

    @Test
    void insideTheInterpreterAnErrorHasNoStackTrace() {
        ClarityError e = RuntimeErrorKind.DivisionByZero.error();
        assertThat(e.getStackTrace()).isEmpty();
        e.addSuppressed(new IllegalStateException("ignored"));
        assertThat(e.getSuppressed()).isEmpty();
    }
}

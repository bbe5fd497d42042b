package io.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.support.PlantedBug;
import io.clarity.value.UIntValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An interpreter bug surfaces from the {@link Simnet} as one {@link InterpreterBug}, with the
 * transaction rolled back ({@link PlantedBug} makes {@code (print u13)} throw).
 */
class InterpreterBugTest {

    private static final String CONTRACT = """
            (define-data-var n uint u0)
            (define-public (bump) (begin (var-set n u7) (try! (stx-transfer? u5 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)) (print u13) (ok true)))
            (define-public (quiet) (begin (var-set n u1) (ok true)))
            """;

    @Test
    void aRuntimeExceptionInACallIsAnInterpreterBugAndTheCallIsRolledBack() {
        Simnet s = new Simnet();
        s.deploy("c", CONTRACT);
        PlantedBug.onPrint13(s, () -> new ArithmeticException("planted"));
        long height = s.stacksBlockHeight();
        UIntValue deployerBalance = s.stxBalance("deployer");
        assertThatThrownBy(() -> s.callPublic("c", "bump", List.of(), "deployer"))
                .isInstanceOf(InterpreterBug.class)
                .hasMessage("ArithmeticException: planted")
                .cause().isInstanceOf(ArithmeticException.class);
        assertThat(s.getDataVar("c", "n")).isEqualTo(UIntValue.of(0));
        assertThat(s.stxBalance("deployer")).isEqualTo(deployerBalance);
        assertThat(s.stacksBlockHeight()).as("the failed call took its block").isEqualTo(height + 1);
        assertThat(s.callPublic("c", "quiet", List.of(), "deployer").result().toString()).isEqualTo("(ok true)");
        assertThat(s.getDataVar("c", "n")).isEqualTo(UIntValue.of(1));
    }

    @Test
    void aStackOverflowInASnippetIsAnInterpreterBug() {
        Simnet s = new Simnet();
        s.deploy("c", CONTRACT);
        PlantedBug.onPrint13(s, StackOverflowError::new);
        assertThatThrownBy(() -> s.execute("(begin (print u12) (print u13))"))
                .isInstanceOf(InterpreterBug.class)
                .cause().isInstanceOf(StackOverflowError.class);
        assertThatThrownBy(() -> s.execute("(contract-call? .c bump)"))
                .isInstanceOf(InterpreterBug.class);
        assertThat(s.getDataVar("c", "n")).isEqualTo(UIntValue.of(0));
    }

    @Test
    void aBugInADeployLeavesNoContract() {
        Simnet s = new Simnet();
        PlantedBug.onPrint13(s, () -> new NullPointerException("planted"));
        assertThatThrownBy(() -> s.deploy("d", "(define-data-var m uint u0) (print u13)"))
                .isInstanceOf(InterpreterBug.class)
                .cause().isInstanceOf(NullPointerException.class);
        assertThat(s.getContractSource("d")).isEmpty();
    }
}

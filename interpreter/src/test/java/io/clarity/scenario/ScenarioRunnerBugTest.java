package io.clarity.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.support.PlantedBug;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An interpreter bug in one step is reported on that step's line, its transaction rolled back,
 * and the scenario goes on ({@link PlantedBug} makes {@code (print u13)} throw).
 */
class ScenarioRunnerBugTest {

    private static final String SCENARIO = """
            deploy-inline c <<CLAR
            (define-data-var n uint u0)
            (define-public (bump) (begin (var-set n u7) (try! (stx-transfer? u5 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)) (print u13) (ok true)))
            (define-public (quiet) (begin (var-set n u1) (ok true)))
            CLAR
            stx-balance deployer
            call c bump
            var c n
            stx-balance deployer
            eval (begin (print u12) (print u13))
            call c quiet
            var c n
            info
            """;

    @Test
    void theBugIsReportedOnItsStepAndTheScenarioGoesOn() {
        List<String> lines = new ArrayList<>();
        ScenarioRunner runner = new ScenarioRunner(Path.of("."), null, lines::add);
        PlantedBug.onPrint13(runner.simnet(), () -> new ArithmeticException("planted"));
        assertThat(runner.run(SCENARIO)).as("no malformed step").isZero();
        assertThat(runner.internalErrors()).isEqualTo(2);
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "stx-balance deployer => u100000000000000",
                "call c bump !! internal error: ArithmeticException: planted",
                "var c n => u0",
                "stx-balance deployer => u100000000000000",
                "eval (begin (print u12) (print u13)) !! internal error: ArithmeticException: planted",
                "call c quiet => (ok true)",
                "var c n => u1",
                "info => epoch 3.2 (clarity 3) stacks-block-height 4 burn-block-height 1");
    }

    @Test
    void aStackOverflowIsReportedTheSameWay() {
        List<String> lines = new ArrayList<>();
        ScenarioRunner runner = new ScenarioRunner(Path.of("."), null, lines::add);
        PlantedBug.onPrint13(runner.simnet(), StackOverflowError::new);
        runner.run("eval (print u13)\neval (+ 1 2)\n");
        assertThat(lines).containsExactly("eval (print u13) !! internal error: StackOverflowError", "eval (+ 1 2) => 3");
        assertThat(runner.internalErrors()).isEqualTo(1);
    }
}

package io.clarity.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.scenario.ScenarioReader;
import io.clarity.scenario.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A change to one line of the oracle's transcript fails the one step that line belongs to, and no
 * step after it, wherever the line is, repeated echoes included.
 */
class StepAlignmentTest {

    private static final String SCENARIO = """
            epoch 3.2
            deploy-inline c <<END
            (define-public (f) (begin (print u1) (ok u1)))
            END
            call c f
            mine     ;; twice the same echo
            mine
            eval (+ 1 2)
            eval (+ 1 2)
            eval (unwrap-panic none)
            info
            """;

    private static final List<String> TRANSCRIPT = List.of(
            "epoch 3.2 => epoch 3.2 (clarity 3)",
            "deploy-inline c (define-public (f) (begin (print u1) (ok u1))) => deployed 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c (clarity 3, epoch 3.2)",
            "  costs runtime=1 read_count=2 read_length=3 write_count=4 write_length=5",
            "call c f => (ok u1)",
            "  print_event contract='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c value=u1",
            "  costs runtime=6 read_count=7 read_length=8 write_count=9 write_length=10",
            "mine => stacks-block-height 4 burn-block-height 4",
            "mine => stacks-block-height 5 burn-block-height 5",
            "eval (+ 1 2) => 3",
            "eval (+ 1 2) => 3",
            "eval (unwrap-panic none) !! runtime error: UnwrapFailure",
            "info => epoch 3.2 (clarity 3) stacks-block-height 5 burn-block-height 5");

    private static final List<Step> STEPS = ScenarioReader.read(SCENARIO);

    /** Our output, one block per step: the transcript itself. */
    private static final List<List<String>> OURS = TranscriptMatcher.blocks(TRANSCRIPT);

    /** The index of the step each transcript line belongs to. */
    private static int stepOf(int line) {
        int step = -1;
        for (int i = 0; i <= line; i++) {
            if (!TRANSCRIPT.get(i).startsWith("  ")) {
                step++;
            }
        }
        return step;
    }

    private static List<Integer> failing(List<String> oracle) {
        List<String> verdicts = StepAlignment.mismatches(STEPS, OURS, oracle);
        assertThat(verdicts).hasSameSizeAs(STEPS);
        return IntStream.range(0, verdicts.size()).filter(i -> verdicts.get(i) != null).boxed().toList();
    }

    static IntStream lines() {
        return IntStream.range(0, TRANSCRIPT.size());
    }

    @Test
    void theRecordedTranscriptFailsNoStep() {
        assertThat(STEPS).hasSize(OURS.size());
        assertThat(failing(TRANSCRIPT)).isEmpty();
    }

    /** Where a line can be added without splitting a step's block: before a step's line, or last. */
    static IntStream stepStarts() {
        return IntStream.rangeClosed(0, TRANSCRIPT.size())
                .filter(i -> i == TRANSCRIPT.size() || !TRANSCRIPT.get(i).startsWith("  "));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void aDeletedLineFailsOnlyItsStep(int line) {
        List<String> oracle = new ArrayList<>(TRANSCRIPT);
        oracle.remove(line);
        List<Integer> failing = failing(oracle);
        assertThat(failing).hasSize(1);
        // of two steps with the same output, either may be the one without its line
        assertThat(OURS.get(failing.get(0))).isEqualTo(OURS.get(stepOf(line)));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void aChangedLineFailsOnlyItsStep(int line) {
        List<String> oracle = new ArrayList<>(TRANSCRIPT);
        oracle.set(line, oracle.get(line) + "9");
        assertThat(failing(oracle)).containsExactly(stepOf(line));
    }

    @ParameterizedTest
    @MethodSource("stepStarts")
    void anAddedLineFailsOneStep(int line) {
        List<String> oracle = new ArrayList<>(TRANSCRIPT);
        oracle.add(line, "eval (+ 1 2) => 3");
        assertThat(failing(oracle)).hasSize(1);
    }

    @Test
    void aStepWeGaveNoLineForFailsAlone() {
        List<List<String>> ours = new ArrayList<>(OURS);
        ours.set(4, List.of());
        List<String> verdicts = StepAlignment.mismatches(STEPS, ours, TRANSCRIPT);
        assertThat(verdicts.get(4)).contains("no output for this step");
        assertThat(verdicts.stream().filter(v -> v != null)).hasSize(1);
    }

    @Test
    void theReasonShowsBothSides() {
        List<String> oracle = new ArrayList<>(TRANSCRIPT);
        oracle.remove(4);
        List<String> verdicts = StepAlignment.mismatches(STEPS, OURS, oracle);
        assertThat(verdicts.get(2)).contains("oracle: call c f => (ok u1)").contains("ours:   call c f => (ok u1)")
                .contains("print_event");
    }
}

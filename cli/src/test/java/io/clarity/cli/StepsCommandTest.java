package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --steps} of {@code clarity eval} and {@code clarity scenario}. */
class StepsCommandTest {

    private static final Path DEMO = Path.of("../contracts/demo/tip-jar.scn");

    @Test
    void evalShowsEachSubExpressionWithItsValueBeforeTheValue() {
        CliRunner.Result r = CliRunner.run("eval", "--steps", "(+ 1 (* 2 3))");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("""
                  (* 2 3) => 6
                (+ 1 6) => 7
                7
                """);
    }

    @Test
    void evalShowsARuntimeErrorAtItsStepThenTheReport() {
        CliRunner.Result r = CliRunner.run("eval", "--steps", "(+ u1 (- u0 u1))");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).startsWith("  (- u0 u1) !! ArithmeticUnderflow: ");
        assertThat(r.err()).contains("error[ArithmeticUnderflow]");
    }

    @Test
    void withoutStepsEvalPrintsOnlyTheValue() {
        assertThat(CliRunner.run("eval", "(+ 1 (* 2 3))").out()).isEqualTo("7\n");
    }

    @Test
    void scenarioStepsAreTheLinesStartingWithABarAndTheRestIsTheTranscript() throws IOException {
        CliRunner.Result r = CliRunner.run("scenario", "--steps", DEMO.toString());
        assertThat(r.status()).isZero();
        String transcript = Arrays.stream(r.out().split("\n", -1)).filter(l -> !l.startsWith("| "))
                .collect(Collectors.joining("\n"));
        assertThat(transcript).isEqualTo(Files.readString(Path.of("../contracts/demo/tip-jar.out")));
        // a call's steps come just before its transcript line
        assertThat(r.out()).contains("""
                |   (begin true true true true true { amount: u5000000, event: "tip", from: 'ST1SJ3DTE5DN7X54YDH... (ok u5000000)) => (ok u5000000)
                | tip-jar.tip returned (ok u5000000)
                call tip-jar tip u5000000 "great talk" as wallet_1 => (ok u5000000)
                """);
        assertThat(r.out()).contains("|       write tipped['ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5]: (absent) -> u5000000");
    }

    @Test
    void withOutDirTheStepsGoBesideTheUnchangedTranscript(@TempDir Path tmp) throws IOException {
        CliRunner.Result r = CliRunner.run("scenario", "--steps", "--out-dir", tmp.toString(), DEMO.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(tmp.resolve("tip-jar.out")))
                .isEqualTo(Files.readString(Path.of("../contracts/demo/tip-jar.out")));
        assertThat(Files.readString(tmp.resolve("tip-jar.steps")))
                .isEqualTo(CliRunner.run("scenario", "--steps", DEMO.toString()).out());
    }
}

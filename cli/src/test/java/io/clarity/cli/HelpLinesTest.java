package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hints ({@code = help:}) reach a person through check, the local chain's commands and scenario's standard error. */
class HelpLinesTest {

    @TempDir
    Path dir;

    private CliRunner.Result clarity(String... args) {
        return CliRunner.runIn(dir, "", args);
    }

    @Test
    void checkShowsTheHintBetweenTheCaretAndThePointer() throws IOException {
        Path f = Files.writeString(dir.resolve("height.clar"), "(define-read-only (now) block-height)\n");
        CliRunner.Result r = clarity("check", f.toString());
        assertThat(r.out()).contains("  |                         ^~~~~~~~~~~~\n"
                + "  = help: block-height was removed in Clarity 3: use stacks-block-height")
                .contains("\n  = see: clarity explain UndefinedVariable\n");
        assertThat(clarity("check", "--epoch", "2.5", f.toString()).out()).doesNotContain("help:");
    }

    @Test
    void anIntArgumentForAUintParameterAndABarePrincipalGetTheirHints() throws IOException {
        Files.writeString(dir.resolve("c.clar"), "(define-public (add (n uint)) (ok n))\n(define-public (pay (to principal)) (ok to))\n");
        assertThat(clarity("deploy", "c.clar").status()).isZero();
        CliRunner.Result five = clarity("call", "c", "add", "5", "--sender", "wallet_1");
        assertThat(five.status()).isEqualTo(1);
        assertThat(five.err()).contains("  = help: argument 1 of add: 5 is an int; write u5 for a uint\n");
        assertThat(clarity("call", "c", "add", "u5", "--sender", "wallet_1").out()).startsWith("(ok u5)");
        CliRunner.Result bare = clarity("call", "c", "pay", "ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5", "--sender", "wallet_1");
        assertThat(bare.status()).isEqualTo(1);
        assertThat(bare.err()).contains("= help: a principal argument starts with a quote: write \"'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5\"");
        assertThat(clarity("call", "c", "pay", "nonsense!", "--sender", "wallet_1").err()).doesNotContain("help:");
    }

    @Test
    void aScenarioKeepsItsTranscriptAndPrintsHintsOnStandardError() throws IOException {
        Path scn = Files.writeString(dir.resolve("s.scn"), String.join("\n",
                "deploy-inline c <<E",
                "(define-public (add (n uint)) (ok n))",
                "(define-private (p) (ok u1))",
                "E",
                "call c add 5",
                "call c p",
                "call c add u5", ""));
        CliRunner.Result r = clarity("scenario", scn.toString());
        assertThat(r.out()).contains("call c add 5 !! runtime error: TypeValueError: expected a value of type 'uint' but got 5\n")
                .doesNotContain("help");
        assertThat(r.err()).isEqualTo(scn + ":5: help: argument 1 of add: 5 is an int; write u5 for a uint\n"
                + scn + ":6: help: p is private (define-private): no transaction can call it, only the contract's own "
                + "functions; make it define-public to call it from outside (tests can use callPrivateFn, scenarios call-private)\n");
    }
}

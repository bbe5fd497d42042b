package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clarity check}'s lints: warnings printed as the errors are (kind, place, line, caret),
 * in JSON too, {@code --deny-warnings}, and the {@code [repl.analysis]} settings of a project's
 * Clarinet.toml.
 */
class CheckLintsTest {

    private static final String UNUSED = "(define-constant MAX u10)\n(define-read-only (f (x uint)) (+ x))\n";

    @Test
    void warningsPrintLikeErrorsAndDoNotFail(@TempDir Path tmp) throws IOException {
        Path c = Files.writeString(tmp.resolve("c.clar"), UNUSED);
        CliRunner.Result r = CliRunner.runIn(tmp, "", "check", "c.clar");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(String.join("\n",
                "warning[unused_const]: constant `MAX` never used",
                "  --> c.clar:1:1",
                "  |",
                "1 | (define-constant MAX u10)",
                "  | ^~~~~~~~~~~~~~~~~~~~~~~~~",
                "  = help: Remove this expression",
                "",
                "warning[noop]: `+` with fewer than 2 operands has no effect",
                "  --> c.clar:2:32",
                "  |",
                "2 | (define-read-only (f (x uint)) (+ x))",
                "  |                                ^~~~~",
                "  = help: Replace with `x`",
                "",
                "! 2 warnings detected",
                "\u2714 1 contract checked", ""));
        assertThat(c).exists();
    }

    @Test
    void denyWarningsTurnsThemIntoFailure(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("c.clar"), UNUSED);
        CliRunner.Result r = CliRunner.runIn(tmp, "", "check", "--deny-warnings", "c.clar");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).endsWith("! 2 warnings detected\nx warnings denied (--deny-warnings)\n");
        Files.writeString(tmp.resolve("clean.clar"), "(define-read-only (f (x uint)) (+ x u1))\n");
        assertThat(CliRunner.runIn(tmp, "", "check", "--deny-warnings", "clean.clar").status()).isZero();
    }

    @Test
    void jsonCarriesTheWarningsWithTheirSourcesOfUntrustedInput(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("c.clar"), "(define-data-var n uint u0)\n"
                + "(define-public (set (v uint)) (ok (var-set n (+ v (var-get n)))))\n");
        CliRunner.Result r = CliRunner.runIn(tmp, "", "check", "--output", "json", "--deny-warnings", "c.clar");
        assertThat(r.status()).isEqualTo(1);
        // Clarinet's shape (see CheckCommand): the warning, then a note at its source of untrusted input
        assertThat(r.out().strip()).isEqualTo("{\"success\": false, \"contracts_checked\": 1, \"errors\": 0, \"warnings\": 1, "
                + "\"diagnostics\": {\"ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c\": [{\"level\": \"Warning\", "
                + "\"message\": \"use of potentially unchecked data\", \"spans\": [{\"start_line\": 2, \"start_column\": 46, "
                + "\"end_line\": 2, \"end_column\": 62}], \"suggestion\": null}, {\"level\": \"Note\", "
                + "\"message\": \"source of untrusted input here\", \"spans\": [{\"start_line\": 2, \"start_column\": 22, "
                + "\"end_line\": 2, \"end_column\": 22}], \"suggestion\": null}]}}");
    }

    @Test
    void theSeedContractGetsItsUnusedConstantAndFunctionAndItsUncheckedWrites() {
        Path seed = SharedSeed.computeSharing();
        CliRunner.Result r = CliRunner.runIn(seed.getParent(), "", "check", seed.getFileName().toString());
        assertThat(r.status()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("warning") || l.startsWith("  --> ")))
                .containsExactly(
                        "warning[unused_const]: constant `err-owner-only` never used",
                        "  --> compute-sharing.clar:5:1",
                        "warning[unused_private_fn]: private function `is-owner` is never used",
                        "  --> compute-sharing.clar:44:1",
                        "warning[unchecked_data]: use of potentially unchecked data",
                        "  --> compute-sharing.clar:58:20",
                        "  --> compute-sharing.clar:49:36",
                        "warning[unchecked_data]: use of potentially unchecked data",
                        "  --> compute-sharing.clar:59:25",
                        "  --> compute-sharing.clar:49:53",
                        "warning[unchecked_data]: use of potentially unchecked data",
                        "  --> compute-sharing.clar:74:7",
                        "  --> compute-sharing.clar:67:34",
                        "  --> compute-sharing.clar:67:51",
                        "warning[unchecked_data]: use of potentially unchecked data",
                        "  --> compute-sharing.clar:93:18",
                        "  --> compute-sharing.clar:85:28");
        assertThat(r.out()).endsWith("! 6 warnings detected\n\u2714 1 contract checked\n");
    }

    @Test
    void aProjectsClarinetTomlSetsTheLints(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("contracts"));
        Files.writeString(tmp.resolve("contracts/c.clar"), UNUSED
                + "(define-data-var n uint u0)\n(define-public (set (v uint)) (ok (var-set n (+ v (var-get n)))))\n");
        Files.writeString(tmp.resolve("Clarinet.toml"), """
                [project]
                name = "p"
                [contracts.c]
                path = "contracts/c.clar"
                """);
        CliRunner.Result defaults = CliRunner.runIn(tmp, "", "check", "contracts/c.clar");
        assertThat(defaults.out()).contains("warning[unused_const]", "warning[noop]").doesNotContain("unchecked_data");
        assertThat(defaults.status()).isZero();

        Files.writeString(tmp.resolve("Clarinet.toml"), """
                [project]
                name = "p"
                [contracts.c]
                path = "contracts/c.clar"
                [repl.analysis]
                passes = ["check_checker"]
                [repl.analysis.lint_groups]
                safety = false
                [repl.analysis.lints]
                unused_const = "error"
                panic = "warning"
                """);
        CliRunner.Result configured = CliRunner.runIn(tmp, "", "check", "contracts/c.clar");
        assertThat(configured.status()).isEqualTo(1);
        assertThat(configured.out()).contains("error[unused_const]: constant `MAX` never used", "warning[unchecked_data]")
                .doesNotContain("noop").endsWith("! 1 warning detected\nx 1 error detected\n");
        assertThat(configured.err()).contains("lint panic (set in Clarinet.toml) is not checked by clarity check");

        Files.writeString(tmp.resolve("Clarinet.toml"), "[repl.analysis.lints]\nunused_cnst = true\n");
        CliRunner.Result bad = CliRunner.runIn(tmp, "", "check", "contracts/c.clar");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("Clarinet.toml [repl.analysis].lints: no lint unused_cnst");
    }
}

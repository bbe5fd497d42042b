package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clarity check}: diagnostics with kind, place, source line and caret; exit codes; JSON. */
class CheckCommandTest {

    @Test
    void aGoodContractPasses(@TempDir Path tmp) throws IOException {
        Path ok = Files.writeString(tmp.resolve("ok.clar"), "(define-read-only (f) u1)\n");
        CliRunner.Result r = CliRunner.run("check", ok.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("\u2714 1 contract checked\n");
    }

    @Test
    void aTypeErrorIsShownWithItsSourceLineAndCaret(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("counter.clar"),
                "(define-data-var n uint u0)\n(define-public (inc)\n  (ok (var-set n (+ (var-get n) 1))))\n");
        CliRunner.Result r = CliRunner.run("check", bad.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(String.join("\n",
                "error[TypeError]: expected type 'uint' but found 'int'",
                "  --> " + bad + ":3:33",
                "  |",
                "3 |   (ok (var-set n (+ (var-get n) 1))))",
                "  |                                 ^",
                "",
                "x 1 error detected", ""));
    }

    @Test
    void jsonOutputListsDiagnosticsPerFile(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.clar"), "(define-constant x (+ 1 u1))\n");
        Path ok = Files.writeString(tmp.resolve("ok.clar"), "(define-constant y 1)\n");
        CliRunner.Result r = CliRunner.run("check", "--output", "json", bad.toString(), ok.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out().strip()).isEqualTo("{\"success\": false, \"diagnostics\": {\"" + bad + "\": [{\"level\": \"error\", "
                + "\"kind\": \"TypeError\", \"message\": \"expected type 'int' but found 'uint'\", \"line\": 1, "
                + "\"column\": 25, \"endLine\": 1, \"endColumn\": 26}], \"" + ok + "\": []}}");
    }

    @Test
    void deployTimeRuntimeErrorsAreReported(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("boom.clar"), "(define-constant x (/ 1 0))\n");
        CliRunner.Result r = CliRunner.run("check", bad.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).startsWith("error[DivisionByZero]: division by zero\n  --> " + bad + ":1:20\n");
    }

    @Test
    void laterFilesMayUseEarlierOnesAndUsageErrorsExitWith2(@TempDir Path tmp) throws IOException {
        Path ok = Files.writeString(tmp.resolve("a.clar"), "(define-read-only (f) u1)\n");
        assertThat(CliRunner.run("check", "--epoch", "7.0", ok.toString()).status()).isEqualTo(2);
        assertThat(CliRunner.run("check", "--clarity-version", "5", ok.toString()).status()).isEqualTo(2);
        assertThat(CliRunner.run("check", tmp.resolve("missing.clar").toString()).status()).isEqualTo(2);
        assertThat(CliRunner.run("check", "--help").out()).contains("Examples:");
    }
}

package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clarity check}: diagnostics with kind, place, source line and caret; exit codes; JSON. */
class CheckCommandTest {

    private static final String D = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";

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
                "  = help: 1 is an int; write u1 for a uint",
                "  = see: clarity explain TypeError",
                "",
                "x 1 error detected", ""));
    }

    @Test
    void jsonOutputListsDiagnosticsPerFile(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.clar"), "(define-constant x (+ 1 u1))\n");
        Path ok = Files.writeString(tmp.resolve("ok.clar"), "(define-read-only (y) 1)\n");
        CliRunner.Result r = CliRunner.run("check", "--output", "json", bad.toString(), ok.toString());
        assertThat(r.status()).isEqualTo(1);
        // the shape of Clarinet's diagnostics (contract id to Clarity's Diagnostic) and its summary's counts
        assertThat(r.out().strip()).isEqualTo("{\"success\": false, \"contracts_checked\": 2, \"errors\": 1, \"warnings\": 0,"
                + " \"diagnostics\": {\"" + D + ".bad\": [{\"level\": \"Error\", "
                + "\"message\": \"expected type 'int' but found 'uint'\", \"spans\": [{\"start_line\": 1, "
                + "\"start_column\": 25, \"end_line\": 1, \"end_column\": 26}], \"suggestion\": null}], \"" + D + ".ok\": []}}");
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

    @Test
    void everyParseErrorOfAFileIsShownWithItsCaret(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("lex.clar"),
                "(define-constant a 0x123)\n(define-constant b 0xzz) ; oops\n");
        CliRunner.Result r = CliRunner.run("check", bad.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(String.join("\n",
                "error[InvalidBufferLength]: buffer literal 0x123 has an odd number (3) of hex digits",
                "  --> " + bad + ":1:20",
                "  |",
                "1 | (define-constant a 0x123)",
                "  |                    ^~~~~",
                "  = see: clarity explain InvalidBufferLength",
                "",
                "error[InvalidCharBuffer]: 'z' is not a hex digit (in buffer literal 0xzz)",
                "  --> " + bad + ":2:20",
                "  |",
                "2 | (define-constant b 0xzz) ; oops",
                "  |                    ^~~~",
                "  = see: clarity explain InvalidCharBuffer",
                "",
                "error[SingleSemiColon]: a single ';' is not a comment: comments start with ';;'",
                "  --> " + bad + ":2:26",
                "  |",
                "2 | (define-constant b 0xzz) ; oops",
                "  |                          ^~~~~~",
                "  = see: clarity explain SingleSemiColon",
                "",
                "x 3 errors detected", ""));
    }

    @Test
    void analysisReportsItsFirstErrorOnly(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("two.clar"),
                "(define-read-only (f) (+ 1 u1))\n(define-read-only (g) (not 1))\n");
        CliRunner.Result r = CliRunner.run("check", bad.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).startsWith("error[TypeError]: expected type 'int' but found 'uint'\n  --> " + bad + ":1:28\n")
                .endsWith("x 1 error detected\n");
    }

    @Test
    void aWriteInAReadOnlyFunctionIsPointedAt(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("ro.clar"),
                "(define-data-var n uint u0)\n(define-read-only (get-n)\n  (begin\n    (var-set n u1)\n    (var-get n)))\n");
        CliRunner.Result r = CliRunner.run("check", bad.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("error[WriteAttemptedInReadOnly]: read-only function 'get-n' writes here",
                "  --> " + bad + ":4:5\n", "4 |     (var-set n u1)\n  |     ^~~~~~~~~~~~~~\n");
    }

    @Test
    void jsonGivesEveryDiagnosticWithItsRange(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("two.clar"), "(define-constant a 0x1)\n(define-constant b u1x)\n");
        Path cycle = Files.writeString(tmp.resolve("cycle.clar"),
                "(define-private (ping) (pong))\n(define-private (pong) (ping))\n");
        CliRunner.Result r = CliRunner.run("check", "--output", "json", bad.toString(), cycle.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out().strip()).isEqualTo("{\"success\": false, \"contracts_checked\": 2, \"errors\": 3, \"warnings\": 0,"
                + " \"diagnostics\": {\"" + D + ".two\": ["
                + "{\"level\": \"Error\", \"message\": \"buffer literal 0x1 has an odd number (1) of hex digits\", "
                + "\"spans\": [{\"start_line\": 1, \"start_column\": 20, \"end_line\": 1, \"end_column\": 22}], \"suggestion\": null}, "
                + "{\"level\": \"Error\", \"message\": \"'x' cannot follow digits (in u1x): a uint literal is 'u' and digits only\", "
                + "\"spans\": [{\"start_line\": 2, \"start_column\": 20, \"end_line\": 2, \"end_column\": 22}], \"suggestion\": null}], "
                + "\"" + D + ".cycle\": [{\"level\": \"Error\", \"message\": "
                + "\"definitions depend on each other in a cycle (ping, pong): Clarity does not allow recursion\", "
                + "\"spans\": [{\"start_line\": 1, \"start_column\": 1, \"end_line\": 1, \"end_column\": 30}], \"suggestion\": null}]}}");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAsCharacters(@TempDir Path tmp) throws IOException {
        Path bad = Files.write(tmp.resolve("bytes.clar"), new byte[] {'(', 'f', ' ', (byte) 0xff, ')', '\n'});
        CliRunner.Result r = CliRunner.run("check", bad.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).startsWith("error[NonASCIIChar]: ").contains("  --> " + bad + ":1:4\n");
    }

    @Test
    void filesAreCheckedInDependencyOrderWhateverTheOrderGiven(@TempDir Path tmp) throws IOException {
        Path market = Files.writeString(tmp.resolve("market.clar"), "(define-read-only (p) (contract-call? .feed latest))\n");
        Path feed = Files.writeString(tmp.resolve("feed.clar"), "(define-read-only (latest) u42)\n");
        CliRunner.Result r = CliRunner.run("check", market.toString(), feed.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("\u2714 2 contracts checked\n");
    }

    @Test
    void withNoFilesTheProjectIsChecked(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("contracts"));
        Files.createDirectories(tmp.resolve("sub"));
        Files.writeString(tmp.resolve("contracts/market.clar"), "(define-read-only (p) (contract-call? .feed latest))\n");
        Files.writeString(tmp.resolve("contracts/feed.clar"), "(define-read-only (latest) u42)\n");
        // stacks-block-height is Clarity 3: refused in the Clarity 2 of epoch 2.1
        Files.writeString(tmp.resolve("contracts/old.clar"), "(define-read-only (h) stacks-block-height)\n");
        Files.writeString(tmp.resolve("Clarinet.toml"), """
                [project]
                name = "p"
                [contracts.market]
                path = "contracts/market.clar"
                epoch = "latest"
                [contracts.feed]
                path = "contracts/feed.clar"
                epoch = "latest"
                [contracts.old]
                path = "contracts/old.clar"
                epoch = 2.1
                """);
        CliRunner.Result r = CliRunner.runIn(tmp.resolve("sub"), "", "check");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).startsWith("error[UndefinedVariable]: ").contains("--> " + tmp.resolve("contracts/old.clar") + ":1:23")
                .endsWith("x 1 error detected\n");
        Files.writeString(tmp.resolve("contracts/old.clar"), "(define-read-only (h) block-height)\n");
        CliRunner.Result ok = CliRunner.runIn(tmp, "", "check");
        assertThat(ok.out()).isEqualTo("\u2714 3 contracts checked\n");
        assertThat(ok.status()).isZero();
        assertThat(CliRunner.runIn(tmp, "", "check", "--epoch", "3.0").status()).isEqualTo(2);
    }

    @Test
    void withNoFilesAndNoProjectCheckSaysWhatItNeeds(@TempDir Path tmp) {
        CliRunner.Result r = CliRunner.runIn(tmp, "", "check");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("clarity check: no Clarinet.toml here or above, and no FILE given (clarity check FILE.clar..."
                + " checks files)\n");
    }
}

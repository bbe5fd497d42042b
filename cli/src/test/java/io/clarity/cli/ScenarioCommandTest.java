package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Simnet;
import io.clarity.chain.Event;
import io.clarity.cli.console.Environment;
import io.clarity.value.UIntValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code clarity scenario}: transcripts, exit codes, options, and errors without stack traces. */
class ScenarioCommandTest {

    private static final Path DEMO = Path.of("../contracts/demo/tip-jar.scn");

    @Test
    void theDemoGivesTheOraclesTranscript() throws IOException {
        CliRunner.Result r = CliRunner.run("scenario", DEMO.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(Path.of("../contracts/demo/tip-jar.out")));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void outDirWritesOneTranscriptPerScenario(@TempDir Path tmp) throws IOException {
        CliRunner.Result r = CliRunner.run("scenario", "--out-dir", tmp.toString(), DEMO.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(tmp.resolve("tip-jar.out")))
                .isEqualTo(Files.readString(Path.of("../contracts/demo/tip-jar.out")));
    }

    @Test
    void costsPrintsTheOraclesCostLines() throws IOException {
        CliRunner.Result r = CliRunner.run("scenario", "--costs", DEMO.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(Path.of("../contracts/demo/tip-jar.costs.out")));
    }

    @Test
    void withoutCostTrackingThereAreNoCostsAndNoBlockLimit(@TempDir Path tmp) throws IOException {
        Path contract = Path.of("../interpreter/src/test/resources/conformance/costs/over-read-count.clar").toAbsolutePath();
        Path scn = Files.writeString(tmp.resolve("a.scn"), "deploy reads " + contract + "\ncall reads over\n");
        String tracked = CliRunner.run("scenario", "--costs", scn.toString()).out();
        assertThat(tracked).contains("call reads over !! runtime error: CostBalanceExceeded");
        CliRunner.Result free = CliRunner.run("scenario", "--costs", "--no-cost-tracking", scn.toString());
        assertThat(free.status()).isZero();
        assertThat(free.out()).endsWith("call reads over => (ok true)\n").doesNotContain("costs ");
    }

    @Test
    void severalFilesAreSeparatedByHeaders(@TempDir Path tmp) throws IOException {
        Path a = Files.writeString(tmp.resolve("a.scn"), "eval (+ 1 2)\n");
        Path b = Files.writeString(tmp.resolve("b.scn"), "info\n");
        CliRunner.Result r = CliRunner.run("scenario", a.toString(), b.toString());
        assertThat(r.out()).isEqualTo("### " + a + "\neval (+ 1 2) => 3\n### " + b
                + "\ninfo => epoch 3.2 (clarity 3) stacks-block-height 1 burn-block-height 1\n");
    }

    @Test
    void theStartingEpochCanBeChosen(@TempDir Path tmp) throws IOException {
        Path a = Files.writeString(tmp.resolve("a.scn"), "info\n");
        CliRunner.Result r = CliRunner.run("scenario", "--epoch", "2.05", a.toString());
        assertThat(r.out()).isEqualTo("info => epoch 2.05 (clarity 1) stacks-block-height 0 burn-block-height 0\n");
    }

    @Test
    void aMalformedStepExitsWith1AndTheRunGoesOn(@TempDir Path tmp) throws IOException {
        Path a = Files.writeString(tmp.resolve("a.scn"), "frobnicate\neval 1\n");
        CliRunner.Result r = CliRunner.run("scenario", a.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("frobnicate !! scenario error: line 1: unknown command \"frobnicate\"")
                .contains("eval 1 => 1");
    }

    @Test
    void fatalProblemsExitWith2() {
        assertThat(CliRunner.run("scenario", "no/such/file.scn").status()).isEqualTo(2);
        assertThat(CliRunner.run("scenario", "--epoch", "9.9", DEMO.toString()).status()).isEqualTo(2);
        assertThat(CliRunner.run("scenario", "--bogus").status()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String[] args : new String[][] {{"--help"}, {"--version"}, {"scenario", "--help"}, {"scenario", "--version"}}) {
            CliRunner.Result r = CliRunner.run(args);
            assertThat(r.status()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).isNotBlank();
        }
        assertThat(CliRunner.run("scenario", "--help").out()).contains("Examples:");
        assertThat(CliRunner.run("--version").out()).startsWith("clarity ");
    }

    @Test
    void badContractsGiveOneClearErrorWithAPositionAndNoStackTrace(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("deep.clar"), "(define-constant x " + "(list ".repeat(100_000)
                + ")".repeat(100_000) + ")\n");
        Files.writeString(tmp.resolve("t.scn"), String.join("\n",
                "deploy deep deep.clar",
                "deploy-inline checksum <<E",
                "(define-constant p 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN)",
                "E",
                "deploy-inline unterminated <<E",
                "(define-constant s \"abc)",
                "E",
                "deploy-inline mismatch <<E",
                ";; adds an int and a uint",
                "(define-constant x (+ 1 u1))",
                "E", ""));
        CliRunner.Result r = CliRunner.run("scenario", tmp.resolve("t.scn").toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEqualTo(tmp.resolve("t.scn") + ":8: help: u1 is a uint; write 1 for an int (or convert with to-int)\n");
        assertThat(r.out().lines()).hasSize(4);
        assertThat(r.out()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).contains("deploy deep deep.clar !! deploy error: ExpressionStackDepthTooDeep")
                .contains("at deep.clar:1:")
                .contains("!! deploy error: InvalidPrincipalLiteral").contains("at checksum:1:20")
                .contains("!! deploy error: ExpectedClosing").contains("at unterminated:1:20")
                .contains("!! deploy error: TypeError: expected type 'int' but found 'uint' at mismatch:2:25");
    }

    /** A planted interpreter bug: every {@code (print u13)} throws, as the evaluator emits its event. */
    private static final Consumer<Simnet> BUG_AT_PRINT_13 = simnet -> simnet.state().log().observe(e -> {
        if (e instanceof Event.Print p && p.value().equals(UIntValue.of(13))) {
            throw new ArithmeticException("planted");
        }
    });

    @Test
    void anInterpreterBugIsReportedOnItsStepTheRunGoesOnAndExitsWith70(@TempDir Path tmp) throws IOException {
        Path a = Files.writeString(tmp.resolve("a.scn"), String.join("\n",
                "deploy-inline c <<E",
                "(define-data-var n uint u0)",
                "(define-public (bump) (begin (var-set n u7) (print u13) (ok true)))",
                "E",
                "call c bump",
                "var c n",
                "frobnicate",
                "eval (+ 1 2)", ""));
        Path b = Files.writeString(tmp.resolve("b.scn"), "eval (+ 2 2)\n");
        Environment env = CliRunner.environment(tmp, "", Map.of(), false);
        CommandLine.IFactory planted = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ScenarioCommand.class ? type.cast(new ScenarioCommand(env, BUG_AT_PRINT_13))
                        : new Main.Factory(env).create(type);
            }
        };
        CliRunner.Result r = CliRunner.runIn(env, planted, "scenario", a.toString(), b.toString());
        assertThat(r.status()).as("an interpreter bug wins over a malformed step").isEqualTo(Main.EXIT_INTERNAL);
        assertThat(r.out()).contains("call c bump !! internal error: ArithmeticException: planted\n"
                        + "var c n => u0\n")
                .contains("frobnicate !! scenario error:")
                .contains("eval (+ 1 2) => 3\n")
                .contains("eval (+ 2 2) => 4\n")
                .doesNotContain("\tat ");
        assertThat(r.err()).contains("a.scn").contains("internal error").doesNotContain("\tat ");
        assertThat(CliRunner.runIn(env, planted, "scenario", b.toString()).status()).as("no bug met").isZero();
    }
}

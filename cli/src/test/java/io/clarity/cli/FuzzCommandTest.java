package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clarity fuzz}: finds, shrinks and writes failures; same seed, same run; clear errors. */
class FuzzCommandTest {

    /** The sample contracts and tests of the interpreter's fuzzer tests. */
    private static final Path SAMPLES = Path.of("../interpreter/src/test/resources/fuzz").toAbsolutePath().normalize();

    private static Path copy(Path tmp, String... names) throws IOException {
        for (String n : names) {
            Files.copy(SAMPLES.resolve(n), tmp.resolve(n));
        }
        return tmp;
    }

    private static String lastStep(String transcript) {
        List<String> steps = transcript.lines().filter(l -> !l.startsWith(" ")).toList();
        return steps.get(steps.size() - 1);
    }

    @Test
    void findsThePlantedBugShrinksItAndWritesAScenarioThatReplaysIt(@TempDir Path tmp) throws IOException {
        copy(tmp, "counter.clar", "counter.tests.clar");
        CliRunner.Result r = CliRunner.runIn(tmp, "", "fuzz", "counter.clar", "--seed", "7", "--runs", "50");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("clarity fuzz: counter with counter.tests.clar, seed 7 (--seed 7 runs the same again)\n"
                + "invariant invariant-count-bounded: FAILED: returned false after 4 calls");
        assertThat(r.out()).contains("  read counter invariant-count-bounded => false\n"
                + "  replay: clarity scenario fuzz-failures/counter.invariant-count-bounded.scn\n");
        assertThat(r.out()).contains("invariant invariant-count-is-uint: passed, 1000 calls");
        assertThat(r.out()).contains("property test-add: passed, 50 calls");
        assertThat(r.out()).endsWith("1 of 3 tests failed (seed 7)\n");
        // the context's bookkeeping is in the scenario, not in the report
        assertThat(r.out()).doesNotContain("update-context");

        CliRunner.Result replay = CliRunner.runIn(tmp, "", "scenario", "fuzz-failures/counter.invariant-count-bounded.scn");
        assertThat(replay.status()).isZero();
        assertThat(lastStep(replay.out())).isEqualTo("read counter invariant-count-bounded => false");
        assertThat(replay.out()).contains("call counter lock as deployer => (ok true)\n");
    }

    @Test
    void theSameSeedRunsTheSameAgain(@TempDir Path tmp) throws IOException {
        copy(tmp, "counter.clar", "counter.tests.clar", "arith.clar", "arith.tests.clar");
        CliRunner.Result a = CliRunner.runIn(tmp, "", "fuzz", "counter.clar", "--seed", "99", "--runs", "20");
        CliRunner.Result b = CliRunner.runIn(tmp, "", "fuzz", "counter.clar", "--seed", "99", "--runs", "20");
        assertThat(b.out()).isEqualTo(a.out());
        CliRunner.Result c = CliRunner.runIn(tmp, "", "fuzz", "arith.clar", "--seed", "5", "--mode", "property");
        CliRunner.Result d = CliRunner.runIn(tmp, "", "fuzz", "arith.clar", "--seed", "5", "--mode", "property");
        assertThat(d.out()).isEqualTo(c.out());
        assertThat(c.out()).contains("property test-safe-sub-not-above: FAILED: returned (err u1) after 1 call",
                "  call arith test-safe-sub-not-above u0 u1 as deployer => (err u1)\n");
        // a new seed each run without --seed, and it is printed
        CliRunner.Result e = CliRunner.runIn(tmp, "", "fuzz", "arith.clar", "--mode", "property", "--runs", "5");
        assertThat(e.out()).containsPattern("^clarity fuzz: arith with arith.tests.clar, seed [0-9]+ \\(--seed [0-9]+ runs the same again\\)\n");
    }

    @Test
    void aCorrectContractPasses(@TempDir Path tmp) throws IOException {
        copy(tmp, "fixed-counter.clar", "fixed-counter.tests.clar");
        CliRunner.Result r = CliRunner.runIn(tmp, "", "fuzz", "fixed-counter.clar", "--seed", "3", "--runs", "20", "--calls", "10");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("invariant invariant-count-bounded: passed, 200 calls", "property test-add: passed, 20 calls");
        assertThat(r.out()).endsWith("all 2 tests passed (seed 3)\n");
        assertThat(tmp.resolve("fuzz-failures")).doesNotExist();
    }

    @Test
    void inAProjectTheContractIsNamedAndItsDependenciesDeployed(@TempDir Path tmp) throws IOException {
        Path project = SAMPLES.resolve("vault-project");
        CliRunner.Result r = CliRunner.runIn(project, "", "fuzz", "vault", "--seed", "5", "--runs", "100", "--calls", "8",
                "--tests", SAMPLES.resolve("vault-broken.tests.clar").toString(), "--out-dir", tmp.toString());
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("invariant invariant-total-below-20: FAILED: returned false after 2 calls",
                "  call vault faucet u20 as deployer => (ok true)\n",
                "  call vault deposit u20 as deployer => (ok u20)\n");
        Path scenario = tmp.resolve("vault.invariant-total-below-20.scn");
        assertThat(Files.readString(scenario)).contains("deploy token ");
        CliRunner.Result replay = CliRunner.runIn(tmp, "", "scenario", scenario.toString());
        assertThat(replay.out()).doesNotContain(" !! ");
        assertThat(lastStep(replay.out())).isEqualTo("read vault invariant-total-below-20 => false");
    }

    @Test
    void theSeedContractKeepsTheInvariantsWrittenForIt(@TempDir Path tmp) throws IOException {
        Path seed = SharedSeed.computeSharing();
        CliRunner.Result r = CliRunner.runIn(tmp, "", "fuzz", seed.toString(), "--seed", "42", "--runs", "30",
                "--tests", SAMPLES.resolve("compute-sharing.tests.clar").toString());
        assertThat(r.status()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("invariant invariant-job-ids-count-requests: passed",
                "invariant invariant-last-job-exists: passed", "invariant invariant-no-stx-without-funds: passed",
                "property test-add-funds-counts: passed");
    }

    /** The lines the README shows after {@code $ COMMAND}, up to the next {@code $} line or the end of the block. */
    private static String readmeOutput(String command) throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String section = readme.substring(readme.indexOf("### Property and invariant testing: `clarity fuzz`"));
        String after = section.substring(section.indexOf("$ " + command + "\n") + command.length() + 3);
        StringBuilder out = new StringBuilder();
        for (String line : after.lines().toList()) {
            if (line.startsWith("$ ") || line.equals("```")) {
                break;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    @Test
    void theReadmeShowsWhatTheCommandPrints(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("contracts"));
        Files.copy(SAMPLES.resolve("counter.clar"), tmp.resolve("contracts/counter.clar"));
        Files.copy(SAMPLES.resolve("counter.tests.clar"), tmp.resolve("contracts/counter.tests.clar"));
        Files.writeString(tmp.resolve("Clarinet.toml"), "[project]\nname = \"counter\"\nrequirements = []\n\n"
                + "[contracts.counter]\npath = \"contracts/counter.clar\"\nepoch = \"latest\"\n");
        CliRunner.Result r = CliRunner.runIn(tmp, "", "fuzz", "counter", "--runs", "50", "--seed", "7");
        assertThat(r.out()).isEqualTo(readmeOutput("clarity fuzz counter --runs 50 --seed 7"));
        CliRunner.Result replay = CliRunner.runIn(tmp, "", "scenario", "fuzz-failures/counter.invariant-count-bounded.scn");
        List<String> lines = replay.out().lines().toList();
        assertThat(String.join("\n", lines.subList(lines.size() - 2, lines.size())) + "\n")
                .isEqualTo(readmeOutput("clarity scenario fuzz-failures/counter.invariant-count-bounded.scn | tail -2"));
        copy(tmp, "arith.clar", "arith.tests.clar");
        CliRunner.Result arith = CliRunner.runIn(tmp, "", "fuzz", "arith.clar", "--mode", "property", "--seed", "11");
        assertThat(arith.out()).isEqualTo(readmeOutput("clarity fuzz arith.clar --mode property --seed 11"));
    }

    @Test
    void badInputGetsAClearMessage(@TempDir Path tmp) throws IOException {
        copy(tmp, "counter.clar", "arith.clar");
        Files.writeString(tmp.resolve("arith.tests.clar"), "(define-read-only (invariant-x) (+ u1 1))\n");
        Files.writeString(tmp.resolve("empty.clar"), "(define-read-only (f) u1)\n");
        Files.writeString(tmp.resolve("empty.tests.clar"), ";; nothing\n");

        CliRunner.Result missing = CliRunner.runIn(tmp, "", "fuzz", "nothing.clar");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("clarity fuzz: no such file nothing.clar (and no Clarinet.toml here or above to name contracts)\n");

        CliRunner.Result noTests = CliRunner.runIn(tmp, "", "fuzz", "counter.clar");
        assertThat(noTests.status()).isEqualTo(2);
        assertThat(noTests.err()).isEqualTo("clarity fuzz: the tests file " + tmp.resolve("counter.tests.clar") + " does not exist\n");

        CliRunner.Result badTests = CliRunner.runIn(tmp, "", "fuzz", "arith.clar");
        assertThat(badTests.status()).isEqualTo(1);
        assertThat(badTests.err()).startsWith("clarity fuzz: arith with its tests does not deploy: deploy error: TypeError:")
                .endsWith("at arith.tests.clar:1:39\n")
                .doesNotContain("Exception").doesNotContain("\tat ");

        CliRunner.Result none = CliRunner.runIn(tmp, "", "fuzz", "empty.clar", "--mode", "invariant");
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("clarity fuzz: empty.tests.clar has no invariant-* read-only function\n");

        CliRunner.Result mode = CliRunner.runIn(tmp, "", "fuzz", "counter.clar", "--mode", "all");
        assertThat(mode.status()).isEqualTo(2);
        assertThat(mode.err()).isEqualTo("clarity fuzz: --mode is invariant, property or both, not all\n");

        CliRunner.Result runs = CliRunner.runIn(tmp, "", "fuzz", "counter.clar", "--runs", "0");
        assertThat(runs.status()).isEqualTo(2);

        CliRunner.Result epoch = CliRunner.runIn(tmp, "", "fuzz", "counter.clar", "--epoch", "9.9");
        assertThat(epoch.status()).isEqualTo(2);
        assertThat(epoch.err()).startsWith("clarity fuzz: unknown epoch 9.9");
    }
}

package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.cli.console.Environment;
import io.clarity.cli.local.ChainStore;
import io.clarity.coverage.LcovCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code clarity deploy / call / read / state / reset}: each run is a new command object on a new
 * command line, in a folder of its own, so state passes from one to the next only through
 * {@code .clarity/}, as between two invocations.
 */
class LocalChainTest {

    private static final String COUNTER = """
            (define-data-var count uint u0)
            (define-map last-by principal uint)
            (define-constant owner tx-sender)
            (define-public (add (n int))
              (begin
                (asserts! (> n 0) (err u1))
                (var-set count (+ (var-get count) (to-uint n)))
                (map-set last-by tx-sender (to-uint n))
                (print { by: tx-sender, count: (var-get count) })
                (ok (var-get count))))
            (define-public (boom) (ok (/ u1 (var-get count) u0)))
            (define-read-only (get-count) (var-get count))
            (define-read-only (last (who principal)) (map-get? last-by who))
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void contract() throws IOException {
        Files.writeString(dir.resolve("counter.clar"), COUNTER);
    }

    private CliRunner.Result clarity(String... args) {
        return CliRunner.runIn(dir, "", args);
    }

    private static void noStackTrace(CliRunner.Result r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.out()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void coverageAddsUpAcrossCallsAndReadsOfTheSavedChain() throws IOException {
        assertThat(clarity("deploy", "counter.clar").status()).isZero();
        assertThat(clarity("call", "counter", "add", "5", "--sender", "wallet_1", "--coverage", "lcov.info").status())
                .isZero();
        assertThat(clarity("call", "counter", "add", "0", "--sender", "wallet_1", "--coverage", "lcov.info").out())
                .isEqualTo("(err u1)\n");
        assertThat(clarity("read", "counter", "get-count", "--coverage", "lcov.info").out()).isEqualTo("u5\n");
        String lcov = Files.readString(dir.resolve("lcov.info"));
        assertThat(LcovCheck.faults(lcov)).isEmpty();
        // the asserts! of add went on once and returned early once, over two runs
        assertThat(lcov).contains("SF:" + dir.resolve("lcov-sources") + "/counter-", "FNDA:2,add\n", "FNDA:1,get-count\n", "FNDA:0,boom\n", "BRDA:6,0,0,1\nBRDA:6,0,1,1\n");
    }

    @Test
    void stateCarriesAcrossInvocations() {
        CliRunner.Result deploy = clarity("deploy", "counter.clar");
        assertThat(deploy.status()).isZero();
        assertThat(deploy.out()).isEqualTo(String.join("\n",
                "deployed 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter (clarity 3, epoch 3.2)",
                "  (add (n int))",
                "  (boom)",
                "  (get-count)",
                "  (last (who principal))", ""));
        assertThat(deploy.err()).contains("started a local chain in .clarity/ (epoch 3.2");

        CliRunner.Result add = clarity("call", "counter", "add", "5", "--sender", "wallet_1");
        assertThat(add.status()).isZero();
        assertThat(add.out()).isEqualTo("(ok u5)\n  print_event contract='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter "
                + "value={ by: 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5, count: u5 }\n");
        assertThat(clarity("call", ".counter", "add", "7", "--sender", "ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG").out()).startsWith("(ok u12)\n");
        assertThat(clarity("call", "counter", "add", "-5", "--sender", "wallet_1").out())
                .as("a negative literal is an argument, and an err is a result").isEqualTo("(err u1)\n");

        assertThat(clarity("read", "counter", "get-count").out()).isEqualTo("u12\n");
        assertThat(clarity("read", "counter", "last", "wallet_2").out()).isEqualTo("(some u7)\n");
        assertThat(clarity("read", "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter", "last", "'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5",
                "--sender", "wallet_3").out()).isEqualTo("(some u5)\n");

        CliRunner.Result state = clarity("state");
        assertThat(state.status()).isZero();
        assertThat(state.out()).startsWith("epoch 3.2 (Clarity 3), stacks-block-height 5, burn-block-height 1\n")
                .contains("| ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 (wallet_1) | 100000000000000 |")
                .contains("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter (clarity 3, epoch 3.2)\n")
                .contains("  constant owner = 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM\n")
                .contains("  data-var count = u12\n")
                .contains("  map last-by (2 entries)\n    'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 => u5\n"
                        + "    'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG => u7\n");
        assertThat(clarity("state", "counter").out()).startsWith("\nST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter");

        assertThat(clarity("reset").out()).isEqualTo("local chain reset: the next command starts a new one\n");
        assertThat(clarity("read", "counter", "get-count").status()).isEqualTo(1);
        assertThat(clarity("reset").out()).isEqualTo("no local chain to reset\n");
    }

    @Test
    void refusedInputExitsWith1AndSaysWhyWithoutAStackTrace() throws IOException {
        Files.writeString(dir.resolve("bad.clar"), "(define-read-only (f)\n  (+ 1 u1))\n");
        CliRunner.Result bad = clarity("deploy", "bad.clar");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).endsWith(String.join("\n",
                "error[TypeError]: expected type 'int' but found 'uint'",
                "  --> bad.clar:2:8",
                "  |",
                "2 |   (+ 1 u1))",
                "  |        ^~",
                "  = help: u1 is a uint; write 1 for an int (or convert with to-int)",
                "  = see: clarity explain TypeError",
                ""));
        noStackTrace(bad);
        Files.writeString(dir.resolve("unparsed.clar"), "(define-constant a 0x1)\n(define-constant b {c: })\n");
        assertThat(clarity("deploy", "unparsed.clar").err()).as("every parse error")
                .contains("error[InvalidBufferLength]").contains("  --> unparsed.clar:1:20\n")
                .contains("error[TupleValueExpected]").contains("  --> unparsed.clar:2:24\n");

        assertThat(clarity("deploy", "counter.clar").status()).isZero();
        CliRunner.Result again = clarity("deploy", "counter.clar");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("ContractAlreadyExists");

        CliRunner.Result[] refused = {
            clarity("call", "counter", "nope", "--sender", "wallet_1"),
            clarity("call", "nobody", "add", "1", "--sender", "wallet_1"),
            clarity("call", "counter", "add", "u1", "--sender", "wallet_1"),
            clarity("call", "counter", "add", "(list 1", "--sender", "wallet_1"),
            clarity("call", "counter", "add", "1 2", "--sender", "wallet_1"),
            clarity("call", "counter", "add", "1", "--sender", "nobody"),
            clarity("call", "counter", "boom", "--sender", "wallet_1"),
            clarity("read", "counter", "add", "1"),
            clarity("state", "nobody"),
            clarity("deploy", "missing.clar"),
            clarity("deploy", "counter.clar", "--name", "c2", "--clarity-version", "9"),
            clarity("reset", "--epoch", "9.9"),
        };
        for (CliRunner.Result r : refused) {
            assertThat(r.status()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).as("says why").isNotBlank();
            noStackTrace(r);
        }
        assertThat(refused[6].err()).startsWith("error[DivisionByZero]: division by zero\n  --> ");
        assertThat(refused[4].err()).contains("one argument per literal");

        CliRunner.Result[] usage = {
            clarity("call"),
            clarity("deploy"),
            clarity("state", "a", "b"),
            clarity("frobnicate"),
            clarity("reset", "--bogus"),
        };
        for (CliRunner.Result r : usage) {
            assertThat(r.status()).as(r.err()).isEqualTo(2);
            noStackTrace(r);
        }
        assertThat(usage[0].err()).contains("Missing required parameters: 'CONTRACT', 'FN'");
    }

    @Test
    void readAndStateOpenNothingForWritingSoTheyWorkInAReadOnlyFolder() throws IOException {
        assertThat(clarity("deploy", "counter.clar").status()).isZero();
        Path folder = dir.resolve(ChainStore.FOLDER);
        // a chain copied without its lock file: a reader that opened the lock for writing would create it
        Files.deleteIfExists(folder.resolve("lock"));
        List<String> before = listing(folder);
        boolean posix = Files.getFileStore(folder).supportsFileAttributeView("posix");
        Set<PosixFilePermission> permissions = posix ? Files.getPosixFilePermissions(folder) : Set.of();
        if (posix) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            CliRunner.Result read = clarity("read", "counter", "get-count");
            assertThat(read.err()).isEmpty();
            assertThat(read.out()).isEqualTo("u0\n");
            CliRunner.Result state = clarity("state");
            assertThat(state.status()).isZero();
            assertThat(state.out()).contains(".counter (clarity 3, epoch 3.2)");
            // tests may run as root, whom permissions do not stop: the folder itself shows that nothing was written
            assertThat(listing(folder)).isEqualTo(before);
        } finally {
            if (posix) {
                Files.setPosixFilePermissions(folder, permissions);
            }
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailedCallIsStillABlockAsOnTheChain() {
        clarity("deploy", "counter.clar");
        clarity("call", "counter", "add", "-1", "--sender", "wallet_1");
        clarity("call", "counter", "boom", "--sender", "wallet_1");
        assertThat(clarity("state").out()).startsWith("epoch 3.2 (Clarity 3), stacks-block-height 4, burn-block-height 1\n");
    }

    @Test
    void aResetCanStartANewChainInAnotherEpoch() {
        assertThat(clarity("reset", "--epoch", "2.5").status()).isZero();
        assertThat(clarity("deploy", "counter.clar").out()).startsWith("deployed 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter (clarity 2, epoch 2.5)");
    }

    @Test
    void aDamagedChainIsReportedWithTheWayOut() throws IOException {
        clarity("deploy", "counter.clar");
        Files.writeString(dir.resolve(".clarity/chain.bin"), "garbage");
        CliRunner.Result r = clarity("read", "counter", "get-count");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("not a saved chain").contains("clarity reset");
        noStackTrace(r);
        assertThat(clarity("reset").status()).isZero();
        assertThat(clarity("deploy", "counter.clar").status()).isZero();
    }

    /** A call whose save is interrupted half-way: the command fails, and the chain is as it was. */
    @Test
    void aCallWhoseSaveIsInterruptedLeavesThePreviousState() {
        clarity("deploy", "counter.clar");
        clarity("call", "counter", "add", "2", "--sender", "wallet_1");
        Environment env = CliRunner.environment(dir, "", Map.of(), false);
        CommandLine.IFactory failing = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == CallCommand.class) {
                    return type.cast(new CallCommand(env, stage -> {
                        if (stage == ChainStore.Stage.HALF_WRITTEN) {
                            throw new IOException("disk unplugged (injected)");
                        }
                    }));
                }
                return new Main.Factory(env).create(type);
            }
        };
        CliRunner.Result r = CliRunner.runIn(env, failing, "call", "counter", "add", "40", "--sender", "wallet_1");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("disk unplugged (injected)");
        noStackTrace(r);
        assertThat(clarity("read", "counter", "get-count").out()).isEqualTo("u2\n");
        assertThat(clarity("state").out()).contains("stacks-block-height 3,");
    }

    @Test
    void aProjectsAccountsAreTheNewChainsAccounts() throws IOException {
        Files.writeString(dir.resolve("Clarinet.toml"), "[project]\nname = \"p\"\n");
        Files.createDirectories(dir.resolve("settings"));
        Files.writeString(dir.resolve("settings/Devnet.toml"), """
                [accounts.deployer]
                mnemonic = "twice kind fence tip hidden tilt action fragile skin nothing glory cousin green tomorrow spring wrist shed math olympic multiply hip blue scout claw"
                balance = 1_000
                [accounts.alice]
                mnemonic = "sell invite acquire kitten bamboo drastic jelly vivid peace spawn twice guilt pave pen trash pretty park cube fragile unaware remain midnight betray rebuild"
                balance = 25
                """);
        CliRunner.Result deploy = clarity("deploy", "counter.clar");
        assertThat(deploy.err()).contains("the accounts of Clarinet.toml");
        assertThat(clarity("call", "counter", "add", "1", "--sender", "alice").out()).startsWith("(ok u1)");
        String state = clarity("state").out();
        assertThat(state).contains("| ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 (alice)    | 25   |")
                .contains("| ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM (deployer) | 1000 |")
                .doesNotContain("wallet_2");
    }

    @Test
    void withNoFileDeployDeploysTheProjectsContractsInTheirEpochs() throws IOException {
        Files.createDirectories(dir.resolve("contracts"));
        Files.writeString(dir.resolve("contracts/market.clar"), "(define-read-only (price) (contract-call? .oracle-feed latest))\n");
        Files.writeString(dir.resolve("contracts/oracle-feed.clar"), "(define-read-only (latest) u42)\n");
        Files.writeString(dir.resolve("Clarinet.toml"), """
                [contracts.oracle-feed]
                path = "contracts/oracle-feed.clar"
                epoch = 2.1
                [contracts.market]
                epoch = "latest"
                path = "contracts/market.clar"
                """);
        CliRunner.Result deploy = clarity("deploy");
        assertThat(deploy.status()).isZero();
        assertThat(deploy.out()).isEqualTo("""
                deployed 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.oracle-feed (clarity 2, epoch 2.1)
                deployed 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.market (clarity 5, epoch 3.4)
                """);
        assertThat(clarity("read", "market", "price").out()).isEqualTo("u42\n");
        CliRunner.Result again = clarity("deploy");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("ContractAlreadyExists");
        assertThat(clarity("deploy", "--name", "x").status()).isEqualTo(2);
    }

    @Test
    void aCallWithoutSenderIsTheDeployersAsInTheRepl() {
        clarity("deploy", "counter.clar");
        CliRunner.Result r = clarity("call", "counter", "add", "3");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("(ok u3)\n  print_event contract='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter"
                + " value={ by: 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM, count: u3 }");
    }

    @Test
    void withNoFileAndNoProjectDeployIsAUsageError() {
        CliRunner.Result r = clarity("deploy");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("clarity deploy: no FILE, and no Clarinet.toml here or above to take the contracts from\n");
    }

    @Test
    void deploysTheRealVmRefusesLeaveAChainThatOpens() throws IOException {
        assertThat(clarity("deploy", "counter.clar").status()).isZero();
        CliRunner.Result longName = clarity("deploy", "counter.clar", "--name", "a".repeat(129));
        assertThat(longName.status()).isEqualTo(1);
        assertThat(longName.err()).contains("BadNameValue");
        noStackTrace(longName);
        Files.writeString(dir.resolve("text.clar"), "(define-constant s u\"" + "a".repeat(262_145) + "\")");
        CliRunner.Result longText = clarity("deploy", "text.clar");
        assertThat(longText.status()).isEqualTo(1);
        assertThat(longText.err()).contains("ValueTooLarge");
        noStackTrace(longText);
        assertThat(clarity("read", "counter", "get-count").out()).isEqualTo("u0\n");
        assertThat(clarity("state").status()).isZero();
    }
    @Test
    void hugeAndDeepArgumentsAreRefusedAsBadArguments() {
        assertThat(clarity("deploy", "counter.clar").status()).isZero();
        CliRunner.Result huge = clarity("call", "counter", "add", "9".repeat(1_000_000), "--sender", "wallet_1");
        assertThat(huge.status()).as(huge.err()).isEqualTo(1);
        assertThat(huge.err()).contains("bad argument").contains("outside the 128-bit");
        noStackTrace(huge);
        CliRunner.Result deep = clarity("call", "counter", "add", "(some ".repeat(10_000) + "1", "--sender", "wallet_1");
        assertThat(deep.status()).as(deep.err()).isEqualTo(1);
        assertThat(deep.err()).contains("bad argument").contains("ExpressionStackDepthTooDeep");
        noStackTrace(deep);
    }
}

package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.cli.console.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clarity repl} as a new user runs it: with the seed contract, in a Clarinet project, with piped input. */
class ReplCommandTest {

    @TempDir
    Path dir;

    /** The lines of output after the banner (which ends with the tables after its "Connected" line). */
    private static List<String> answers(CliRunner.Result r) {
        List<String> lines = r.out().lines().toList();
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith("Connected to")) {
            i++;
        }
        i++;
        while (i < lines.size() && (lines.get(i).startsWith("+") || lines.get(i).startsWith("|"))) {
            i++;
        }
        return lines.subList(Math.min(i, lines.size()), lines.size());
    }

    /** The seed README's console interactions, verbatim, give the real VM's results. */
    @Test
    void theSeedReadmeInteractionsGiveTheRealVmsResults() throws IOException {
        Path seed = SharedSeed.computeSharing();
        Files.copy(seed, dir.resolve("compute-sharing.clar"));
        CliRunner.Result r = CliRunner.runIn(dir, String.join("\n",
                "(contract-call? .compute-sharing register-provider u1000 u10)",
                "(contract-call? .compute-sharing add-funds u1000)",
                "(contract-call? .compute-sharing request-compute 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM u50)",
                "(contract-call? .compute-sharing complete-job u1)",
                "(contract-call? .compute-sharing withdraw-earnings)", ""), "repl", "compute-sharing.clar");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("tx-sender ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM (deployer)")
                .contains("| ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.compute-sharing | (add-funds (amount uint))");
        assertThat(answers(r)).containsExactly(
                "(ok true)",
                "Events emitted",
                "stx_transfer_event amount=u1000 sender='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM "
                        + "recipient='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.compute-sharing",
                "(ok true)",
                "(ok u1)",
                "(ok true)",
                "(err u2)");
    }

    private void project() throws IOException {
        Files.createDirectories(dir.resolve("contracts"));
        Files.createDirectories(dir.resolve("settings"));
        Files.writeString(dir.resolve("Clarinet.toml"), """
                [project]
                name = "shop"
                [contracts.ledger]
                path = "contracts/ledger.clar"
                clarity_version = 2
                epoch = 2.1
                [contracts.shop]
                path = "contracts/shop.clar"
                clarity_version = 3
                epoch = 3.0
                """);
        Files.writeString(dir.resolve("settings/Devnet.toml"), """
                [network]
                name = "devnet"
                [accounts.deployer]
                mnemonic = "twice kind fence tip hidden tilt action fragile skin nothing glory cousin green tomorrow spring wrist shed math olympic multiply hip blue scout claw"
                balance = 1_000_000
                [accounts.alice]
                mnemonic = "sell invite acquire kitten bamboo drastic jelly vivid peace spawn twice guilt pave pen trash pretty park cube fragile unaware remain midnight betray rebuild"
                balance = 500
                """);
        // block-height exists in Clarity 2, not in 3: this deploys only as declared
        Files.writeString(dir.resolve("contracts/ledger.clar"), "(define-read-only (born) block-height)\n");
        Files.writeString(dir.resolve("contracts/shop.clar"),
                "(define-public (pay (n uint)) (stx-transfer? n tx-sender (as-contract tx-sender)))\n");
    }

    @Test
    void inAClarinetProjectTheProjectsContractsAndAccountsAreLoaded() throws IOException {
        project();
        Files.createDirectories(dir.resolve("sub"));
        Environment env = CliRunner.environment(dir.resolve("sub"), String.join("\n",
                "::get_epoch",
                "(contract-call? .ledger born)",
                "::set_tx_sender alice",
                "(contract-call? 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.shop pay u200)",
                "(stx-get-balance tx-sender)", ""), java.util.Map.of(), false);
        CliRunner.Result r = CliRunner.runIn(env, null, "console");
        assertThat(r.status()).as(r.out()).isZero();
        assertThat(r.out()).contains("epoch 3.2, Clarity 3, tx-sender ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM (deployer)")
                .contains(".ledger | (born)").contains(".shop   | (pay (n uint))")
                .contains("| ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 (alice)    | 500     |")
                .contains("| ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM (deployer) | 1000000 |")
                .doesNotContain("wallet_1");
        assertThat(answers(r)).containsExactly(
                "Current epoch: 3.2",
                // block-height of a Clarity 2 contract: the tenure height from epoch 3.0
                "u3",
                "tx-sender switched to ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 (alice)",
                "Events emitted",
                "stx_transfer_event amount=u200 sender='ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 recipient='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.shop",
                "(ok true)",
                "u300");
    }

    @Test
    void aContractThatFailsToDeployIsShownAndTheSessionGoesOn() throws IOException {
        project();
        Files.writeString(dir.resolve("contracts/ledger.clar"), "(define-read-only (born)\n  (+ 1 u1))\n");
        CliRunner.Result r = CliRunner.runIn(dir, "(+ 1 2)\n", "repl");
        assertThat(r.out()).contains(String.join("\n",
                "error[TypeError]: expected type 'int' but found 'uint'",
                "  --> contracts/ledger.clar:2:8",
                "  |",
                "2 |   (+ 1 u1))",
                "  |        ^~"));
        assertThat(answers(r)).containsExactly("3");
        assertThat(r.status()).as("piped input with a failure").isEqualTo(1);
    }

    @Test
    void filesOrNoProjectInsteadOfTheProject() throws IOException {
        project();
        Files.writeString(dir.resolve("solo.clar"), "(define-read-only (hi) u1)\n");
        CliRunner.Result files = CliRunner.runIn(dir, "::get_contracts\n", "repl", "solo.clar");
        assertThat(files.out()).contains(".solo").doesNotContain(".ledger").contains("(wallet_1)");
        CliRunner.Result none = CliRunner.runIn(dir, "::get_contracts\n", "repl", "--no-project");
        assertThat(answers(none)).containsExactly("No contract found");
        CliRunner.Result manifest = CliRunner.runIn(dir.resolve("contracts"), "", "repl", "-m", "../Clarinet.toml");
        assertThat(manifest.out()).contains(".ledger");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(CliRunner.runIn(dir, "", "repl", "--epoch", "9").status()).isEqualTo(2);
        CliRunner.Result missing = CliRunner.runIn(dir, "", "repl", "-m", "nope/Clarinet.toml");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("clarity repl: no such manifest nope/Clarinet.toml\n");
    }

    @Test
    void evalRunsCodeOnAFreshChain() {
        assertThat(CliRunner.runIn(dir, "", "eval", "(+ 1 2)").out()).isEqualTo("3\n");
        CliRunner.Result events = CliRunner.runIn(dir, "", "eval", "(print u5) (stx-transfer? u10 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)");
        assertThat(events.out()).isEqualTo(String.join("\n",
                "(ok true)",
                "  print_event contract='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-0 value=u5",
                "  stx_transfer_event amount=u10 sender='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM recipient='ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5",
                ""));
        assertThat(CliRunner.runIn(dir, "(define-constant k u5)\n(* k k)\n", "eval", "-").out()).isEqualTo("u25\n");
        assertThat(CliRunner.runIn(dir, "", "eval", "--epoch", "2.5", "block-height").out()).isEqualTo("u0\n");
        assertThat(CliRunner.runIn(dir, "", "eval", "(define-constant k u5)").out()).isEmpty();
        CliRunner.Result bad = CliRunner.runIn(dir, "", "eval", "(+ 1 (/ 2 0))");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo(String.join("\n",
                "error[DivisionByZero]: division by zero",
                "  --> <eval>:1:6",
                "  |",
                "1 | (+ 1 (/ 2 0))",
                "  |      ^~~~~~~",
                "  = see: clarity explain DivisionByZero", ""));
        assertThat(CliRunner.runIn(dir, "", "eval", "--epoch", "1.0", "1").status()).isEqualTo(2);
        assertThat(CliRunner.runIn(dir, "", "eval").status()).isEqualTo(2);
    }
}

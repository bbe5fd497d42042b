package io.clarity.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.Deployment;
import io.clarity.Simnet;
import io.clarity.value.UIntValue;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project deploys as clarinet-sdk 3.21's {@code initSimnet} deploys it. Every expectation here
 * was read from the SDK on the same project (a node script calling {@code initSimnet} and
 * printing {@code getContractsInterfaces()}'s epoch and Clarity version, {@code currentEpoch}, the
 * plan it wrote and {@code getDataVar}).
 */
class ProjectDeploymentTest {

    private static final String F = "(define-read-only (f) u1)\n";

    @TempDir
    Path dir;

    private ClarinetProject project(String contracts, String devnet) throws IOException {
        Files.createDirectories(dir.resolve("contracts"));
        if (devnet != null) {
            Files.createDirectories(dir.resolve("settings"));
            Files.writeString(dir.resolve("settings/Devnet.toml"), devnet);
        }
        Files.writeString(dir.resolve("Clarinet.toml"), "[project]\nname = \"p\"\nrequirements = []\n" + contracts);
        return ClarinetProject.read(dir.resolve("Clarinet.toml"));
    }

    private void contract(String name, String source) throws IOException {
        Files.createDirectories(dir.resolve("contracts"));
        Files.writeString(dir.resolve("contracts/" + name + ".clar"), source);
    }

    private static String entry(String name, String settings) {
        return "[contracts." + name + "]\npath = \"contracts/" + name + ".clar\"\n" + settings + "\n";
    }

    @Test
    void epochsAndVersionsResolveAsTheSdkResolvesThem() throws IOException {
        for (String c : List.of("alatest", "bnone", "clatestonly", "e21", "zdep")) {
            contract(c, F);
        }
        contract("fuser", "(define-read-only (g) (contract-call? .zdep f))\n");
        ClarinetProject p = project(entry("alatest", "clarity_version = 3\nepoch = \"latest\"")
                + entry("bnone", "")
                + entry("clatestonly", "epoch = \"latest\"")
                + entry("e21", "epoch = 2.1")
                + entry("fuser", "clarity_version = 2\nepoch = 2.4")
                + entry("zdep", "clarity_version = 2\nepoch = 2.4"), null);
        Simnet simnet = p.chain();
        List<Deployments.Outcome> outcomes = Deployments.deploy(simnet, p, List.of(), null);
        // the SDK: bnone 2.05 Clarity 1, e21 2.1 Clarity 2, zdep then fuser 2.4 Clarity 2,
        // alatest 3.4 Clarity 3, clatestonly 3.4 Clarity 5; the chain is left in 3.4
        assertThat(outcomes).allMatch(o -> o instanceof Deployments.Deployed);
        assertThat(outcomes.stream().map(o -> describe(((Deployments.Deployed) o).deployment())).toList()).containsExactly(
                "bnone 2.05 1", "e21 2.1 2", "zdep 2.4 2", "fuser 2.4 2", "alatest 3.4 3", "clatestonly 3.4 5");
        assertThat(simnet.epoch()).isEqualTo(Epoch.E3_4);
    }

    private static String describe(Deployment d) {
        return d.contract().name() + " " + d.epoch() + " " + d.version().number();
    }

    @Test
    void aVersionItsEpochDoesNotAllowIsRefusedAsTheSdkRefusesIt() throws IOException {
        contract("dv2", F);
        // the SDK: "Clarity 2 can not be used with 2.05"
        assertThatThrownBy(() -> project(entry("dv2", "clarity_version = 2"), null))
                .isInstanceOf(ProjectException.class)
                .hasMessage("Clarinet.toml [contracts.dv2]: Clarity 2 cannot be used in epoch 2.05 (the epoch of a"
                        + " contract that gives none); set epoch = \"latest\" or one that allows it");
    }

    @Test
    void withinAnEpochContractsGoByNameEachAfterTheOnesItNames() throws IOException {
        contract("b", "(define-data-var n uint u0)\n(define-public (inc) (ok (var-set n (+ (var-get n) u1))))\n"
                + "(define-read-only (g) (contract-call? .d f))\n");
        for (String c : List.of("a", "c", "d")) {
            contract(c, F);
        }
        String latest = "epoch = \"latest\"";
        ClarinetProject p = project(entry("b", latest) + entry("a", latest) + entry("c", latest) + entry("d", latest), null);
        Simnet simnet = p.chain();
        // the SDK's plan: a, d, b, c in one batch of epoch 3.4
        assertThat(Deployments.deploy(simnet, p, List.of(), null).stream()
                .map(o -> ((Deployments.Deployed) o).file().name()).toList()).containsExactly("a", "d", "b", "c");
    }

    @Test
    void thePlansContractCallsRunAfterTheContractsOfTheirBatch() throws IOException {
        contract("b", "(define-data-var n uint u0)\n(define-public (inc) (ok (var-set n (+ (var-get n) u1))))\n");
        Files.createDirectories(dir.resolve("deployments"));
        // the plan the SDK wrote, with a call added by hand; its publishes are the manifest's business
        Files.writeString(dir.resolve(DeploymentPlan.FILE), """
                id: 0
                name: Simulated deployment
                network: simnet
                plan:
                  batches:
                  - id: 0
                    transactions:
                    - transaction-type: emulated-contract-publish
                      contract-name: gone
                      emulated-sender: ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM
                      path: contracts/gone.clar
                      clarity-version: 5
                    - transaction-type: emulated-contract-call
                      contract-id: ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.b
                      emulated-sender: ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5
                      method: inc
                      parameters: []
                    epoch: '3.4'
                """);
        ClarinetProject p = project(entry("b", "epoch = \"latest\""), null);
        Simnet simnet = p.chain();
        List<Deployments.Outcome> outcomes = Deployments.deploy(simnet, p, List.of(), null);
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(Deployments.Called.class,
                c -> assertThat(c.call().sender()).isEqualTo("ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5"));
        // the SDK: getDataVar("b", "n") is u1
        assertThat(simnet.getDataVar("b", "n")).isEqualTo(UIntValue.of(1));
    }

    @Test
    void aPlanTransactionThatIsNotRunHereIsRefusedByName() throws IOException {
        Files.createDirectories(dir.resolve("deployments"));
        Files.writeString(dir.resolve(DeploymentPlan.FILE),
                "plan:\n  batches:\n  - id: 0\n    transactions:\n    - transaction-type: btc-transfer\n    epoch: '2.1'\n");
        assertThatThrownBy(() -> project("", null)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("batch 0: transaction-type \"btc-transfer\" is not run here");
    }

    @Test
    void devnetAccountsAndBalancesAreTheChains() throws IOException {
        ClarinetProject p = project("", "[accounts.deployer]\nmnemonic = \"" + ClarinetProjectTest.DEPLOYER
                + "\"\nbalance = 5_000\n[accounts.carol]\nmnemonic = \"" + ClarinetProjectTest.DEPLOYER
                + "\"\nderivation = \"m/44'/5757'/0'/0/1\"\nbalance = 7\n");
        Simnet simnet = p.chain();
        assertThat(simnet.accounts().keySet()).containsExactly("deployer", "carol");
        assertThat(simnet.stxBalance("deployer").toBigInteger()).isEqualTo(BigInteger.valueOf(5_000));
        assertThat(simnet.stxBalance("carol").toBigInteger()).isEqualTo(BigInteger.valueOf(7));
        assertThat(simnet.epoch()).isEqualTo(Epoch.E2_05);
    }

    @Test
    void anInvalidMnemonicIsRefusedNamingTheAccountAndFile() throws IOException {
        String lastWordChanged = ClarinetProjectTest.DEPLOYER.replace(" claw", " twice");
        // the SDK: "mnemonic ... for deploying address is invalid: the mnemonic has an invalid checksum"
        assertThatThrownBy(() -> project("", "[accounts.deployer]\nmnemonic = \"" + lastWordChanged + "\"\n"))
                .isInstanceOf(ProjectException.class)
                .hasMessageStartingWith("settings/Devnet.toml [accounts.deployer]: the mnemonic's checksum is wrong");
        assertThatThrownBy(() -> project("", "[accounts.deployer]\nmnemonic = \""
                + ClarinetProjectTest.DEPLOYER.replace("kind", "kindly") + "\"\n"))
                .hasMessage("settings/Devnet.toml [accounts.deployer]: the mnemonic's word 2, \"kindly\", is not in the"
                        + " BIP-39 English word list");
        assertThatThrownBy(() -> project("", "[accounts.deployer]\nmnemonic = \"twice kind fence\"\n"))
                .hasMessageContaining("[accounts.deployer]: the mnemonic has 3 words; a BIP-39 mnemonic has 12, 15, 18, 21 or 24");
    }
}

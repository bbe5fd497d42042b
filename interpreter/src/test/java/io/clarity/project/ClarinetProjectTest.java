package io.clarity.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.chain.Accounts;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a Clarinet project: its manifest, its devnet accounts (addresses from mnemonics), its contracts' order. */
class ClarinetProjectTest {

    static final String DEPLOYER = "twice kind fence tip hidden tilt action fragile skin nothing glory cousin green tomorrow"
            + " spring wrist shed math olympic multiply hip blue scout claw";

    @TempDir
    Path dir;

    /** The public test mnemonics of a {@code clarinet new} project's settings/Devnet.toml and their addresses. */
    @ParameterizedTest
    @CsvSource({
        "deployer, twice kind fence tip hidden tilt action fragile skin nothing glory cousin green tomorrow spring wrist shed math olympic multiply hip blue scout claw",
        "wallet_1, sell invite acquire kitten bamboo drastic jelly vivid peace spawn twice guilt pave pen trash pretty park cube fragile unaware remain midnight betray rebuild",
        "wallet_2, hold excess usual excess ring elephant install account glad dry fragile donkey gaze humble truck breeze nation gasp vacuum limb head keep delay hospital",
        "wallet_3, cycle puppy glare enroll cost improve round trend wrist mushroom scorpion tower claim oppose clever elephant dinosaur eight problem before frozen dune wagon high",
        "wallet_4, board list obtain sugar hour worth raven scout denial thunder horse logic fury scorpion fold genuine phrase wealth news aim below celery when cabin",
        "wallet_5, hurry aunt blame peanut heavy update captain human rice crime juice adult scale device promote vast project quiz unit note reform update climb purchase",
        "wallet_6, area desk dutch sign gold cricket dawn toward giggle vibrant indoor bench warfare wagon number tiny universe sand talk dilemma pottery bone trap buddy",
        "wallet_7, prevent gallery kind limb income control noise together echo rival record wedding sense uncover school version force bleak nuclear include danger skirt enact arrow",
        "wallet_8, female adjust gallery certain visit token during great side clown fitness like hurt clip knife warm bench start reunion globe detail dream depend fortune",
        "faucet, shadow private easily thought say logic fault paddle word top book during ignore notable orange flight clock image wealth health outside kitten belt reform",
    })
    void mnemonicsGiveTheDevnetAddresses(String name, String mnemonic) {
        Mnemonic.check(mnemonic);
        assertThat(AccountKeys.address(mnemonic, AccountKeys.DEFAULT_DERIVATION)).isEqualTo(Accounts.standard().get(name));
        // spacing is not part of the words
        assertThat(AccountKeys.address("  " + mnemonic.replace(" ", "   ") + "\n", AccountKeys.DEFAULT_DERIVATION))
                .isEqualTo(Accounts.standard().get(name));
    }

    @Test
    void anotherDerivationPathGivesAnotherAccount() {
        String words = "twice kind fence tip hidden tilt action fragile skin nothing glory cousin green tomorrow spring wrist shed math olympic multiply hip blue scout claw";
        assertThat(AccountKeys.address(words, "m/44'/5757'/0'/0/1")).isNotEqualTo(AccountKeys.address(words, AccountKeys.DEFAULT_DERIVATION))
                .isEqualTo(AccountKeys.address(words, "m/44h/5757h/0h/0/1"));
        assertThatThrownBy(() -> AccountKeys.address(words, "44'/0")).hasMessageContaining("starts with m/");
        assertThatThrownBy(() -> AccountKeys.address(words, "m/x'")).hasMessageContaining("\"x'\"");
    }

    private Path project(String manifest, String devnet) throws IOException {
        Files.createDirectories(dir.resolve("contracts"));
        if (devnet != null) {
            Files.createDirectories(dir.resolve("settings"));
            Files.writeString(dir.resolve("settings/Devnet.toml"), devnet);
        }
        return Files.writeString(dir.resolve("Clarinet.toml"), manifest);
    }

    @Test
    void aProjectListsItsContractsAndAccounts() throws IOException {
        Path manifest = project("""
                [project]
                name = "demo"
                requirements = []
                [contracts.counter]
                path = "contracts/counter.clar"
                clarity_version = 2
                epoch = "2.1"
                [contracts.market]
                path = 'contracts/market.clar'
                epoch = 3.0
                [contracts.latest]
                path = "contracts/latest.clar"
                clarity_version = 3
                epoch = "latest"
                [repl.analysis]
                passes = ["check_checker"]
                """, """
                [network]
                name = "devnet"
                [accounts.deployer]
                mnemonic = "twice kind fence tip hidden tilt action fragile skin nothing glory cousin green tomorrow spring wrist shed math olympic multiply hip blue scout claw"
                balance = 100_000_000_000_000
                sbtc_balance = 1_000_000_000
                [accounts.alice]
                mnemonic = "twice kind fence tip hidden tilt action fragile skin nothing glory cousin green tomorrow spring wrist shed math olympic multiply hip blue scout claw"
                derivation = "m/44'/5757'/0'/0/1"
                """);
        Files.writeString(dir.resolve("contracts/stray.clar"), "(define-constant k 1)");
        Files.createDirectories(dir.resolve("sub"));
        assertThat(ClarinetProject.find(dir.resolve("sub"))).contains(manifest.toAbsolutePath());

        ClarinetProject p = ClarinetProject.read(manifest);
        assertThat(p.contracts()).containsExactly(
                new ClarinetProject.Contract("counter", dir.resolve("contracts/counter.clar"), ClarityVersion.CLARITY2, Epoch.E2_1),
                new ClarinetProject.Contract("market", dir.resolve("contracts/market.clar"), ClarityVersion.CLARITY3, Epoch.E3_0),
                new ClarinetProject.Contract("latest", dir.resolve("contracts/latest.clar"), ClarityVersion.CLARITY3, Epoch.E3_4));
        assertThat(p.accounts().keySet()).containsExactly("deployer", "alice");
        assertThat(p.accounts().get("deployer").balance()).isEqualTo(BigInteger.valueOf(100_000_000_000_000L));
        assertThat(p.accounts().get("alice").balance()).isZero();
        assertThat(p.accounts().get("alice").address()).isEqualTo(AccountKeys.address(
                "twice kind fence tip hidden tilt action fragile skin nothing glory cousin green tomorrow spring wrist shed math olympic multiply hip blue scout claw",
                "m/44'/5757'/0'/0/1"));
        assertThat(p.notes()).containsExactly("contracts/stray.clar is not listed in Clarinet.toml, so it is not deployed");
    }

    @Test
    void withoutDevnetSettingsTheStandardAccountsAreUsed() throws IOException {
        ClarinetProject p = ClarinetProject.read(project("[project]\nname = \"x\"\n", null));
        assertThat(p.accounts()).hasSize(10);
        assertThat(p.accounts().get("wallet_8").balance()).isEqualTo(BigInteger.valueOf(Accounts.STARTING_BALANCE));
        assertThat(p.notes()).containsExactly("settings/Devnet.toml not found: using the standard devnet accounts");
    }

    @Test
    void malformedProjectsAreRefusedWithTheFileAndSetting() throws IOException {
        String deployer = "[accounts.deployer]\nmnemonic = \"a b c\"\n";
        assertThatThrownBy(() -> ClarinetProject.read(project("[project\nname = 1", deployer)))
                .isInstanceOf(ProjectException.class).hasMessageContaining("Clarinet.toml: not valid TOML");
        assertThatThrownBy(() -> ClarinetProject.read(project("[contracts.a]\nepoch = 2.1\n", deployer)))
                .hasMessageContaining("Clarinet.toml [contracts.a]: no path");
        assertThatThrownBy(() -> ClarinetProject.read(project("[contracts.a]\npath = \"a.clar\"\nepoch = 4.0\n", deployer)))
                .hasMessageContaining("[contracts.a]: epoch 4.0 is not one of");
        assertThatThrownBy(() -> ClarinetProject.read(project("[contracts.a]\npath = \"a.clar\"\nclarity_version = 7\n", deployer)))
                .hasMessageContaining("[contracts.a]: clarity_version is 1 to 5, not 7");
        assertThatThrownBy(() -> ClarinetProject.read(project("[contracts.9a]\npath = \"a.clar\"\n", deployer)))
                .hasMessageContaining("[contracts.9a]: not a contract name");
        assertThatThrownBy(() -> ClarinetProject.read(project("", "[accounts.alice]\nmnemonic = \"" + DEPLOYER + "\"\n")))
                .hasMessageContaining("no [accounts.deployer]");
        assertThatThrownBy(() -> ClarinetProject.read(project("", "[accounts.deployer]\nbalance = 5\n")))
                .hasMessageContaining("[accounts.deployer]: no mnemonic");
        assertThatThrownBy(() -> ClarinetProject.read(project("", deployer + "balance = -5\n")))
                .hasMessageContaining("balance is a whole number of micro-STX, not -5");
        assertThatThrownBy(() -> ClarinetProject.read(project("", "[accounts.deployer]\nmnemonic = \"" + DEPLOYER
                + "\"\nderivation = \"q\"\n")))
                .hasMessageContaining("starts with m/");
    }

    @Test
    void contractsComeAfterTheContractsTheyNameWhateverTheOrderGiven() {
        ContractFile token = new ContractFile("token", Path.of("token.clar"), null, null);
        ContractFile market = new ContractFile("market", Path.of("market.clar"), null, null);
        ContractFile util = new ContractFile("util", Path.of("util.clar"), null, null);
        ContractFile lone = new ContractFile("lone", Path.of("lone.clar"), null, null);
        Map<ContractFile, String> sources = new LinkedHashMap<>();
        sources.put(market, "(define-public (buy) (contract-call? .token transfer u1))");
        sources.put(lone, "(define-constant k \".market\") ;; not a reference: .token\n");
        sources.put(token, "(impl-trait 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.util.sip-010)");
        sources.put(util, "(define-trait sip-010 ())");
        assertThat(Deployments.order(sources)).containsExactly(util, token, market, lone);
        // a cycle is cut where the walk meets it again, and the deploy says what is missing
        Map<ContractFile, String> cycle = new LinkedHashMap<>();
        cycle.put(token, "(contract-call? .market f)");
        cycle.put(market, "(contract-call? .token f)");
        assertThat(Deployments.order(cycle)).containsExactly(market, token);
    }

    @Test
    void filesAreNamedAfterThemselves() {
        assertThat(ContractFile.nameOf(Path.of("dir/my-token.clar"))).isEqualTo("my-token");
        assertThat(ContractFile.nameOf(Path.of("2fast.clar"))).isEqualTo("c-2fast");
        assertThat(ContractFile.nameOf(Path.of("a b.c.clar"))).isEqualTo("a-b-c");
        assertThat(ContractFile.nameOf(Path.of("x".repeat(60) + ".clar"))).hasSize(40);
        assertThat(ContractFile.of(Path.of("a.clar")).version()).isNull();
        assertThat(ContractFile.of(Path.of("a.clar")).epoch()).isNull();
    }
}

package io.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.clarity.chain.Event;
import io.clarity.error.ClarityError;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.TypeSignature;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simnet-style API. Heights, block contents and results are those the clarinet-sdk 3.21.0
 * gave for the same steps (probed on the oracle's SDK).
 */
class SimnetApiTest {

    private static final String DEPLOYER = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";
    private static final String WALLET_1 = "ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5";

    private static final String COUNTER = """
            (define-data-var n uint u0)
            (define-map seen principal uint)
            (define-constant start u0)
            (define-public (inc) (begin (var-set n (+ (var-get n) u1)) (print (var-get n)) (ok (var-get n))))
            (define-public (boom) (ok (/ u1 u0)))
            (define-public (h) (ok stacks-block-height))
            (define-public (note (who principal)) (begin (map-set seen who (var-get n)) (ok true)))
            (define-read-only (get-n) (var-get n))
            (define-private (double (x uint)) (* x u2))
            """;

    private static Simnet chainWithCounter() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.deploy("c", COUNTER);
        return s;
    }

    private static List<Long> heights(Simnet s) {
        return List.of(s.blockHeight(), s.stacksBlockHeight(), s.burnBlockHeight());
    }

    @Test
    void aBlockOfSeveralTransactionsSharesOneHeight() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        assertThat(heights(s)).containsExactly(1L, 1L, 1L);
        s.deploy("c", COUNTER, ClarityVersion.CLARITY3, "deployer");
        assertThat(heights(s)).containsExactly(2L, 2L, 1L);

        List<TxResult> block = s.mineBlock(
                Tx.callPublic("c", "h", List.of(), "wallet_1"),
                Tx.callPublic("c", "inc", List.of(), WALLET_1),
                Tx.callPublic(".c", "h", List.of(), "deployer"),
                Tx.transferStx(100, "wallet_1", "deployer"),
                Tx.deploy("c2", "(define-read-only (x) u1)", null, "deployer"));

        assertThat(block).extracting(r -> r.result().toString())
                .containsExactly("(ok u3)", "(ok u1)", "(ok u3)", "(ok true)", "true");
        assertThat(block).extracting(r -> r.events().size()).containsExactly(0, 1, 0, 1, 0);
        assertThat(block.get(1).events().get(0).type()).isEqualTo("print_event");
        assertThat(block.get(3).events().get(0)).hasToString(
                "stx_transfer_event amount=u100 sender='" + DEPLOYER + " recipient='" + WALLET_1);
        assertThat(heights(s)).containsExactly(3L, 3L, 1L);
    }

    @Test
    void aRuntimeErrorInABlockThrowsAndKeepsWhatRanBefore() {
        Simnet s = chainWithCounter();
        assertThatThrownBy(() -> s.mineBlock(
                Tx.callPublic("c", "inc", List.of(), "wallet_1"),
                Tx.callPublic("c", "boom", List.of(), "wallet_1")))
                .isInstanceOf(ClarityError.class)
                .hasToString("DivisionByZero: division by zero at c:5:27\n  = see: clarity explain DivisionByZero");
        assertThat(s.getDataVar("c", "n")).isEqualTo(Cl.uint(1));
        assertThat(heights(s)).containsExactly(3L, 3L, 1L);
    }

    @Test
    void emptyBlocksReturnTheBurnHeight() {
        Simnet s = new Simnet();
        assertThat(heights(s)).containsExactly(0L, 0L, 0L);
        assertThat(s.mineEmptyBlock()).isEqualTo(1);
        assertThat(s.mineEmptyBlocks(2)).isEqualTo(3);
        s.setEpoch("3.2");
        assertThat(heights(s)).containsExactly(4L, 4L, 4L);
        assertThat(s.mineEmptyBlock()).isEqualTo(5);
        assertThat(heights(s)).containsExactly(5L, 5L, 5L);
    }

    @Test
    void callsAcceptTheSdkSpellingsOfContractsAndSenders() {
        Simnet s = chainWithCounter();
        assertThat(s.callPublic("c", "inc", List.of(), "wallet_1").result()).isEqualTo(Cl.ok(Cl.uint(1)));
        assertThat(s.callPublic(".c", "inc", List.of(), WALLET_1).result()).isEqualTo(Cl.ok(Cl.uint(2)));
        assertThat(s.callPublic(DEPLOYER + ".c", "inc", List.of(), "'" + WALLET_1).result()).isEqualTo(Cl.ok(Cl.uint(3)));
        assertThat(s.callReadOnly("c", "get-n", List.of(), "wallet_2").result()).isEqualTo(Cl.uint(3));
        assertThat(s.callPrivate("c", "double", List.of(Cl.uint(21)), "deployer").result()).isEqualTo(Cl.uint(42));
    }

    @Test
    void aBareNameFindsAContractOfAnotherDeployer() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.deploy("mine", "(define-read-only (who) tx-sender)", null, "wallet_3");
        assertThat(s.callReadOnly("mine", "who", List.of(), "wallet_2").result())
                .isEqualTo(s.account("wallet_2"));
        assertThat(s.getContractSource("mine")).contains("(define-read-only (who) tx-sender)");
        assertThat(s.getContractSource("missing")).isEmpty();
    }

    @Test
    void readOnlyCallsAddNoBlockAndKeepNothing() {
        Simnet s = chainWithCounter();
        long before = s.stacksBlockHeight();
        s.callReadOnly("c", "get-n", List.of(), "wallet_1");
        assertThat(s.stacksBlockHeight()).isEqualTo(before);
    }

    @Test
    void badNamesAreRefusedWithAClearMessage() {
        Simnet s = chainWithCounter();
        assertThatThrownBy(() -> s.callPublic("c", "inc", List.of(), "wallet_9"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wallet_9").hasMessageContaining("wallet_8");
        assertThatThrownBy(() -> s.callPublic("not a name", "inc", List.of(), "wallet_1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.callPublic("nope", "inc", List.of(), "wallet_1"))
                .isInstanceOf(ClarityError.class).hasMessageContaining(DEPLOYER + ".nope");
        assertThatThrownBy(() -> s.callPublic("c", "get-n", List.of(), "wallet_1"))
                .isInstanceOf(ClarityError.class).hasMessage("get-n is not a public function");
        assertThatThrownBy(() -> s.account("nobody")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.setEpoch("9.9")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.4");
    }

    @Test
    void stateReadsMirrorTheSdk() {
        Simnet s = chainWithCounter();
        s.callPublic("c", "note", List.of(Cl.principal(WALLET_1)), "wallet_1");
        assertThat(s.getDataVar("c", "n")).isEqualTo(Cl.uint(0));
        assertThat(s.getMapEntry("c", "seen", Cl.principal(WALLET_1))).isEqualTo(Cl.some(Cl.uint(0)));
        assertThat(s.getMapEntry("c", "seen", Cl.principal(DEPLOYER))).isEqualTo(Cl.none());
        assertThatThrownBy(() -> s.getDataVar("c", "m")).isInstanceOf(ClarityError.class);
        assertThat(s.stxBalance("wallet_1")).isEqualTo(Cl.uint(100_000_000_000_000L));
    }

    @Test
    void theAssetsMapListsStxThenEachTokenByHolder() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        ContractPrincipalValue id = s.deploy("c", "(define-fungible-token tok) (define-non-fungible-token nft uint)")
                .contract();
        // the token natives belong to another change; the ledger is written directly here
        var storage = s.contract(id).storage();
        storage.setFtBalance("tok", s.account("wallet_1"), Cl.uint(10));
        storage.setNftOwner("nft", Cl.uint(1), s.account("wallet_1"));
        storage.setNftOwner("nft", Cl.uint(2), s.account("wallet_1"));
        s.transferStx(100, "wallet_1", "deployer");

        var assets = s.getAssetsMap();
        assertThat(assets.keySet()).containsExactly(".c.nft", ".c.tok", "STX");
        assertThat(assets.get(".c.tok")).containsEntry(WALLET_1, BigInteger.TEN);
        assertThat(assets.get(".c.nft")).containsEntry(WALLET_1, BigInteger.TWO);
        assertThat(assets.get("STX")).hasSize(10)
                .containsEntry(DEPLOYER, BigInteger.valueOf(99_999_999_999_900L))
                .containsEntry(WALLET_1, BigInteger.valueOf(100_000_000_000_100L));
        assertThat(List.copyOf(assets.get("STX").keySet())).isSorted();
    }

    @Test
    void transfersSnippetsAndMintingWork() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        TxResult t = s.transferStx(5, "wallet_1", "deployer");
        assertThat(t.result()).isEqualTo(Cl.ok(Cl.bool(true)));
        assertThat(t.events()).singleElement().isInstanceOf(Event.StxTransfer.class);
        assertThat(t.costs()).isEmpty();
        assertThat(s.execute("(+ 1 2)").result()).isEqualTo(Cl.integer(3));
        assertThat(s.mintStx(s.account("wallet_2"), Cl.uint(5))).isEqualTo(Cl.uint(100_000_000_000_005L));
    }

    @Test
    void aRefusedMintOfAFungibleTokenLeavesBalancesAndSupplyAsTheyWere() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.deploy("t", "(define-fungible-token tok u10) (define-read-only (supply) (ft-get-supply tok))");
        ContractPrincipalValue t = s.contractId("t");
        s.mintFt(t, "tok", s.account("wallet_1"), Cl.uint(4));
        // the recipient's balance fits; the supply would go over the cap
        assertThatThrownBy(() -> s.mintFt(t, "tok", s.account("wallet_2"), Cl.uint(7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("total supply of tok");
        assertThat(s.getAssetsMap().get(".t.tok")).containsExactly(entry(s.account("wallet_1").address(), BigInteger.valueOf(4)));
        assertThat(s.callReadOnly("t", "supply", List.of(), "deployer").result()).isEqualTo(Cl.uint(4));
        assertThat(s.mintFt(t, "tok", s.account("wallet_2"), Cl.uint(6))).isEqualTo(Cl.uint(6));
        assertThat(s.callReadOnly("t", "supply", List.of(), "deployer").result()).isEqualTo(Cl.uint(10));
    }

    @Test
    void interfacesDescribeFunctionsVariablesAndMaps() {
        Simnet s = chainWithCounter();
        ContractInterface c = s.getContractInterfaces().get(DEPLOYER + ".c");
        assertThat(c.clarityVersion()).isEqualTo(ClarityVersion.CLARITY3);
        assertThat(c.epoch()).isEqualTo(Epoch.E3_2);
        assertThat(c.functions()).extracting(f -> f.name() + " " + f.access() + " " + f.output())
                .contains("inc public (response uint UnknownType)", "get-n read_only uint", "double private uint");
        assertThat(c.functions()).filteredOn(f -> f.name().equals("note")).singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly(new ContractInterface.Parameter("who", TypeSignature.PRINCIPAL)));
        assertThat(c.variables()).extracting(v -> v.name() + (v.constant() ? " constant" : " variable"))
                .containsExactlyInAnyOrder("start constant", "n variable");
        assertThat(c.maps()).singleElement().hasToString(
                "MapEntryTypes[name=seen, key=principal, value=uint]");
    }

    @Test
    void deployErrorsNameTheContractOrTheFile(@TempDir Path dir) throws IOException {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        assertThatThrownBy(() -> s.deploy("bad", "(define-constant x (+ 1 u1))"))
                .isInstanceOf(ClarityError.class).hasToString(
                        "TypeError: expected type 'int' but found 'uint' at bad:1:25\n  = help: u1 is a uint; write 1 for an int (or convert with to-int)\n  = see: clarity explain TypeError");
        Path file = dir.resolve("bad.clar");
        Files.writeString(file, "\n(define-constant x (+ 1 u1))");
        assertThatThrownBy(() -> s.deploy("bad2", file))
                .isInstanceOf(ClarityError.class).hasToString(
                        "TypeError: expected type 'int' but found 'uint' at " + file + ":2:25\n  = help: u1 is a uint; write 1 for an int (or convert with to-int)\n  = see: clarity explain TypeError");
    }
}

package io.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.chain.DeployedContract;
import io.clarity.chain.Event;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Simnet#serialize} and {@link Simnet#deserialize}: a chain read back is the chain that was
 * written, in every part, and behaves the same from then on; damaged input is refused.
 */
class SimnetSerializationTest {

    /** Everything a contract can store, some of it fixed at deploy time by who and when. */
    private static final String VAULT = """
            (define-constant owner tx-sender)
            (define-constant born stacks-block-height)
            (define-constant limits (list u1 u2 u3))
            (define-data-var total uint u0)
            (define-data-var deep (optional (optional (optional (optional (optional (optional (optional (optional
              (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional
              int)))))))))))))))))) none)
            (define-map deposits { who: principal, slot: uint } { amount: uint, note: (string-utf8 20) })
            (define-fungible-token gold u1000000)
            (define-fungible-token dust)
            (define-non-fungible-token badge { id: uint, kind: (string-ascii 8) })
            (define-public (deposit (amount uint) (slot uint))
              (begin
                (try! (stx-transfer? amount tx-sender (as-contract tx-sender)))
                (map-set deposits { who: tx-sender, slot: slot } { amount: amount, note: u"d\\u{e9}p\\u{f4}t" })
                (var-set total (+ (var-get total) amount))
                (try! (ft-mint? gold amount tx-sender))
                (try! (ft-mint? dust u1 tx-sender))
                (try! (nft-mint? badge { id: (var-get total), kind: "gold" } tx-sender))
                (ok (var-get total))))
            (define-public (nest)
              (ok (var-set deep (some (some (some (some (some (some (some (some (some (some (some (some (some (some
                (some (some (some (some -7)))))))))))))))))))))
            (define-read-only (summary) { total: (var-get total), owner: owner, born: born, limits: limits })
            (var-set total u1)
            """;

    private static Simnet richChain() {
        Map<String, StandardPrincipalValue> accounts = new LinkedHashMap<>();
        accounts.put("deployer", StandardPrincipalValue.of("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM"));
        accounts.put("alice", StandardPrincipalValue.of("ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG"));
        Simnet s = Simnet.withAccounts(accounts, Map.of("deployer", BigInteger.valueOf(5_000_000),
                "alice", new BigInteger("340282366920938463463374607431768211455").shiftRight(8)));
        s.setEpoch(Epoch.E2_5);
        s.deploy("old", "(define-read-only (hi) u1)", ClarityVersion.CLARITY1, "alice");
        s.setEpoch(Epoch.E3_2);
        s.deploy("vault", VAULT);
        s.callPublic("vault", "deposit", List.of(Cl.uint(700), Cl.uint(1)), "alice");
        s.callPublic("vault", "deposit", List.of(Cl.uint(300), Cl.uint(2)), "deployer");
        s.callPublic("vault", "nest", List.of(), "deployer");
        s.transferStx(12, "alice", "deployer");
        s.mintStx(s.account("alice"), Cl.uint(5));
        s.mineEmptyBlocks(3);
        s.evaluate("(define-read-only (twice (x uint)) (* x u2))", s.account("alice"));
        s.execute("(+ 1 2)");
        return s;
    }

    @Test
    void aChainReadBackIsTheChainWrittenInEveryPart() throws IOException {
        Simnet s = richChain();
        byte[] bytes = s.serialize();
        Simnet t = Simnet.deserialize(bytes);

        assertThat(t.serialize()).as("the same state writes the same bytes").isEqualTo(bytes);
        assertThat(t.accounts()).containsExactlyEntriesOf(s.accounts());
        assertThat(List.of(t.epoch(), t.stacksBlockHeight(), t.burnBlockHeight()))
                .isEqualTo(List.of(s.epoch(), s.stacksBlockHeight(), s.burnBlockHeight()));
        assertThat(t.getAssetsMap()).isEqualTo(s.getAssetsMap());
        assertThat(t.state().liquidSupply()).isEqualTo(s.state().liquidSupply());
        assertThat(t.getContractInterfaces()).isEqualTo(s.getContractInterfaces());
        for (DeployedContract c : s.state().contracts().values()) {
            DeployedContract d = t.contract(c.id());
            assertThat(List.of(d.source(), d.version(), d.epoch())).isEqualTo(List.of(c.source(), c.version(), c.epoch()));
            assertThat(d.constants()).isEqualTo(c.constants());
            assertThat(d.storage().dataVars()).isEqualTo(c.storage().dataVars());
            for (String map : c.analysis().mapNames()) {
                assertThat(d.storage().mapEntries(map)).isEqualTo(c.storage().mapEntries(map));
            }
            for (String ft : c.storage().fungibleTokens()) {
                assertThat(d.storage().ftBalances(ft)).isEqualTo(c.storage().ftBalances(ft));
                assertThat(d.storage().ftSupply(ft)).isEqualTo(c.storage().ftSupply(ft));
                assertThat(d.storage().ftMaxSupply(ft)).isEqualTo(c.storage().ftMaxSupply(ft));
            }
            for (String nft : c.storage().nonFungibleTokens()) {
                assertThat(d.storage().nftOwners(nft)).isEqualTo(c.storage().nftOwners(nft));
            }
        }
        // the deploy-time constants were not evaluated again, nor the top level run again
        assertThat(t.callReadOnly("vault", "summary", List.of(), "alice").result().toString())
                .isEqualTo("{ born: u3, limits: (list u1 u2 u3), owner: 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM, total: u1001 }");
    }

    @Test
    void aChainReadBackGoesOnAsTheOriginalDoes() throws IOException {
        Simnet s = richChain();
        Simnet t = Simnet.deserialize(s.serialize());
        for (Simnet chain : List.of(s, t)) {
            chain.callPublic("vault", "deposit", List.of(Cl.uint(50), Cl.uint(1)), "alice");
            chain.deploy("later", "(define-public (f) (ok u1))");
            chain.evaluate("(define-public (g) (ok u1))", chain.deployer());
        }
        assertThat(t.serialize()).isEqualTo(s.serialize());
        assertThatThrownBy(() -> t.callPublic("vault", "deposit", List.of(Cl.uint(1_000_000), Cl.uint(3)), "alice"))
                .as("the token's total supply was kept").hasMessageContaining("total supply of u1000000");
        assertThat(t.getContractSource("contract-4")).as("scratch contract numbering goes on").isPresent();
    }

    /** Reads, at every block of a chain, what at-block and block information see there. */
    private static final String HISTORY = """
            (define-data-var n uint u0)
            (define-map m uint uint)
            (define-fungible-token tok)
            (define-public (bump)
              (begin (var-set n (+ (var-get n) u1)) (map-set m (var-get n) block-height)
                     (try! (ft-mint? tok u1 tx-sender)) (ok (var-get n))))
            (define-public (drop (k uint)) (ok (map-delete m k)))
            (define-read-only (seen (h uint))
              (let ((id (unwrap-panic (get-block-info? id-header-hash h))))
                { n: (at-block id (var-get n)), m1: (at-block id (map-get? m u1)),
                  tok: (at-block id (ft-get-supply tok)), stx: (at-block id (stx-get-balance 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)),
                  time: (get-block-info? time h), burn-height: (at-block id burn-block-height),
                  burn: (get-burn-block-info? header-hash (at-block id burn-block-height)) }))
            """;

    /** What {@code seen} reads at every block from the contract's (block 1): before it, the token's supply fails. */
    private static List<String> everyBlockSeen(Simnet s) {
        List<String> out = new java.util.ArrayList<>();
        for (long h = 1; h < s.stacksBlockHeight(); h++) {
            out.add(h + " " + s.callReadOnly("history", "seen", List.of(Cl.uint(h)), "deployer").result());
        }
        return out;
    }

    @Test
    void theBlockHistoryAndWhatAtBlockReadsBehindAreKept() throws IOException {
        Simnet s = Simnet.inEpoch(Epoch.E2_5);
        s.deploy("history", HISTORY);
        s.callPublic("history", "bump", List.of(), "wallet_1");
        s.transferStx(1_000, "wallet_1", "deployer");
        s.mineEmptyBlocks(2);
        s.setEpoch(Epoch.E3_2);
        s.callPublic("history", "bump", List.of(), "wallet_2");
        s.callPublic("history", "drop", List.of(Cl.uint(1)), "wallet_2");
        s.execute("(define-data-var scratch uint u1) (var-set scratch u2)");
        s.mineEmptyStacksBlocks(2);
        s.callPublic("history", "bump", List.of(), "wallet_3");

        Simnet t = Simnet.deserialize(s.serialize());
        List<String> before = everyBlockSeen(s);
        assertThat(before).as("the history is not trivial").doesNotHaveDuplicates();
        assertThat(everyBlockSeen(t)).isEqualTo(before);
        assertThat(t.state().keepsHistory()).isTrue();
        assertThat(t.state().keptWrites()).isEqualTo(s.state().keptWrites());
        assertThat(t.snapshot().copyBlocks().stacksBlocks()).isEqualTo(s.snapshot().copyBlocks().stacksBlocks());
        assertThat(t.snapshot().copyBlocks().epochSwitches()).isEqualTo(s.snapshot().copyBlocks().epochSwitches());

        for (Simnet chain : List.of(s, t)) {
            chain.callPublic("history", "bump", List.of(), "wallet_1");
            chain.mineEmptyBlock();
        }
        assertThat(everyBlockSeen(t)).isEqualTo(everyBlockSeen(s));
        assertThat(t.serialize()).isEqualTo(s.serialize());
    }

    @Test
    void aChainPastAtBlockKeepsNoHistoryAfterALoad() throws IOException {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.deploy("c", "(define-data-var n uint u0) (define-public (bump) (ok (var-set n (+ (var-get n) u1))))");
        s.callPublic("c", "bump", List.of(), "deployer");
        s.setEpoch(Epoch.E3_4);
        s.callPublic("c", "bump", List.of(), "deployer");
        Simnet t = Simnet.deserialize(s.serialize());
        assertThat(t.state().keepsHistory()).isFalse();
        assertThat(t.state().keptWrites()).isEmpty();
        assertThat(t.getDataVar("c", "n")).isEqualTo(Cl.uint(2));
        assertThat(t.serialize()).isEqualTo(s.serialize());
    }

    @Test
    void theWritesOfASnippetThatIsNotKeptAreNoHistory() throws IOException {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.execute("(define-data-var v uint u1) (var-set v u2)");
        s.evaluate("(define-map m uint uint) (map-set m u1 u1)", s.deployer());
        assertThat(s.state().keptWrites()).noneMatch(w -> w.location().contract() != null);
        Simnet t = Simnet.deserialize(s.serialize());
        assertThat(t.snapshot()).as("a copy of the state leaves them out too").isNotNull();
        assertThat(t.serialize()).isEqualTo(s.serialize());
    }

    @Test
    void aChainOfAnEarlierFormatIsRefusedWithAWayOut() {
        byte[] bytes = richChain().serialize();
        bytes[13] = 1;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        java.nio.ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
        assertThatThrownBy(() -> Simnet.deserialize(bytes)).isInstanceOf(IOException.class)
                .hasMessageContaining("format 1").hasMessageContaining("clarity reset");
    }

    @Test
    void theStandardAccountsAndAFreshChainRoundTrip() throws IOException {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        Simnet t = Simnet.deserialize(s.serialize());
        assertThat(t.accounts()).isEqualTo(s.accounts());
        assertThat(t.stxBalance("faucet")).isEqualTo(UIntValue.of(100_000_000_000_000L));
        assertThat(t.epoch()).isEqualTo(Epoch.E3_2);
    }

    @Test
    void damagedOrForeignBytesAreRefusedWithAReason() {
        byte[] bytes = richChain().serialize();
        byte[] flipped = bytes.clone();
        flipped[flipped.length / 2] ^= 1;
        assertThatThrownBy(() -> Simnet.deserialize(flipped)).isInstanceOf(IOException.class).hasMessageContaining("checksum");
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 9);
        assertThatThrownBy(() -> Simnet.deserialize(cut)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Simnet.deserialize("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("not a saved chain");
        assertThatThrownBy(() -> Simnet.deserialize(new byte[0])).isInstanceOf(IOException.class);
    }

    @Test
    void accountsWithoutADeployerAreRefused() {
        assertThatThrownBy(() -> Simnet.withAccounts(Map.of("alice", StandardPrincipalValue.of(
                "ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG")), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deployer");
    }

    @Test
    void consoleSnippetsKeepContractsThatDefineFunctions() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        StandardPrincipalValue alice = s.account("wallet_1");
        SnippetResult defined = s.evaluate("(define-data-var n uint u5) (define-read-only (get-n) (var-get n)) (var-get n)", alice);
        assertThat(defined.value()).contains(Cl.uint(5));
        assertThat(defined.stored()).contains(new ContractPrincipalValue(alice, "contract-0"));
        assertThat(s.callReadOnly("'" + alice.address() + ".contract-0", "get-n", List.of(), "wallet_1").result())
                .isEqualTo(Cl.uint(5));

        SnippetResult plain = s.evaluate("(define-data-var m uint u1) (print tx-sender)", alice);
        assertThat(plain.stored()).isEmpty();
        assertThat(plain.value()).contains(alice);
        assertThat(plain.events()).hasSize(1);
        assertThat(s.contractCount()).isEqualTo(1);
        assertThat(s.evaluate("(define-constant k u1)", alice).value()).isEmpty();
    }

    @Test
    void aConsoleContractCallRunsInTheCurrentBlockAndRollsBackAnErr() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.deploy("c", """
                (define-data-var n uint u0)
                (define-public (inc (fail bool))
                  (begin (var-set n (+ (var-get n) u1)) (print contract-caller) (if fail (err u9) (ok (var-get n)))))
                (define-read-only (get-n) (var-get n))
                (define-private (hidden) u1)
                """);
        long height = s.stacksBlockHeight();
        StandardPrincipalValue wallet1 = s.account("wallet_1");
        String c = "'" + s.deployer().address() + ".c";
        SnippetResult ok = s.evaluate("(contract-call? " + c + " inc (is-eq u1 u2))", wallet1);
        assertThat(ok.value()).contains(Cl.ok(Cl.uint(1)));
        assertThat(ok.events()).as("the sender is the callee's contract-caller").singleElement()
                .isInstanceOfSatisfying(Event.Print.class, p -> assertThat(p.value()).isEqualTo(wallet1));
        assertThat(ok.stored()).isEmpty();
        SnippetResult err = s.evaluate("(contract-call? " + c + " inc true)", wallet1);
        assertThat(err.value()).contains(Cl.err(Cl.uint(9)));
        assertThat(err.events()).as("an err rolls back its events").isEmpty();
        assertThat(s.evaluate("(contract-call? .c get-n)", s.deployer()).value()).contains(Cl.uint(1));
        assertThat(s.stacksBlockHeight()).isEqualTo(height);
        assertThat(s.contractCount()).as("a direct call keeps no contract").isEqualTo(1);
        assertThatThrownBy(() -> s.evaluate("(contract-call? .c hidden)", s.deployer()))
                .hasMessageContaining("hidden");
    }

    @Test
    void stacksBlocksAloneAndMintedTokens() {
        Simnet s = Simnet.inEpoch(Epoch.E2_5);
        assertThatThrownBy(() -> s.mineEmptyStacksBlocks(1)).isInstanceOf(IllegalStateException.class);
        s.setEpoch(Epoch.E3_2);
        long burn = s.burnBlockHeight();
        assertThat(s.mineEmptyStacksBlocks(2)).isEqualTo(s.stacksBlockHeight());
        assertThat(s.burnBlockHeight()).isEqualTo(burn);

        s.deploy("t", "(define-fungible-token tok u10)");
        ContractPrincipalValue t = new ContractPrincipalValue(s.deployer(), "t");
        assertThat(s.mintFt(t, "tok", s.account("wallet_2"), UIntValue.of(4))).isEqualTo(UIntValue.of(4));
        assertThat(s.mintFt(t, "tok", s.account("wallet_2"), UIntValue.of(6))).isEqualTo(UIntValue.of(10));
        assertThatThrownBy(() -> s.mintFt(t, "tok", s.deployer(), UIntValue.of(1))).hasMessageContaining("total supply");
        assertThatThrownBy(() -> s.mintFt(t, "nope", s.deployer(), UIntValue.of(1))).hasMessageContaining("nope");
        assertThat(s.getAssetsMap().get(".t.tok")).containsEntry(s.account("wallet_2").address(), BigInteger.TEN);
    }
}

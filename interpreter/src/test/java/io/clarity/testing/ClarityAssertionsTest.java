package io.clarity.testing;

import static io.clarity.testing.ClarityAssertions.assertThat;
import static io.clarity.testing.ClarityAssertions.assertThatClarityError;
import static io.clarity.testing.ClarityAssertions.assertThatRuntimeError;
import static io.clarity.testing.ClarityAssertions.assertThatThrownBy;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.chain.Event;
import io.clarity.error.CallErrorKind;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.value.Bytes;
import io.clarity.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClarityAssertionsTest {

    private static final String D = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";
    private static final String W1 = "ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5";

    @Test
    void checksThatHoldPass() {
        assertThat(Cl.ok(Cl.uint(1))).isOk().isUint(1);
        assertThat(Cl.ok(Cl.uint(1))).isOk(Cl.uint(1));
        assertThat(Cl.err(Cl.uint(100))).isErr(Cl.uint(100)).printsAs("(err u100)");
        assertThat(Cl.none()).isNone();
        assertThat(Cl.parse("(some { balance: u5, owner: 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM })"))
                .isSome().isTuple().hasEntry("balance", Cl.uint(5)).hasFields("owner", "balance")
                .field("owner").isPrincipal(D);
        assertThat(Cl.parse("(list \"a\" \"b\")")).isList().hasSize(2).contains(Cl.ascii("b"))
                .containsExactly(Cl.ascii("a"), Cl.ascii("b")).item(1).isAscii("b");
        assertThat(Cl.parse("(list)")).isList().isEmpty();
        assertThat(Cl.parse("u\"\u00e9\"")).isUtf8("\u00e9");
        assertThat(Cl.integer(-3)).isInt(-3);
        assertThat(Cl.bool(true)).isTrue();
        assertThat(Cl.bufferFromHex("beef")).isBuffer("0xbeef").isBuffer(new byte[] {(byte) 0xbe, (byte) 0xef});
        assertThat(Cl.tuple(Map.of("a", Cl.uint(1)))).isTuple(Map.of("a", Cl.uint(1)));
        // the entry point also gives AssertJ's own assertions
        assertThat(List.of(1, 2)).containsExactly(1, 2);
    }

    @Test
    void aWrongKindShowsTheValueInClaritySyntax() {
        assertThatThrownBy(() -> assertThat(Cl.err(Cl.uint(102))).isOk())
                .hasMessage("Expecting (ok ...) but was a (err ...):\n  (err u102)");
        assertThatThrownBy(() -> assertThat(Cl.ok(Cl.ascii("x"))).isOk().isUint(1))
                .hasMessage("Expecting a uint but was a string-ascii:\n  \"x\"\n  at: (ok _)\n  in: (ok \"x\")");
        assertThatThrownBy(() -> assertThat(Cl.some(Cl.uint(1))).isNone())
                .hasMessage("Expecting none but was a (some ...):\n  (some u1)");
    }

    @Test
    void aNestedMismatchSaysWhereItIs() {
        assertThatThrownBy(() -> assertThat(Cl.ok(Cl.uint(2))).isOk().isUint(1))
                .hasMessage("\nExpecting:\n  u1\nbut was:\n  u2\n  at: (ok _)\n  in: (ok u2)");
        assertThatThrownBy(() -> assertThat(Cl.parse("{ balance: u0, locked: u5 }")).isTuple().hasEntry("balance", Cl.uint(1)))
                .hasMessage("\nExpecting:\n  u1\nbut was:\n  u0\n  at: .balance\n  in: { balance: u0, locked: u5 }");
        Value actual = Cl.parse("(ok { a: (list u1 u2), b: none })");
        assertThatThrownBy(() -> assertThat(actual).isEqualTo(Cl.parse("(ok { a: (list u1 u3), b: none })")))
                .hasMessage("\nExpecting:\n  (ok { a: (list u1 u3), b: none })\nbut was:\n  (ok { a: (list u1 u2), b: none })"
                        + "\n  at (ok _).a[1]: u3 was expected, it is u2");
        assertThatThrownBy(() -> assertThat(actual).isOk(Cl.parse("{ a: (list u1), b: none }")))
                .hasMessageContaining("at (ok _).a: a list of 1 items was expected, it has 2");
        assertThatThrownBy(() -> assertThat(Cl.parse("{ a: u1 }")).isTuple().field("b"))
                .hasMessage("Expecting a field b but the tuple has [a]:\n  { a: u1 }");
        assertThatThrownBy(() -> assertThat(Cl.uint(5)).printsAs("u6"))
                .hasMessage("\nExpecting the value to print as:\n  u6\nbut it prints as:\n  u5");
    }

    @Test
    void resultsCarryTheValueChecksAndEventChecks() {
        Event transfer = new Event.StxTransfer(Cl.principal(W1), Cl.principal(D + ".market"), Cl.uint(500), Bytes.EMPTY);
        Event print = new Event.Print(Cl.contractPrincipal(D, "market"), Cl.ascii("paid"));
        Event mint = new Event.FtMint(D + ".credit::credit", Cl.principal(W1), Cl.uint(7));
        Event nft = new Event.NftTransfer(D + ".badge::badge", Cl.principal(W1), Cl.principal(D), Cl.uint(1));
        TxResult r = new TxResult(Cl.ok(Cl.uint(1)), List.of(transfer, print, mint, nft));

        assertThat(r).isOk().isUint(1);
        assertThat(r).hasEventCount(4)
                .hasStxTransfer(500, "wallet_1", ".market")
                .hasStxTransfer(500, "'" + W1, D + ".market")
                .hasPrint(Cl.ascii("paid"))
                .hasFtMint(D + ".credit::credit", 7, W1)
                .hasFtMint(".credit::credit", 7, "wallet_1")
                .hasFtMint("credit::credit", 7, "wallet_1")
                .hasNftTransfer("badge::badge", Cl.uint(1), "wallet_1", "deployer");

        assertThatThrownBy(() -> assertThat(r).hasStxTransfer(501, "wallet_1", ".market"))
                .hasMessage("Expecting an event\n  stx_transfer_event amount=u501 sender='" + W1 + " recipient='" + D
                        + ".market\nbut the result (ok u1) has 4 events:\n  " + transfer + "\n  " + print + "\n  " + mint
                        + "\n  " + nft);
        assertThatThrownBy(() -> assertThat(r).hasFtMint("other::credit", 7, "wallet_1"))
                .hasMessageStartingWith("Expecting an event\n  ft_mint_event asset=other::credit");
        assertThatThrownBy(() -> assertThat(new TxResult(Cl.err(Cl.uint(3)), List.of())).hasPrint(Cl.uint(1)))
                .hasMessage("Expecting an event\n  print_event value=u1\nbut the result (err u3) has 0 events"
                        + "\n(a call that returns (err ...) keeps no events)");
        assertThatThrownBy(() -> assertThat(r).hasNoEvents()).hasMessageStartingWith("Expecting 0 events but the result (ok u1) has 4:");
        assertThatThrownBy(() -> assertThat(r).isErr())
                .hasMessage("Expecting (err ...) but was a (ok ...):\n  (ok u1)");
    }

    @Test
    void anAssetIsWrittenAsGetAssetsMapWritesItOrAsEventsDo() {
        Simnet simnet = new Simnet();
        simnet.deploy("tk", "(define-fungible-token tok) (define-non-fungible-token nft uint)"
                + " (define-public (m) (begin (try! (ft-mint? tok u5 tx-sender)) (nft-mint? nft u1 tx-sender)))");
        TxResult r = simnet.callPublic("tk", "m", List.of(), "wallet_1");
        // the SDK's getAssetsMap keys, read from it on the same contract: .tk.nft and .tk.tok
        assertThat(simnet.getAssetsMap().keySet()).containsExactly(".tk.nft", ".tk.tok", "STX");
        for (String tok : List.of(".tk.tok", "tk.tok", D + ".tk.tok", D + ".tk::tok", ".tk::tok", "tk::tok")) {
            assertThat(r).as(tok).hasFtMint(tok, 5, "wallet_1");
        }
        assertThat(r).hasNftMint(".tk.nft", Cl.uint(1), "wallet_1");
        assertThatThrownBy(() -> assertThat(r).hasNftMint(".escrow.nft", Cl.uint(1), "wallet_1"))
                .hasMessageStartingWith("Expecting an event\n  nft_mint_event asset=.escrow.nft recipient='ST1SJ3");
    }

    /** DivisionByZero and ArithmeticUnderflow for these calls are what the oracle reports. */
    private static final String BANK = """
            (define-data-var total uint u0)
            (define-public (halve (n uint)) (ok (/ u10 n)))
            (define-public (take (n uint)) (begin (var-set total (- (var-get total) n)) (ok (var-get total))))
            """;

    @Test
    void anExpectedRuntimeErrorIsCheckedByItsKindAndPlace() {
        Simnet simnet = new Simnet();
        simnet.deploy("bank", BANK);
        assertThatRuntimeError(() -> simnet.callPublic("bank", "halve", List.of(Cl.uint(0)), "wallet_1"))
                .hasKind(RuntimeErrorKind.DivisionByZero).isAt("bank:2").isAt("bank:2:37")
                .hasMessage("division by zero");
        // a block lambda, as with assertThatThrownBy
        assertThatRuntimeError(() -> {
            simnet.callPublic("bank", "take", List.of(Cl.uint(1)), "wallet_1");
        }).hasKind(RuntimeErrorKind.ArithmeticUnderflow);
        assertThatClarityError(() -> simnet.deploy("broken", "(define-constant x (+ 1 u1))"))
                .hasKind(CheckErrorKind.TypeError).isAt("broken:1:25");
        assertThatClarityError(() -> simnet.callPublic("bank", "nope", List.of(), "wallet_1"))
                .hasKind(CallErrorKind.NoSuchFunction);
    }

    @Test
    void anExpectedRuntimeErrorSaysWhatHappenedInstead() {
        Simnet simnet = new Simnet();
        simnet.deploy("bank", BANK);
        assertThatThrownBy(() -> assertThatRuntimeError(() -> simnet.callPublic("bank", "halve", List.of(Cl.uint(2)), "wallet_1")))
                .hasMessage("\nExpecting a runtime error but the call returned:\n  (ok u5)");
        assertThatThrownBy(() -> assertThatRuntimeError(() -> {
            simnet.callPublic("bank", "halve", List.of(Cl.uint(2)), "wallet_1");
        })).hasMessage("\nExpecting a runtime error but the call ended without one");
        assertThatThrownBy(() -> assertThatRuntimeError(() -> simnet.callPublic("bank", "halve", List.of(Cl.uint(0)), "wallet_1"))
                .hasKind(RuntimeErrorKind.ArithmeticOverflow))
                .hasMessage("\nExpecting the error to be of kind:\n  ArithmeticOverflow\nbut it was:\n"
                        + "  DivisionByZero: division by zero at bank:2:37");
        assertThatThrownBy(() -> assertThatRuntimeError(() -> simnet.callPublic("bank", "nope", List.of(), "wallet_1")))
                .hasMessageStartingWith("\nExpecting a runtime error but the call failed with a call error:\n  NoSuchFunction: ")
                .hasMessageContaining("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.bank");
        assertThatThrownBy(() -> assertThatRuntimeError(() -> simnet.callPublic("bank", "halve", List.of(Cl.uint(0)), "wallet_1"))
                .isAt("bank:3"))
                .hasMessage("\nExpecting the error to have arisen at:\n  bank:3\nbut it arose at:\n  bank:2"
                        + "\n  error: DivisionByZero: division by zero at bank:2:37");
        IllegalArgumentException notClarity = new IllegalArgumentException("not an account: wallet_99");
        assertThatThrownBy(() -> assertThatClarityError(() -> {
            throw notClarity;
        })).hasMessage("\nExpecting a Clarity error but the call threw:\n  " + notClarity).hasCause(notClarity);
    }
}

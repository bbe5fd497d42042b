package io.clarity.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL driven through its streams: code, multi-line input, errors, definitions kept as contracts. */
class ReplTest {

    private static final String COUNTER = """
            (define-data-var count uint u0)
            (define-map seen principal uint)
            (define-constant limit u10)
            (define-fungible-token gold u100)
            (define-public (increment)
              (begin
                (var-set count (+ (var-get count) u1))
                (map-set seen tx-sender (var-get count))
                (print { count: (var-get count) })
                (ok (var-get count))))
            (define-public (fail) (begin (var-set count u99) (err u7)))
            (define-public (divide (n uint)) (ok (/ u10 n)))
            (define-read-only (get-count) (var-get count))
            (define-private (secret) u1)
            """;

    @TempDir
    Path dir;

    private ReplHarness withCounter() throws IOException {
        Path file = Files.writeString(dir.resolve("counter.clar"), COUNTER);
        return new ReplHarness(dir, null, List.of(file));
    }

    @Test
    void theBannerNamesTheEpochVersionSenderAndContractsWithTheirFunctions() throws IOException {
        String banner = withCounter().banner();
        assertThat(banner).contains("Enter \"::help\" for usage hints")
                .contains("epoch 3.2, Clarity 3, tx-sender ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM (deployer)")
                .contains("| ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter | (divide (n uint))")
                .contains("(get-count)").contains("(increment)").doesNotContain("secret")
                .contains("| ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 (wallet_1) | 100000000000000 |");
    }

    @Test
    void valuesPrintAsTheOracleAndContractCallsRunAsTheSender() throws IOException {
        ReplHarness repl = withCounter();
        assertThat(repl.type("(+ 1 2)")).isEqualTo("3\n");
        assertThat(repl.type("{ b: u\"\\u{e9}\", a: (list 1 2) }")).isEqualTo("{ a: (list 1 2), b: u\"\u00e9\" }\n");
        assertThat(repl.type("(contract-call? .counter increment)")).isEqualTo(String.join("\n",
                "Events emitted",
                "print_event contract='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter value={ count: u1 }",
                "(ok u1)", ""));
        assertThat(repl.type("(contract-call? .counter fail)")).isEqualTo("(err u7)\n");
        assertThat(repl.type("(contract-call? .counter get-count)")).as("the err rolled back").isEqualTo("u1\n");
        assertThat(repl.type("::get_block_height")).as("console calls add no block").isEqualTo("Current height: 2\n");
        assertThat(repl.type("(contract-call? .counter increment)\n(contract-call? .counter get-count)"))
                .endsWith("(ok u2)\nu2\n");
        // the arguments run in the snippet's scratch contract, and their events come with the call's (as on the real VM)
        assertThat(repl.type("(contract-call? .counter divide (begin (print u5) u2))")).isEqualTo(String.join("\n",
                "Events emitted",
                "print_event contract='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-1 value=u5",
                "(ok u5)", ""));
    }

    @Test
    void inputStaysOpenUntilEveryBracketClosesIgnoringStringsAndComments() throws IOException {
        ReplHarness repl = new ReplHarness(dir);
        assertThat(repl.type("(list 1\n  2 ;; a comment with ) and }\n  3)")).isEqualTo("(list 1 2 3)\n");
        assertThat(repl.type("(concat \"(\"\n \"}\")")).isEqualTo("\"(}\"\n");
        assertThat(repl.type("{ a: u1,\n b: (some\n (list u2)) }")).isEqualTo("{ a: u1, b: (some (list u2)) }\n");
        assertThat(repl.type("(concat \"a\\\")\" \"b\")")).as("an escaped quote").isEqualTo("\"a\\\")b\"\n");
        assertThat(repl.type("(+ 1\n 2) (+ 3\n 4)")).isEqualTo("7\n");
    }

    @Test
    void aBracketClosedByTheWrongKindIsRefusedAndTheSessionGoesOn() {
        ReplHarness repl = new ReplHarness(dir);
        assertThat(repl.type("{ a: (list 1 }\n(+ 2 2)")).isEqualTo("error: expected closing ), got }\n4\n");
    }

    @Test
    void errorsShowTheirKindPlaceSourceLineAndCaret() throws IOException {
        ReplHarness repl = withCounter();
        assertThat(repl.type("(+ 1 u2)")).isEqualTo(String.join("\n",
                "error[TypeError]: expected type 'int' but found 'uint'",
                "  --> <stdin>:1:6",
                "  |",
                "1 | (+ 1 u2)",
                "  |      ^~",
                "  = help: u2 is a uint; write 2 for an int (or convert with to-int)",
                "  = see: clarity explain TypeError",
                ""));
        assertThat(repl.type("(let ((a 1))\n  (* a (unknown-fn 2)))")).isEqualTo(String.join("\n",
                "error[UnknownFunction]: 'unknown-fn' is not a function defined in this contract or a native of this "
                        + "Clarity version",
                "  --> <stdin>:2:9",
                "  |",
                "2 |   (* a (unknown-fn 2)))",
                "  |         ^~~~~~~~~~",
                "  = see: clarity explain UnknownFunction",
                ""));
        // a run-time error inside a contract points into the contract's file
        assertThat(repl.type("(contract-call? .counter divide u0)")).isEqualTo(String.join("\n",
                "error[DivisionByZero]: division by zero",
                "  --> counter.clar:12:38",
                "   |",
                "12 | (define-public (divide (n uint)) (ok (/ u10 n)))",
                "   |                                      ^~~~~~~~~",
                "  = see: clarity explain DivisionByZero",
                ""));
        // every parse error of a snippet, as clarity check shows them
        assertThat(repl.type("(list 0x1 u1) {a: }")).isEqualTo(String.join("\n",
                "error[InvalidBufferLength]: buffer literal 0x1 has an odd number (1) of hex digits",
                "  --> <stdin>:1:7",
                "  |",
                "1 | (list 0x1 u1) {a: }",
                "  |       ^~~",
                "  = see: clarity explain InvalidBufferLength",
                "error[TupleValueExpected]: expected a value after 'a:' in a tuple literal",
                "  --> <stdin>:1:19",
                "  |",
                "1 | (list 0x1 u1) {a: }",
                "  |                   ^",
                "  = see: clarity explain TupleValueExpected",
                ""));
        assertThat(repl.type("(contract-call? .counter secret)")).contains("secret").startsWith("error[");
        assertThat(repl.type("(contract-call? .nobody f)")).startsWith("error[NoSuchContract]");
        assertThat(repl.type("(+ 1 1)")).isEqualTo("2\n");
    }

    @Test
    void aSnippetThatDefinesFunctionsIsKeptAsAContract() {
        ReplHarness repl = new ReplHarness(dir);
        // one input: piped lines that are each complete run one by one, as in Clarinet
        assertThat(repl.type("(define-data-var n uint u5) (define-read-only (get-n) (var-get n)) (define-public (add (k uint))\n"
                + "  (begin (var-set n (+ k (var-get n))) (ok (var-get n))))")).isEqualTo(String.join("\n",
                "\u2192 ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-0 contract successfully stored. Use (contract-call? ...) "
                        + "for invoking the public and read-only functions:",
                "    (add (k uint))",
                "    (get-n)",
                ""));
        assertThat(repl.type("(contract-call? .contract-0 add u2)")).isEqualTo("(ok u7)\n");
        assertThat(repl.type("(contract-call? .contract-0 get-n)")).isEqualTo("u7\n");
        // a snippet that only defines a constant is not kept (as in Clarinet), and the REPL says so;
        // the oracle's eval of it answers none
        assertThat(repl.type("(define-constant k u1)")).isEqualTo("none\nNothing was kept: a snippet is kept as a contract"
                + " only when it defines a function or a trait.\n");
        assertThat(repl.type("(define-data-var m uint u1)\n(var-get m)")).as("each line its own snippet")
                .startsWith("none\nNothing was kept").contains("error[NoSuchDataVariable]");
        assertThat(repl.type("::get_contracts")).contains(".contract-0 | (add (k uint))");
    }

    @Test
    void theSenderIsWhoRunsSnippetsAndWhoseContractsDotNamesMean() throws IOException {
        ReplHarness repl = withCounter();
        assertThat(repl.type("::set_tx_sender wallet_1")).isEqualTo("tx-sender switched to ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 (wallet_1)\n");
        assertThat(repl.type("tx-sender")).isEqualTo("'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5\n");
        assertThat(repl.type("(contract-call? 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter increment)")).endsWith("(ok u1)\n");
        assertThat(repl.type("::get_map counter seen")).isEqualTo("'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 => u1\n");
        // .counter now means wallet_1's counter, as in Clarinet
        assertThat(repl.type("(contract-call? .counter increment)")).startsWith("error[NoSuchContract]");
        assertThat(repl.type("::set_tx_sender ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG")).endsWith("(wallet_2)\n");
        assertThat(repl.type("::set_tx_sender 'ST3AM1A56AK2C1XAFJ4115ZSV26EB49BVQ10MGCS0")).endsWith("(wallet_6)\n");
        assertThat(repl.type("::set_tx_sender counter")).startsWith("error: tx-sender must be a standard principal");
        assertThat(repl.type("::set_tx_sender nobody")).startsWith("error: Unable to parse the address");
        assertThat(repl.type("::set_tx_sender")).isEqualTo("error: Usage: ::set_tx_sender <principal>\n");
    }

    @Test
    void exitAndQuitAreHintedAndQuitLeaves() {
        ReplHarness repl = new ReplHarness(dir);
        assertThat(repl.type("exit")).isEqualTo("Press Ctrl-D, or type ::quit, to leave.\n");
        assertThat(repl.type("::quit\n(+ 1 1)")).as("nothing runs after ::quit").isEmpty();
        assertThat(repl.session().quitRequested()).isTrue();
    }

    @Test
    void noInputEndsTheSession() {
        ReplHarness repl = new ReplHarness(dir);
        String[] inputs = {")", "(", "\"", "::", ":", "))))", "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1",
            "(define-data-var x uint u0) (define-data-var x uint u1)", "(define-public (get) (ok u1))", "u340282366920938463463374607431768211456",
            "(print u\"\\u{1F600}\")", "'SP000", "0x0", "(list 1 u1)", "(unwrap-panic none)", "(asserts! false (err u1))",
            "::advance_chain_tip 99999999999", "::mint_stx wallet_1 -1", "::mint_stx wallet_1 u340282366920938463463374607431768211455",
            "::set_epoch", "::set_epoch 9.9", "::read /no/such/file", "::describe", "::decode zz", "::decode 0c",
            "::get_map_val", "::get_map_val counter m (", "::mint_ft", "::mint_ft .x.y wallet_1 1", "::encode (",
            "::trace", "::trace (/ 1 0)", "::get_data_var a", "::get_constant . x", "\u0000", "x".repeat(100_000)};
        for (String input : inputs) {
            repl.type(input);
        }
        assertThat(repl.type("(+ 40 2)")).isEqualTo("42\n");
        assertThat(repl.session().failures()).isGreaterThan(20);
    }
}

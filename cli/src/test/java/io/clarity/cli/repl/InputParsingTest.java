package io.clarity.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** When an input is whole, its words, and what Tab offers. */
class InputParsingTest {

    @TempDir
    Path dir;

    /** Clarinet's own cases (terminal.rs tests), and comments, which Clarinet's console does not know. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(list (list u1)                  | (",
        "{ a: { b: 1 }                    | {",
        "(concat u\")\"                   | (",
        "(concat u\")\"\"                 | \"",
        "{ a: { b: \"}\" }                | {",
        "{foo: \"\\\"\"                   | {",
        "(+ 1 ;; ) closes nothing        | (",
        "(print \"a;;b\"                  | (",
    })
    void openInputs(String text, char open) {
        assertThat(InputState.of(text)).isEqualTo(new InputState.Open(open));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(list (list u1 u2) (list u3 u4))", "{ a: { b: 1 } }", "(len u\"And this is an UTF-8 string \\u{1f601}\")",
        "(list u\"\\u{ff}\")", "{foo: \"\\\\\"}", "{foo: \"\\\"\"}", "::help", "", "u1 ;; (", "(+ 1 2))", ")"})
    void wholeInputs(String text) {
        assertThat(InputState.of(text)).isEqualTo(new InputState.Complete());
    }

    @Test
    void aWrongClosingBracketIsAMismatch() {
        assertThat(InputState.of("(list 1 }")).isEqualTo(new InputState.Mismatch(')', '}'));
        assertThat(((InputState.Mismatch) InputState.of("{ a: 1 )")).message()).isEqualTo("expected closing }, got )");
    }

    @Test
    void jlineHearsAboutOpenInputsAndTheirBracket() {
        ClarityLineParser p = new ClarityLineParser();
        assertThatThrownBy(() -> p.parse("{ a: (list 1", 12, Parser.ParseContext.ACCEPT_LINE))
                .isInstanceOfSatisfying(EOFError.class, e -> assertThat(e.getMissing()).isEqualTo("("));
        assertThatThrownBy(() -> p.parse("(concat \"a", 10, Parser.ParseContext.SECONDARY_PROMPT))
                .isInstanceOfSatisfying(EOFError.class, e -> assertThat(e.getMissing()).isEqualTo("\""));
        assertThat(p.parse("(list 1", 7, Parser.ParseContext.COMPLETE).word()).isEqualTo("1");
        assertThat(p.parse("{ a: 1 )", 8, Parser.ParseContext.ACCEPT_LINE).line()).as("a mismatch is the REPL's to report")
                .isEqualTo("{ a: 1 )");
    }

    @Test
    void wordsAreSplitAtBlanksBracketsCommasAndQuotes() {
        ClarityLineParser.Words w = ClarityLineParser.Words.of("(contract-call? .counter inc", 28);
        assertThat(w.words()).containsExactly("contract-call?", ".counter", "inc");
        assertThat(List.of(w.word(), w.wordIndex(), w.wordCursor())).containsExactly("inc", 2, 3);
        ClarityLineParser.Words blank = ClarityLineParser.Words.of("(+ 1 ", 5);
        assertThat(List.of(blank.word(), blank.wordIndex())).containsExactly("", 2);
        ClarityLineParser.Words middle = ClarityLineParser.Words.of("{a: u1, b: \"x\"}", 2);
        assertThat(List.of(middle.word(), middle.wordCursor())).containsExactly("a:", 1);
    }

    @Test
    void tabOffersWhatMayStandThere() throws IOException {
        Path c = Files.writeString(dir.resolve("counter.clar"),
                "(define-public (increment) (ok u1)) (define-read-only (get-count) u1) (define-private (hidden) u1)");
        ReplHarness repl = new ReplHarness(dir, null, List.of(c));
        ClarityCompleter completer = new ClarityCompleter(repl.session());
        assertThat(offers(completer, "::get_")).contains("::get_contracts", "::get_data_var", "::get_epoch").contains("::help");
        assertThat(offers(completer, "(contract-call? .counter ")).containsExactlyInAnyOrder("increment", "get-count");
        assertThat(offers(completer, "(contract-call? 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter g"))
                .containsExactlyInAnyOrder("increment", "get-count");
        assertThat(offers(completer, "(contract-call? .c")).contains(".counter", "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter");
        assertThat(offers(completer, "(stx-tr")).contains("stx-transfer?", "tx-sender", "define-public").doesNotContain("block-height");
        assertThat(offers(completer, "::set_tx_sender ")).contains("deployer", "wallet_1", "faucet");
        assertThat(offers(completer, "::get_data_var ")).contains(".counter");
        assertThat(offers(completer, "::describe ")).contains("asserts!", "stacks-block-height");
        assertThat(offers(completer, "::epoch ")).isEmpty();
        repl.type("::set_tx_sender wallet_1");
        assertThat(offers(completer, "(contract-call? .c")).as(".name is the sender's").doesNotContain(".counter")
                .contains("'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter");
    }

    private static List<String> offers(ClarityCompleter completer, String line) {
        return completer.candidates(ClarityLineParser.Words.of(line, line.length()));
    }
}

package io.clarity.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.clarity.Cl;
import io.clarity.ast.Expr;
import io.clarity.ast.FieldExpr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.ast.TraitReferenceExpr;
import io.clarity.error.ClarityError;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.version.Epoch;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lexical syntax: every literal form, and syntax errors with their kind and position. */
class SourceParserTest {

    private static final StandardPrincipalValue ISSUER =
            StandardPrincipalValue.of("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM");

    private static List<Expr> parse(String src) {
        return SourceParser.parse(src, ISSUER, Epoch.E3_2);
    }

    private static String errorOf(String src) {
        try {
            parse(src);
            return "no error";
        } catch (ClarityError e) {
            return e.kind().name() + " at " + e.span().start();
        }
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            42                                              | 42
            -42                                             | -42
            170141183460469231731687303715884105727         | 170141183460469231731687303715884105727
            -170141183460469231731687303715884105728        | -170141183460469231731687303715884105728
            u0                                              | u0
            u340282366920938463463374607431768211455        | u340282366920938463463374607431768211455
            0x                                              | 0x
            0x00ff                                          | 0x00ff
            "tab\\there"                                    | "tab\\there"
            "q\\"uote"                                      | "q\\"uote"
            u"\\u{48}i"                                     | u"Hi"
            'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM     | 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM
            'SM2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQVX8X0G     | 'SM2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQVX8X0G
            'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c-1 | 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c-1
            .token                                          | 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.token
            """)
    void literals(String source, String printed) {
        List<Expr> exprs = parse(source);
        assertThat(exprs).hasSize(1);
        assertThat(((LiteralExpr) exprs.get(0)).value()).hasToString(printed);
    }

    @Test
    void tupleLiteralsDesugarToTupleForms() {
        ListExpr t = (ListExpr) parse("{a: 1, b: u2,}").get(0);
        assertThat(t.headName()).isEqualTo("tuple");
        assertThat(t.args()).hasSize(2);
        assertThat(((ListExpr) t.args().get(0)).get(1)).isInstanceOf(LiteralExpr.class);
    }

    @Test
    void traitsAndTraitReferences() {
        List<Expr> exprs = parse("(use-trait t .c.my-trait) <t> 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c.tr");
        assertThat(((ListExpr) exprs.get(0)).get(2)).isInstanceOf(FieldExpr.class);
        assertThat(exprs.get(1)).isInstanceOf(TraitReferenceExpr.class);
        assertThat(((FieldExpr) exprs.get(2)).trait().name()).isEqualTo("tr");
    }

    @Test
    void spansAreOneBasedAndInclusive() {
        ListExpr e = (ListExpr) parse("\n  (+ 1 u1)").get(0);
        assertThat(e.span().startLine()).isEqualTo(2);
        assertThat(e.span().startColumn()).isEqualTo(3);
        assertThat(e.span().endColumn()).isEqualTo(10);
    }

    @Test
    void commentsAndOperatorNames() {
        List<Expr> exprs = parse(";; a comment\n(<= 1 2) ;; another\n(>= 2 1)");
        assertThat(exprs).hasSize(2);
        assertThat(((ListExpr) exprs.get(0)).headName()).isEqualTo("<=");
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            (+ 1 2                                                  | ExpectedClosing at 1:1
            (+ 1 2))                                                | UnexpectedToken at 1:8
            "abc                                                    | ExpectedClosing at 1:1
            (a "x) b                                                | ExpectedClosing at 1:4
            170141183460469231731687303715884105728                 | FailedParsingIntValue at 1:1
            u340282366920938463463374607431768211456                | FailedParsingUIntValue at 1:1
            0x123                                                   | InvalidBufferLength at 1:1
            0xzz                                                    | InvalidCharBuffer at 1:1
            12ab                                                    | InvalidCharInt at 1:1
            u12ab                                                   | InvalidCharUint at 1:1
            foo'                                                    | InvalidCharIdent at 1:1
            'st1                                                    | InvalidCharPrincipal at 1:1
            'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN              | InvalidPrincipalLiteral at 1:1
            'S162RK3CHJPCSSK6BM757FW                                | InvalidPrincipalLiteral at 1:1
            "a\\qb"                                                 | UnknownEscapeChar at 1:1
            u"\\u{}"                                                | EmptyUTF8Encoding at 1:1
            u"\\u{D800}"                                            | InvalidUTF8Encoding at 1:1
            u"\\u{zz}"                                              | IllegalCharUTF8Encoding at 1:1
            "a\\0b"                                                 | IllegalASCIIString at 1:1
            (a ; not a comment                                      | SingleSemiColon at 1:4
            _                                                       | UnknownSymbol at 1:1
            (a é)                                                   | NonASCIIChar at 1:4
            u"é"                                                    | NonASCIIChar at 1:3
            (foo(bar))                                              | ExpectedWhitespace at 1:5
            (+1 2)                                                  | ExpectedSeparator at 1:2
            {a 1}                                                   | TupleColonExpectedv2 at 1:4
            {a: 1 b: 2}                                             | TupleCommaExpectedv2 at 1:7
            {a: }                                                   | TupleValueExpected at 1:5
            <trait                                                  | ExpectedClosing at 1:1
            .                                                       | ExpectedContractIdentifier at 1:1
            'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.Bad!         | IllegalContractName at 1:1
            'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | ContractNameTooLong at 1:1
            """)
    void syntaxErrors(String source, String expected) {
        assertThat(errorOf(source)).isEqualTo(expected);
    }

    @Test
    void carriageReturnsAreRefused() {
        assertThat(errorOf("(+ 1 2)\r\n")).isEqualTo("UnsupportedLineEnding at 1:8");
    }

    @Test
    void namesOf128CharactersAreAcceptedAnd129Refused() {
        assertThat(errorOf("a".repeat(128))).isEqualTo("no error");
        assertThat(errorOf("a".repeat(129))).isEqualTo("NameTooLong at 1:1");
    }

    @Test
    void deepNestingIsRefusedBeforeParsingWithoutExhaustingTheStack() {
        String deep = "(list ".repeat(100_000) + ")".repeat(100_000);
        assertThat(errorOf(deep)).isEqualTo("ExpressionStackDepthTooDeep at 1:421");
        String tuples = "{a: ".repeat(100_000) + "1" + "}".repeat(100_000);
        assertThat(errorOf(tuples)).isEqualTo("ExpressionStackDepthTooDeep at 1:141");
    }

    @Test
    void theNestingLimitIsRaisedInEpoch34() {
        String nested68 = "(a ".repeat(68) + ")".repeat(68);
        String nested69 = "(a ".repeat(69) + ")".repeat(69);
        assertThat(errorOf(nested68)).isEqualTo("no error");
        assertThat(errorOf(nested69)).startsWith("ExpressionStackDepthTooDeep");
        assertThat(SourceParser.parse(nested69, ISSUER, Epoch.E3_4)).hasSize(1);
    }

    @Test
    void aBadAtomBeforeASyntaxErrorIsReportedFirst() {
        assertThatThrownBy(() -> parse("(a 0x1 (b"))
                .isInstanceOf(ClarityError.class)
                .hasMessageContaining("odd number");
    }

    /** Every diagnostic, as {@code Kind at line:column}, in order. */
    private static List<String> diagnosticsOf(String src) {
        try {
            parse(src);
            return List.of();
        } catch (ClarityError e) {
            return e.diagnostics().stream().map(d -> d.kind().name() + " at " + d.span().start()).toList();
        }
    }

    @ParameterizedTest(name = "{0} reports {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            (a 0x123) (b 0xzz)                  | InvalidBufferLength at 1:4, InvalidCharBuffer at 1:14
            (a é)                               | NonASCIIChar at 1:4, UnknownSymbol at 1:4
            (a ; one ; two                      | SingleSemiColon at 1:4, ExpectedClosing at 1:1
            (a)) (b))                           | UnexpectedToken at 1:4, UnexpectedToken at 1:9
            (a (b                               | ExpectedClosing at 1:4, ExpectedClosing at 1:1
            (a 0x1 (b                           | InvalidBufferLength at 1:4, ExpectedClosing at 1:8, ExpectedClosing at 1:1
            (a 'ST0128HK8HAPCXW8K6NBQK6XXVZG04926EGE48T7 (b(c)) 170141183460469231731687303715884105728) | InvalidPrincipalLiteral at 1:4, ExpectedWhitespace at 1:48, FailedParsingIntValue at 1:53
            (list 1, 2 :)                       | UnexpectedToken at 1:8, UnexpectedToken at 1:12
            """)
    void theParserGoesOnAfterAnError(String source, String expected) {
        assertThat(String.join(", ", diagnosticsOf(source))).isEqualTo(expected);
    }

    @Test
    void onlyTheFirstCarriageReturnIsReported() {
        assertThat(diagnosticsOf("(a)\r\n(b)\r\n")).containsExactly("UnsupportedLineEnding at 1:4");
    }

    @Test
    void aTupleLiteralCountsTwoLevelsInTheParsersLimit() {
        // 40 lists and 15 tuples are 70 levels for the parser (its limit is 70 before epoch 3.4)
        String lists = "(a ".repeat(40);
        String within = lists + "{x: ".repeat(15) + "1" + "}".repeat(15) + ")".repeat(40);
        assertThat(errorOf(within)).isEqualTo("no error");
        String beyond = lists + "{x: ".repeat(16) + "1" + "}".repeat(16) + ")".repeat(40);
        assertThat(errorOf(beyond)).isEqualTo("ExpressionStackDepthTooDeep at 1:181");
    }

    @Test
    void asciiStringsAreOneMebibyteAtMost() {
        // P9 of the bad-input catalogue; a contract this large is over the corpus' file budget
        assertThat(errorOf("\"" + "a".repeat(1_048_576) + "\"")).isEqualTo("no error");
        assertThat(errorOf("\"" + "a".repeat(1_048_577) + "\"")).isEqualTo("IllegalASCIIString at 1:1");
    }
    @Test
    void aMillionDigitIntegerLiteralIsRefusedAtOnce() {
        String digits = "9".repeat(1_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertThat(errorOf("(a " + digits + ")")).isEqualTo("FailedParsingIntValue at 1:4");
            assertThat(errorOf("(a -" + digits + ")")).isEqualTo("FailedParsingIntValue at 1:4");
            assertThat(errorOf("(a u" + digits + ")")).isEqualTo("FailedParsingUIntValue at 1:4");
        });
        // the reference reads leading zeros (oracle: 60 zeros then 17 is 17)
        assertThat(((LiteralExpr) parse("0".repeat(60) + "17").get(0)).value()).hasToString("17");
        assertThat(((LiteralExpr) parse("u" + "0".repeat(60) + "17").get(0)).value()).hasToString("u17");
    }

    @Test
    void utf8StringsAre262144CharactersAtMost() {
        // the reference's MAX_UTF8_VALUE_SIZE counts characters (each takes up to 4 bytes)
        assertThat(errorOf("u\"" + "a".repeat(262_144) + "\"")).isEqualTo("no error");
        assertThat(errorOf("u\"" + "\\u{e9}".repeat(262_144) + "\"")).isEqualTo("no error");
        assertThat(errorOf("u\"" + "a".repeat(262_145) + "\"")).isEqualTo("ValueTooLarge at 1:1");
        // characters, not UTF-16 units: one emoji beyond 262,143 letters is 262,144 characters
        assertThat(errorOf("u\"" + "a".repeat(262_143) + "\\u{1F600}\"")).isEqualTo("no error");
        assertThat(errorOf("u\"" + "a".repeat(262_144) + "\\u{1F600}\"")).isEqualTo("ValueTooLarge at 1:1");
    }

    @Test
    void aSourceOverTheTransactionLimitIsRefusedBeforeItIsRead() {
        // a NUL first would be a lexer error: the size is checked before any lexing
        String over = "\0" + ";;".repeat(1_048_576);
        String atLimit = ";" + ";;".repeat(1_048_575) + ";";
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertThat(errorOf(over)).isEqualTo("ContractTooLarge at 1:1");
        });
        assertThat(atLimit).hasSize(2 * 1_048_576);
        assertThat(errorOf(atLimit)).isEqualTo("no error");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `(some `        | )
            `(list `        | )
            `{a: `          | }
            `(tuple (a `    | ))
            `(ok {a: `      | })
            """)
    void literalArgumentsNestAsDeepAsContractSource(String open, String close) {
        for (int depth = 1; depth <= 80; depth++) {
            String text = open.repeat(depth) + "u1" + close.repeat(depth);
            boolean contract = errorOf(text).equals("no error");
            boolean argument;
            try {
                Cl.parse(text);
                argument = true;
            } catch (IllegalArgumentException e) {
                assertThat(e).hasMessageContaining("ExpressionStackDepthTooDeep");
                argument = false;
            }
            assertThat(argument).as("%s nested %s deep", open, depth).isEqualTo(contract);
        }
    }

    @Test
    void aCrlfLineEndAfterACommentIsRefusedAsTheReferenceRefusesIt() {
        assertThat(errorOf(";; a comment\r\n(define-read-only (f) u1)\n")).isEqualTo("UnsupportedLineEnding at 1:13");
    }

    @Test
    void aMegabyteOfStrayCharactersGivesAHundredDiagnosticsEndingWithTheLast() {
        String source = "# ".repeat(500_000) + "\u00e9";
        ClarityError e = catchThrowableOfType(ClarityError.class, () -> parse(source));
        List<ClarityError> all = e.diagnostics();
        assertThat(all).hasSize(SourceParser.MAX_DIAGNOSTICS);
        assertThat(all.get(0).kind().name()).isEqualTo("UnknownSymbol");
        assertThat(all.get(all.size() - 1).span().start()).isEqualTo("1:1000001");
    }

    @Test
    void aReplacementCharacterEndsTheSourceAsItEndsTheReferencesLexer() {
        ClarityError e = catchThrowableOfType(ClarityError.class, () -> parse("(define-read-only (f) u1)\n\ufffd(junk é"));
        assertThat(e.diagnostics()).extracting(d -> d.kind().name() + " at " + d.span().start())
                .containsExactly("NonASCIIChar at 2:1");
    }

    @ParameterizedTest(name = "{0} ends with {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            4JI\uFFFD           | InvalidCharInt at 1:1
            4JI\uFFFDA          | InvalidCharInt at 1:1
            4JI\uFFFD\uFFFD     | NonASCIIChar at 1:5
            4JI\uFFFD\u00e9     | NonASCIIChar at 1:5
            4JI\uFFFD \uFFFD    | InvalidCharInt at 1:1
            (ok 1)\uFFFD\u00e9  | NonASCIIChar at 1:8
            """)
    void theReferencesLexerReadsOneCharacterPastTheReplacementCharacterThatEndsIt(String source, String last) {
        // oracle: the end-of-input token reads the next character, and reports it when it is not ASCII
        List<String> all = diagnosticsOf(source);
        assertThat(all.get(all.size() - 1)).isEqualTo(last);
    }

    @ParameterizedTest(name = "{0} reports {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `"ab\\tc\\4de`          | UnknownEscapeChar at 1:1
            `u"ab\\4de`             | UnknownEscapeChar at 1:1
            `u"ab\\u{zz}de`         | IllegalCharUTF8Encoding at 1:1
            `"ab\u00e9de`           | NonASCIIChar at 1:4, IllegalCharString at 1:1
            `"abde`                 | ExpectedClosing at 1:1
            """)
    void aStringLeftOpenReportsTheErrorInsideItInsteadOfTheMissingQuote(String source, String expected) {
        // oracle: the reference's lexer stops reading a string at its first error and skips the rest of the line
        assertThat(String.join(", ", diagnosticsOf(source))).isEqualTo(expected);
    }

    @Test
    void aStringLeftOpenAtALineEndWithAnUnknownEscapeReportsOnlyTheEscape() {
        assertThat(diagnosticsOf("(a \"ab\\4de\n(ok 1))")).containsExactly("UnknownEscapeChar at 1:4");
    }

    @ParameterizedTest(name = "{0} reports {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `(define-read-only (f) {a: 1)` | TupleCommaExpectedv2 at 1:28, UnexpectedToken at 1:28, ExpectedClosing at 1:23, ExpectedClosing at 1:1
            `{a: 1)`                       | TupleCommaExpectedv2 at 1:6, UnexpectedToken at 1:6, ExpectedClosing at 1:1
            `(a {a: 1 b: 2})`              | TupleCommaExpectedv2 at 1:10
            `(a {a: 1 : b: 2})`            | TupleCommaExpectedv2 at 1:10, UnexpectedToken at 1:10
            """)
    void aTupleMissingACommaGoesOnWithTheNextTokenAsAKey(String source, String expected) {
        // oracle: {a: 1) ends with "to match this '{'", (f {a: 1) with "to match this '('", {a: 1 b: 2} deploys after the comma error
        assertThat(String.join(", ", diagnosticsOf(source))).isEqualTo(expected);
    }
}

package io.clarity.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.syntax.SourceTokens.Kind;
import io.clarity.syntax.SourceTokens.Piece;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tokens a page highlights: put end to end they are the source, whatever the source is. */
class SourceTokensTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "(+ 1 2)", "(define-read-only (f) \"unterminated\n(ok u1))", "; single\n;; double ☃ 😀",
        "(ok \"é 😀\")\r\n", "0xabc 0xzz u12x 'SZ!! .a.b.c <t <tr> {a: 1,}", "\u0000\uFFFD)))((( #$%^&",
        "u\"é\" \"\\\"\" 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c.t"})
    void theTokensPutEndToEndAreTheSource(String source) {
        assertThat(SourceTokens.of(source).stream().map(Piece::text).collect(Collectors.joining())).isEqualTo(source);
    }

    @Test
    void namesOfTheLanguageAreKeywordsAndOthersAreNot() {
        List<Piece> pieces = SourceTokens.of(
                "(define-public (f (n uint)) ;; note\n  (begin (var-set v \"s\") (ok (+ n u1 -2 true none block-height 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM))))");
        assertThat(texts(pieces, Kind.KEYWORD)).containsExactly("define-public", "uint", "begin", "var-set", "ok", "+",
                "block-height");
        assertThat(texts(pieces, Kind.LITERAL)).containsExactly("u1", "-2", "true", "none",
                "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM");
        assertThat(texts(pieces, Kind.STRING)).containsExactly("\"s\"");
        assertThat(texts(pieces, Kind.COMMENT)).containsExactly(";; note");
        assertThat(texts(pieces, Kind.PLAIN)).contains("f", "n", "v").doesNotContain("begin");
    }

    private static List<String> texts(List<Piece> pieces, Kind kind) {
        return pieces.stream().filter(p -> p.kind() == kind).map(Piece::text).toList();
    }
}

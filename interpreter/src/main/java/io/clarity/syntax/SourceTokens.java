package io.clarity.syntax;

import io.clarity.grammar.ClarityLexer;
import io.clarity.version.ClarityVersion;
import io.clarity.vocabulary.DefineKind;
import io.clarity.vocabulary.NativeFunction;
import io.clarity.vocabulary.NativeVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * A contract's source cut into tokens for a person to read (syntax highlighting): the lexer's own
 * tokens, whitespace and comments included, so that their texts put end to end are the source.
 * A name is a {@link Kind#KEYWORD} when it is a define form, a native function or variable of
 * any Clarity version, or a type's name; {@code true}, {@code false} and {@code none} are
 * literals. Never fails: what the lexer does not recognise is {@link Kind#PLAIN}.
 */
public final class SourceTokens {

    /** What a token is, for its colour. */
    public enum Kind {
        KEYWORD, LITERAL, STRING, COMMENT, PLAIN
    }

    /** A token: its kind and its text (which may span lines only for whitespace). */
    public record Piece(Kind kind, String text) {
    }

    private static final Set<String> TYPE_NAMES = Set.of("int", "uint", "bool", "principal", "buff", "string-ascii",
            "string-utf8", "list", "optional", "response", "tuple");

    private static final Set<String> LITERAL_NAMES = Set.of("true", "false", "none");

    private SourceTokens() {
    }

    /** {@code source} as tokens, in order; their texts joined are {@code source}. */
    public static List<Piece> of(String source) {
        List<Piece> pieces = new ArrayList<>();
        ClarityLexer lexer = new ClarityLexer(new AsciiLookahead(CharStreams.fromString(source)));
        lexer.removeErrorListeners();
        int length = 0;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            String text = t.getText();
            pieces.add(new Piece(kind(t.getType(), text), text));
            length += text.length();
        }
        if (length < source.length()) {
            // the lexer stopped early (it should not): the rest is shown as it is
            pieces.add(new Piece(Kind.PLAIN, source.substring(length)));
        }
        return pieces;
    }

    private static Kind kind(int type, String text) {
        return switch (type) {
            case ClarityLexer.COMMENT -> Kind.COMMENT;
            case ClarityLexer.ASCII_STRING, ClarityLexer.UTF8_STRING, ClarityLexer.UNTERMINATED_STRING -> Kind.STRING;
            case ClarityLexer.INT, ClarityLexer.UINT, ClarityLexer.BUFFER, ClarityLexer.PRINCIPAL,
                 ClarityLexer.CONTRACT_PRINCIPAL, ClarityLexer.SUGARED_CONTRACT -> Kind.LITERAL;
            case ClarityLexer.IDENTIFIER, ClarityLexer.OPERATOR -> name(text);
            default -> Kind.PLAIN;
        };
    }

    private static Kind name(String text) {
        if (LITERAL_NAMES.contains(text)) {
            return Kind.LITERAL;
        }
        if (TYPE_NAMES.contains(text) || DefineKind.lookup(text) != null) {
            return Kind.KEYWORD;
        }
        for (ClarityVersion v : ClarityVersion.values()) {
            if (NativeFunction.lookup(text, v) != null || NativeVariable.lookup(text, v) != null) {
                return Kind.KEYWORD;
            }
        }
        return Kind.PLAIN;
    }
}

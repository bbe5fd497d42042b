package io.clarity.syntax;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.FieldExpr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.ast.TraitReferenceExpr;
import io.clarity.error.ClarityError;
import io.clarity.error.ParseErrorKind;
import io.clarity.error.Span;
import io.clarity.grammar.ClarityLexer;
import io.clarity.grammar.ClarityParser;
import io.clarity.value.C32;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.TraitIdentifier;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Source text to AST. Three passes, each linear or bounded by the nesting limit:
 * <ol>
 *   <li>the ANTLR lexer, then a scan of its tokens for malformed atoms and characters Clarity
 *       does not accept (the reference's lexer errors, all reported before parse errors);</li>
 *   <li>a scan of the brackets that rejects nesting beyond the epoch's limit, so that no later
 *       recursive pass can exhaust the Java stack;</li>
 *   <li>the ANTLR parser and a walk of its tree that validates atoms, requires whitespace between
 *       list items and expands sugar ({@code {a: 1}} becomes {@code (tuple (a 1))}, {@code .c}
 *       becomes {@code 'ISSUER.c}).</li>
 * </ol>
 * Like the reference's parser in the mode that developer tools use, it goes on after an error to
 * report the others: a malformed token stands in as a placeholder, a stray closing bracket or
 * separator is skipped, a missing comma between tuple pairs is supplied, and a list left open at
 * the end is closed. All the diagnostics are then thrown together, lexer errors first, the rest
 * in source order; each carries the reference's kind and a span. The AST check of nesting depth runs last, on a source that parsed.
 */
public final class SourceParser {

    private final String source;
    private final StandardPrincipalValue issuer;
    private final Epoch epoch;
    private List<Token> tokens;
    /** Lexer errors, in source order. */
    private final List<ClarityError> lexical = new ArrayList<>();
    /** Parser errors, each with where the parser met it, sorted into that order at the end. */
    private final List<Found> syntactic = new ArrayList<>();
    /** Errors of the AST checks, which run after the parse. */
    private final List<ClarityError> astChecks = new ArrayList<>();
    /** Indexes of malformed tokens that the parser reads as placeholders (left out of the AST). */
    private final BitSet placeholders = new BitSet();
    /** The AST builder of the current parse attempt. */
    private TreeBuilder builder;
    /** The token the last syntax error was about. */
    private Token offending;
    /** Whether the last syntax error was a tuple literal (rather than a list) left open at the end. */
    private boolean openTuple;
    /** How many times the parser may recover from a syntax error before it gives up. */
    private static final int MAX_RECOVERIES = 100;
    /** How many diagnostics a failed parse reports at most. */
    static final int MAX_DIAGNOSTICS = 100;

    /** A parser error and the place where the parser met it (the end of the input for a list left open). */
    private record Found(ClarityError error, int line, int column) {
    }

    private void found(ClarityError e, Token where) {
        if (where == null || where.getType() == Token.EOF) {
            syntactic.add(new Found(e, Integer.MAX_VALUE, syntactic.size()));
        } else {
            syntactic.add(foundAt(e, where));
        }
    }

    private static Found foundAt(ClarityError e, Token where) {
        return new Found(e, where.getLine(), where.getCharPositionInLine());
    }

    private SourceParser(String source, StandardPrincipalValue issuer, Epoch epoch) {
        this.source = source;
        this.issuer = issuer;
        this.epoch = epoch;
    }

    /**
     * Parses a contract or snippet. {@code issuer} is the account that {@code .name} principals
     * refer to (the deployer of the contract being parsed).
     */
    public static List<Expr> parse(String source, StandardPrincipalValue issuer, Epoch epoch) {
        return new SourceParser(source, issuer, epoch).run();
    }

    private List<Expr> run() {
        if (source.length() > Literals.MAX_SOURCE_LENGTH) {
            // before the lexer: within the limit every pass is linear, beyond it memory is not bounded
            throw ParseErrorKind.ContractTooLarge.error(source.length(), Literals.MAX_SOURCE_LENGTH)
                    .at(new Span(1, 1, 1, 1));
        }
        // the reference's lexer marks the end of its input with U+FFFD, so the first U+FFFD (a byte
        // that is not UTF-8 reads as one) ends the source there: what follows is never read
        int end = source.indexOf('\uFFFD');
        ClarityLexer lexer = new ClarityLexer(
                new AsciiLookahead(CharStreams.fromString(end < 0 ? source : source.substring(0, end))));
        lexer.removeErrorListeners();
        tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            // whitespace only separates: adjacency is read from character offsets, and the
            // tokens that are kept are half as many for a long list
            if (t.getType() != ClarityLexer.WHITESPACE) {
                ((CommonToken) t).setTokenIndex(tokens.size());
                tokens.add(t);
            }
            if (t.getType() == Token.EOF) {
                break;
            }
        }
        checkTokens();
        if (end >= 0) {
            endMarker(end);
        }
        ClarityError tooDeep = parserNesting();
        if (tooDeep != null) {
            // the reference's parser stops here, so that deep input cannot exhaust its stack
            atomErrorsBefore(tooDeep.span());
            syntactic.add(new Found(tooDeep, Integer.MAX_VALUE, 0));
            throw failure();
        }
        List<Expr> out = parseWithRecovery();
        if (lexical.isEmpty() && syntactic.isEmpty()) {
            astNesting();
        }
        if (!lexical.isEmpty() || !syntactic.isEmpty() || !astChecks.isEmpty()) {
            throw failure();
        }
        return out;
    }

    private ClarityError failure() {
        List<ClarityError> all = new ArrayList<>(lexical);
        List<Found> parsed = new ArrayList<>(syntactic);
        parsed.sort(Comparator.comparingInt(Found::line).thenComparingInt(Found::column));
        for (Found f : parsed) {
            all.add(f.error());
        }
        all.addAll(astChecks);
        if (all.size() > MAX_DIAGNOSTICS) {
            // a megabyte of stray characters is as many errors: keep the report readable and its size
            // bounded, and keep the last one, which is the one the reference's deploy reports
            List<ClarityError> kept = new ArrayList<>(all.subList(0, MAX_DIAGNOSTICS - 1));
            kept.add(all.get(all.size() - 1));
            all = kept;
        }
        return ClarityError.of(all);
    }

    /**
     * Parses the tokens; after a syntax error, skips a stray token or closes a list left open at
     * the end and parses again, until the parse succeeds or cannot be repaired. Returns the
     * top-level expressions, or an empty list when the parse failed.
     */
    private List<Expr> parseWithRecovery() {
        // placeholders stand in as identifiers; no pass after the token checks reads their type
        for (int i = placeholders.nextSetBit(0); i >= 0; i = placeholders.nextSetBit(i + 1)) {
            CommonToken t = (CommonToken) tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                t.setType(ClarityLexer.IDENTIFIER);
            }
        }
        for (int attempt = 0; ; attempt++) {
            ClarityParser parser = new ClarityParser(new CommonTokenStream(new ListTokenSource(tokens)));
            parser.removeErrorListeners();
            parser.setErrorHandler(new FailFast());
            // no parse tree: the AST is built as the parser goes, so memory holds the AST only
            parser.setBuildParseTree(false);
            builder = new TreeBuilder();
            parser.addParseListener(builder);
            try {
                parser.program();
            } catch (ClarityError syntax) {
                found(syntax, offending);
                if (attempt < MAX_RECOVERIES && recover(syntax)) {
                    continue;
                }
                atomErrorsBefore(syntax.span());
                return List.of();
            }
            syntactic.addAll(builder.errors);
            return builder.program();
        }
    }

    /** Repairs the token list after {@code syntax}, as the reference's parser goes on; false if it cannot. */
    private boolean recover(ClarityError syntax) {
        Token t = offending;
        if (t == null) {
            return false;
        }
        if (syntax.kind() == ParseErrorKind.UnexpectedToken && t.getType() != Token.EOF) {
            // the reference reports a stray token and skips it
            hide(t.getTokenIndex());
            return true;
        }
        if (syntax.kind() == ParseErrorKind.ExpectedClosing && t.getType() == Token.EOF) {
            // a list or tuple open at the end: the reference closes it and goes on
            insertBefore(t, openTuple ? ClarityLexer.RBRACE : ClarityLexer.RPAREN, openTuple ? "}" : ")");
            return true;
        }
        if (syntax.kind() == ParseErrorKind.TupleCommaExpectedv2 && t.getType() != Token.EOF) {
            // the reference goes on as if the comma were there: the token is the next key, or,
            // when it cannot start one (a ')' or ':'), a stray token it reports and skips
            insertBefore(t, ClarityLexer.COMMA, ",");
            if (t.getType() == ClarityLexer.RPAREN || t.getType() == ClarityLexer.COLON) {
                found(ParseErrorKind.UnexpectedToken.error(t.getText()).at(span(t)), t);
                hide(t.getTokenIndex());
            }
            return true;
        }
        return false;
    }

    /** Puts an empty token of {@code type} just before {@code t}, which stays where it is in the source. */
    private void insertBefore(Token t, int type, String text) {
        CommonToken inserted = new CommonToken(type, text);
        inserted.setLine(t.getLine());
        inserted.setCharPositionInLine(t.getCharPositionInLine());
        inserted.setStartIndex(t.getStartIndex());
        inserted.setStopIndex(t.getStartIndex() - 1);
        int at = t.getTokenIndex();
        tokens.add(at, inserted);
        for (int i = at; i < tokens.size(); i++) {
            ((CommonToken) tokens.get(i)).setTokenIndex(i);
        }
        // the placeholder marks are by token index: those after the new token move up by one
        BitSet moved = new BitSet();
        for (int i = placeholders.nextSetBit(0); i >= 0; i = placeholders.nextSetBit(i + 1)) {
            moved.set(i < at ? i : i + 1);
        }
        placeholders.clear();
        placeholders.or(moved);
    }

    /**
     * The NonASCIIChar of the U+FFFD at {@code end}, among the lexer errors where the reference
     * reports it: it reads a character ahead, so before the errors of a token that runs up to it.
     * Then the character after it, when it is not ASCII: the oracle (clarinet-sdk 3.21) reports
     * that one last, so a deploy of {@code 4JI} and two bytes that are not UTF-8 fails with
     * NonASCIIChar where {@code 4JI} and one such byte fails with InvalidCharInt.
     */
    private void endMarker(int end) {
        ClarityError marker = nonAscii('\uFFFD', pointAt(source, 1, 1, end));
        int at = lexical.size();
        Token last = tokens.size() > 1 ? tokens.get(tokens.size() - 2) : null;
        if (last != null && last.getStopIndex() == end - 1) {
            for (int i = 0; i < lexical.size(); i++) {
                ClarityError e = lexical.get(i);
                Span where = e.span();
                boolean inLast = where.startLine() > last.getLine()
                        || where.startLine() == last.getLine() && where.startColumn() > last.getCharPositionInLine();
                if (inLast && e.kind() != ParseErrorKind.NonASCIIChar) {
                    at = i;
                    break;
                }
            }
        }
        lexical.add(at, marker);
        // the reference's end-of-input token then reads one character more (a token's last read
        // goes past it), which is reported, after every other lexer error, when it is not ASCII
        if (end + 1 < source.length() && source.charAt(end + 1) > 0x7f) {
            lexical.add(nonAscii(source.codePointAt(end + 1), pointAt(source, 1, 1, end + 1)));
        }
    }

    private static ClarityError nonAscii(int codePoint, Span at) {
        return ParseErrorKind.NonASCIIChar.error(new String(Character.toChars(codePoint)), Integer.toHexString(codePoint))
                .at(at);
    }

    private void hide(int index) {
        ((CommonToken) tokens.get(index)).setChannel(Token.HIDDEN_CHANNEL);
    }

    // ---------------------------------------------------------------------------------------
    // Pass 1: lexical errors
    // ---------------------------------------------------------------------------------------

    private void checkTokens() {
        boolean sawCarriageReturn = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == Token.EOF) {
                break;
            }
            String text = t.getText();
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c > 0x7f) {
                    int cp = text.codePointAt(k);
                    lexical.add(nonAscii(cp, pointAt(t, k)));
                    k += Character.charCount(cp) - 1;
                }
            }
            ParseErrorKind kind = null;
            Object[] args = null;
            switch (t.getType()) {
                case ClarityLexer.BUFFER, ClarityLexer.ASCII_STRING, ClarityLexer.UTF8_STRING -> {
                    // the reference's lexer checks digit counts and escapes as it reads these
                    ClarityError bad = lexicalLiteralError(t);
                    if (bad != null) {
                        lexical.add(bad.at(span(t)));
                        placeholders.set(i);
                    }
                }
                case ClarityLexer.BAD_BUFFER -> {
                    kind = ParseErrorKind.InvalidCharBuffer;
                    args = new Object[] {firstBad(text, 2, "0123456789abcdefABCDEF"), text};
                }
                case ClarityLexer.BAD_UINT -> {
                    kind = ParseErrorKind.InvalidCharUint;
                    args = new Object[] {firstBad(text, 1, "0123456789"), text};
                }
                case ClarityLexer.BAD_INT -> {
                    kind = ParseErrorKind.InvalidCharInt;
                    args = new Object[] {firstBad(text, text.startsWith("-") ? 1 : 0, "0123456789"), text};
                }
                case ClarityLexer.BAD_IDENTIFIER -> {
                    kind = ParseErrorKind.InvalidCharIdent;
                    args = new Object[] {firstBad(text, 0, NAME_CHARS), text};
                }
                case ClarityLexer.BAD_PRINCIPAL -> {
                    kind = ParseErrorKind.InvalidCharPrincipal;
                    args = new Object[] {firstBad(text, 1, C32.ALPHABET), text};
                }
                case ClarityLexer.UNTERMINATED_STRING -> {
                    // the reference's lexer stops at a string's first error and skips the rest of
                    // the line, so a bad escape in it is reported and the missing quote is not
                    ClarityError bad = lexicalLiteralError(t);
                    if (bad != null) {
                        lexical.add(bad.at(span(t)));
                        placeholders.set(i);
                    } else {
                        kind = ParseErrorKind.ExpectedClosing;
                        args = new Object[] {"\"", "\""};
                    }
                }
                case ClarityLexer.UNCLOSED_TRAIT_REFERENCE -> {
                    kind = ParseErrorKind.ExpectedClosing;
                    args = new Object[] {"<", ">"};
                }
                case ClarityLexer.SINGLE_SEMICOLON -> {
                    // the reference reads it as a comment and goes on
                    kind = ParseErrorKind.SingleSemiColon;
                    hide(i);
                }
                case ClarityLexer.COMMENT -> {
                    // a comment ends at the newline, so the return of a CRLF line end is inside it
                    int cr = text.indexOf('\r');
                    if (cr >= 0 && !sawCarriageReturn) {
                        lexical.add(ParseErrorKind.UnsupportedLineEnding.error().at(pointAt(t, cr)));
                    }
                    sawCarriageReturn |= cr >= 0;
                }
                case ClarityLexer.CARRIAGE_RETURN -> {
                    // read as whitespace; the reference reports only the first one
                    if (!sawCarriageReturn) {
                        kind = ParseErrorKind.UnsupportedLineEnding;
                    }
                    sawCarriageReturn = true;
                    hide(i);
                }
                case ClarityLexer.UNKNOWN -> {
                    kind = ParseErrorKind.UnknownSymbol;
                    args = new Object[] {text};
                }
                case ClarityLexer.OPERATOR -> {
                    Token next = tokens.get(i + 1);
                    if (adjacent(t, next) && !isSeparatorStart(next)) {
                        kind = ParseErrorKind.ExpectedSeparator;
                        args = new Object[] {text};
                    }
                }
                case ClarityLexer.PRINCIPAL, ClarityLexer.CONTRACT_PRINCIPAL, ClarityLexer.SUGARED_CONTRACT -> {
                    Token next = tokens.get(i + 1);
                    if (adjacent(t, next) && next.getType() == ClarityLexer.DOT) {
                        boolean hasContract = t.getType() != ClarityLexer.PRINCIPAL;
                        boolean hasTrait = text.indexOf('.', text.indexOf('.') + 1) >= 0;
                        if (!hasContract) {
                            kind = ParseErrorKind.ExpectedContractIdentifier;
                        } else if (!hasTrait) {
                            kind = ParseErrorKind.ExpectedTraitIdentifier;
                            args = new Object[] {text};
                        }
                        if (kind != null) {
                            placeholders.set(i);
                            placeholders.set(i + 1);
                        }
                    }
                }
                default -> {
                }
            }
            if (kind != null) {
                lexical.add(kind.error(args == null ? new Object[0] : args).at(span(t)));
                if (isMalformed(t)) {
                    placeholders.set(i);
                }
            }
        }
    }

    private static final Set<ParseErrorKind> LEXICAL_LITERAL_KINDS = EnumSet.of(
            ParseErrorKind.InvalidBufferLength, ParseErrorKind.UnknownEscapeChar, ParseErrorKind.IllegalCharString,
            ParseErrorKind.IllegalCharUTF8Encoding, ParseErrorKind.UnterminatedUTF8Encoding,
            ParseErrorKind.EmptyUTF8Encoding, ParseErrorKind.InvalidUTF8Encoding);

    /** The lexer's error in a buffer or string literal (odd digits, bad escapes), or null. */
    private static ClarityError lexicalLiteralError(Token t) {
        String text = t.getText();
        try {
            switch (t.getType()) {
                case ClarityLexer.BUFFER -> Literals.parseBuffer(text.substring(2));
                case ClarityLexer.ASCII_STRING -> Literals.parseAsciiString(text.substring(1, text.length() - 1));
                case ClarityLexer.UNTERMINATED_STRING -> {
                    // no closing quote: the body is the rest of the token
                    if (text.startsWith("u")) {
                        Literals.parseUtf8String(text.substring(2));
                    } else {
                        Literals.parseAsciiString(text.substring(1));
                    }
                }
                default -> Literals.parseUtf8String(text.substring(2, text.length() - 1));
            }
        } catch (ClarityError e) {
            return e.kind() instanceof ParseErrorKind k && LEXICAL_LITERAL_KINDS.contains(k) ? e : null;
        }
        return null;
    }

    /** Tokens that stand for no well-formed atom: the parser reads them as placeholders. */
    private static boolean isMalformed(Token t) {
        return switch (t.getType()) {
            case ClarityLexer.BAD_BUFFER, ClarityLexer.BAD_UINT, ClarityLexer.BAD_INT, ClarityLexer.BAD_IDENTIFIER,
                 ClarityLexer.BAD_PRINCIPAL, ClarityLexer.UNTERMINATED_STRING, ClarityLexer.UNCLOSED_TRAIT_REFERENCE,
                 ClarityLexer.UNKNOWN -> true;
            default -> false;
        };
    }

    private static final String NAME_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_!?+<>=/*-";

    private static String firstBad(String text, int from, String allowed) {
        for (int i = from; i < text.length(); i++) {
            if (allowed.indexOf(text.charAt(i)) < 0) {
                return String.valueOf(text.charAt(i));
            }
        }
        return "";
    }

    private static boolean adjacent(Token a, Token b) {
        return b.getType() != Token.EOF && b.getStartIndex() == a.getStopIndex() + 1;
    }

    private static boolean isSeparatorStart(Token t) {
        return switch (t.getType()) {
            case ClarityLexer.LPAREN, ClarityLexer.RPAREN, ClarityLexer.LBRACE, ClarityLexer.RBRACE,
                 ClarityLexer.COLON, ClarityLexer.COMMA, ClarityLexer.DOT, ClarityLexer.SUGARED_CONTRACT,
                 ClarityLexer.WHITESPACE, ClarityLexer.COMMENT, ClarityLexer.SINGLE_SEMICOLON -> true;
            default -> false;
        };
    }

    // ---------------------------------------------------------------------------------------
    // Pass 2: nesting
    // ---------------------------------------------------------------------------------------

    /**
     * The reference's parser refuses input nested deeper than the nesting limit + 1, counting
     * {@code (} as one level and {@code {} as two (a tuple literal becomes a list of pairs), and
     * stops there. Null when the input stays within it.
     */
    private ClarityError parserNesting() {
        int limit = epoch.maxNestingDepth() + 1;
        int depth = 0;
        int[] weights = new int[limit + 2];
        int open = 0;
        for (Token t : tokens) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            switch (t.getType()) {
                case ClarityLexer.LPAREN, ClarityLexer.LBRACE -> {
                    int w = t.getType() == ClarityLexer.LPAREN ? 1 : 2;
                    if (depth + w > limit) {
                        return ParseErrorKind.ExpressionStackDepthTooDeep.error(epoch.maxNestingDepth() - 1,
                                epoch.maxCallStackDepth()).at(span(t));
                    }
                    depth += w;
                    weights[++open] = w;
                }
                case ClarityLexer.RPAREN, ClarityLexer.RBRACE -> {
                    if (open > 0) {
                        depth -= weights[open--];
                    }
                }
                default -> {
                }
            }
        }
        return null;
    }

    /**
     * The reference's AST check, run once the source has parsed: lists nested as deep as the
     * nesting limit (69, or 133 from epoch 3.4). The reference has a second check that counts
     * tuple literals as levels too (VaryExpressionStackDepthTooDeep), but within the parser's
     * limit, where a tuple counts two, it never fires on the oracle (conformance case
     * analysis-parse/parse.scn, tuple-outside-67).
     */
    private void astNesting() {
        int limit = epoch.maxNestingDepth();
        int listDepth = 0;
        int depth = 0;
        boolean[] isList = new boolean[limit * 2 + 4];
        for (Token t : tokens) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            switch (t.getType()) {
                case ClarityLexer.LPAREN, ClarityLexer.LBRACE -> {
                    boolean list = t.getType() == ClarityLexer.LPAREN;
                    depth++;
                    isList[depth] = list;
                    if (list && ++listDepth >= limit) {
                        astChecks.add(ParseErrorKind.ExpressionStackDepthTooDeep.error(limit - 1, epoch.maxCallStackDepth())
                                .at(span(t)));
                        return;
                    }
                }
                case ClarityLexer.RPAREN, ClarityLexer.RBRACE -> {
                    if (depth > 0) {
                        if (isList[depth]) {
                            listDepth--;
                        }
                        depth--;
                    }
                }
                default -> {
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Pass 3: syntax and AST
    // ---------------------------------------------------------------------------------------

    /** Stops at a syntax error with the reference's kind; {@link #recover(ClarityError)} decides how to go on. */
    private final class FailFast extends DefaultErrorStrategy {

        @Override
        public void reportError(Parser recognizer, RecognitionException e) {
            throw syntaxError(recognizer, e.getOffendingToken(), (ParserRuleContext) e.getCtx());
        }

        @Override
        public Token recoverInline(Parser recognizer) {
            throw syntaxError(recognizer, recognizer.getCurrentToken(), recognizer.getContext());
        }

        @Override
        public void recover(Parser recognizer, RecognitionException e) {
            throw syntaxError(recognizer, e.getOffendingToken(), (ParserRuleContext) e.getCtx());
        }

        @Override
        protected void reportUnwantedToken(Parser recognizer) {
            throw syntaxError(recognizer, recognizer.getCurrentToken(), recognizer.getContext());
        }

        @Override
        protected void reportMissingToken(Parser recognizer) {
            throw syntaxError(recognizer, recognizer.getCurrentToken(), recognizer.getContext());
        }
    }

    private ClarityError syntaxError(Parser parser, Token offending, ParserRuleContext ctx) {
        this.offending = offending;
        builder.stopped = true;
        IntervalSet expected = parser.getExpectedTokens();
        if (ctx instanceof ClarityParser.ExpressionContext value
                && value.getParent() instanceof ClarityParser.PairContext pair && pair.key != value) {
            return ParseErrorKind.TupleValueExpected.error(keyText(pair))
                    .at(span(offending.getType() == Token.EOF ? pair.getStart() : offending));
        }
        if (ctx instanceof ClarityParser.PairContext pair) {
            if (expected.contains(ClarityLexer.COLON)) {
                return ParseErrorKind.TupleColonExpectedv2.error(keyText(pair))
                        .at(span(offending.getType() == Token.EOF ? pair.getStart() : offending));
            }
            return ParseErrorKind.TupleValueExpected.error(keyText(pair))
                    .at(span(offending.getType() == Token.EOF ? pair.getStart() : offending));
        }
        if (offending.getType() == Token.EOF) {
            for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
                if (c instanceof ClarityParser.ListContext) {
                    openTuple = false;
                    return ParseErrorKind.ExpectedClosing.error("(", ")").at(span(c.getStart()));
                }
                if (c instanceof ClarityParser.TupleContext) {
                    openTuple = true;
                    return ParseErrorKind.ExpectedClosing.error("{", "}").at(span(c.getStart()));
                }
            }
        }
        if (ctx instanceof ClarityParser.TupleContext && builder.pairsRead() > 0
                && expected.contains(ClarityLexer.COMMA) && offending.getType() != ClarityLexer.COMMA) {
            return ParseErrorKind.TupleCommaExpectedv2.error().at(span(offending));
        }
        return ParseErrorKind.UnexpectedToken.error(offending.getText()).at(span(offending));
    }

    /** The source text of a pair's key (the parser builds no tree to take it from). */
    private String keyText(ClarityParser.PairContext pair) {
        if (pair.key == null || pair.key.getStart() == null) {
            return "";
        }
        Token start = pair.key.getStart();
        Token stop = pair.key.getStop();
        if (stop == null || stop.getStopIndex() < start.getStartIndex()) {
            return start.getText();
        }
        return source.substring(start.getStartIndex(), stop.getStopIndex() + 1);
    }

    /** Records the errors of the atoms before {@code at}, when the parse stopped there (with no tree to walk). */
    private void atomErrorsBefore(Span at) {
        for (Token t : tokens) {
            if (!isAtom(t) || t.getChannel() != Token.DEFAULT_CHANNEL || placeholders.get(t.getTokenIndex())) {
                continue;
            }
            Span s = span(t);
            if (at != null && (s.startLine() > at.startLine()
                    || (s.startLine() == at.startLine() && s.startColumn() >= at.startColumn()))) {
                break;
            }
            try {
                atom(t);
            } catch (ClarityError e) {
                found(e, t);
            }
        }
    }

    private static boolean isAtom(Token t) {
        return switch (t.getType()) {
            case ClarityLexer.INT, ClarityLexer.UINT, ClarityLexer.BUFFER, ClarityLexer.ASCII_STRING,
                 ClarityLexer.UTF8_STRING, ClarityLexer.PRINCIPAL, ClarityLexer.CONTRACT_PRINCIPAL,
                 ClarityLexer.SUGARED_CONTRACT, ClarityLexer.TRAIT_REFERENCE, ClarityLexer.IDENTIFIER,
                 ClarityLexer.OPERATOR -> true;
            default -> false;
        };
    }

    /**
     * Builds the AST from the parser's enter and exit events: the parser builds no tree, so only
     * the AST is kept, however long the source. A list or tuple being read is a frame of the
     * items read so far; a malformed atom (already reported) is left out.
     */
    private final class TreeBuilder implements ParseTreeListener {

        /** A list, a tuple or the program: its items so far. */
        private static final class Frame {
            final List<Expr> items = new ArrayList<>();
            /** The key and value of the pair being read (a tuple), null for a malformed one. */
            final List<Expr> pair = new ArrayList<>(2);
            final boolean list;
            final boolean tuple;
            int pairs;
            Token previousStop;

            Frame(boolean list, boolean tuple) {
                this.list = list;
                this.tuple = tuple;
            }
        }

        private final Deque<Frame> frames = new ArrayDeque<>();
        /** Errors of atoms and whitespace, kept only if this attempt parses to the end. */
        private final List<Found> errors = new ArrayList<>();
        /** The expression of the last rule that ended (null for a malformed atom). */
        private Expr last;
        /**
         * Set at a syntax error: the rules the error unwinds still end (the generated parser
         * exits them in finally blocks), and their partial contents are no AST.
         */
        private boolean stopped;

        TreeBuilder() {
            frames.push(new Frame(false, false));
        }

        List<Expr> program() {
            return frames.peekLast().items;
        }

        /** How many pairs the innermost tuple has read. */
        int pairsRead() {
            return frames.peek().pairs;
        }

        @Override
        public void enterEveryRule(ParserRuleContext ctx) {
            if (ctx instanceof ClarityParser.ListContext || ctx instanceof ClarityParser.TupleContext) {
                boolean list = ctx instanceof ClarityParser.ListContext;
                frames.push(new Frame(list, !list));
            }
        }

        @Override
        public void exitEveryRule(ParserRuleContext ctx) {
            if (stopped) {
                return;
            }
            if (ctx instanceof ClarityParser.AtomContext) {
                last = atomOrNull(ctx.getStart());
            } else if (ctx instanceof ClarityParser.ListContext) {
                last = new ListExpr(frames.pop().items, span(ctx.getStart(), ctx.getStop()));
            } else if (ctx instanceof ClarityParser.TupleContext) {
                Span whole = span(ctx.getStart(), ctx.getStop());
                List<Expr> items = frames.pop().items;
                items.add(0, new AtomExpr("tuple", whole));
                last = new ListExpr(items, whole);
            } else if (ctx instanceof ClarityParser.PairContext) {
                Frame tuple = frames.peek();
                Expr key = tuple.pair.get(0);
                Expr value = tuple.pair.get(1);
                if (key != null && value != null) {
                    tuple.items.add(new ListExpr(List.of(key, value), span(ctx.getStart(), ctx.getStop())));
                }
                tuple.pair.clear();
                tuple.pairs++;
            } else if (ctx instanceof ClarityParser.ExpressionContext) {
                item(ctx.getStart(), ctx.getStop());
            }
        }

        private void item(Token start, Token stop) {
            Frame frame = frames.peek();
            if (frame.tuple) {
                frame.pair.add(last);
                return;
            }
            if (frame.list && frame.previousStop != null && start.getStartIndex() == frame.previousStop.getStopIndex() + 1) {
                errors.add(foundAt(ParseErrorKind.ExpectedWhitespace.error().at(span(start, stop)), start));
            }
            if (last != null) {
                frame.items.add(last);
            }
            frame.previousStop = stop;
        }

        /** The atom, or null for a placeholder or a malformed atom (recorded). */
        private Expr atomOrNull(Token t) {
            if (placeholders.get(t.getTokenIndex())) {
                return null;
            }
            try {
                return atom(t);
            } catch (ClarityError err) {
                errors.add(foundAt(err, t));
                return null;
            }
        }

        @Override
        public void visitTerminal(TerminalNode node) {
        }

        @Override
        public void visitErrorNode(ErrorNode node) {
        }
    }

    private Expr atom(Token t) {
        Span span = span(t);
        String text = t.getText();
        try {
            return switch (t.getType()) {
                case ClarityLexer.INT -> new LiteralExpr(Literals.parseInt(text), span);
                case ClarityLexer.UINT -> new LiteralExpr(Literals.parseUInt(text.substring(1)), span);
                case ClarityLexer.BUFFER -> new LiteralExpr(Literals.parseBuffer(text.substring(2)), span);
                case ClarityLexer.ASCII_STRING ->
                        new LiteralExpr(Literals.parseAsciiString(text.substring(1, text.length() - 1)), span);
                case ClarityLexer.UTF8_STRING ->
                        new LiteralExpr(Literals.parseUtf8String(text.substring(2, text.length() - 1)), span);
                case ClarityLexer.PRINCIPAL ->
                        new LiteralExpr(Literals.parseStandardPrincipal(text.substring(1)), span);
                case ClarityLexer.CONTRACT_PRINCIPAL -> contractOrTrait(text.substring(1), null, span);
                case ClarityLexer.SUGARED_CONTRACT -> contractOrTrait(text.substring(1), issuer, span);
                case ClarityLexer.DOT -> throw ParseErrorKind.ExpectedContractIdentifier.error();
                case ClarityLexer.TRAIT_REFERENCE ->
                        new TraitReferenceExpr(Literals.checkName(text.substring(1, text.length() - 1)), span);
                case ClarityLexer.IDENTIFIER, ClarityLexer.OPERATOR -> new AtomExpr(Literals.checkName(text), span);
                default -> throw ParseErrorKind.UnexpectedToken.error(text);
            };
        } catch (ClarityError e) {
            throw e.at(span);
        } catch (NumberFormatException e) {
            throw ParseErrorKind.UnexpectedToken.error(text).at(span);
        }
    }

    /** {@code ISSUER.contract} or {@code ISSUER.contract.trait}; with a null issuer, the text starts with it. */
    private Expr contractOrTrait(String text, StandardPrincipalValue sugarIssuer, Span span) {
        String[] parts = text.split("\\.", -1);
        int i = 0;
        StandardPrincipalValue who = sugarIssuer;
        if (who == null) {
            who = Literals.parseStandardPrincipal(parts[i++]);
        }
        String contractName = Literals.checkContractName(parts[i++]);
        ContractPrincipalValue contract = new ContractPrincipalValue(who, contractName);
        if (i == parts.length) {
            return new LiteralExpr(contract, span);
        }
        String traitName = Literals.checkName(parts[i]);
        if (!Names.isValidName(traitName)) {
            throw ParseErrorKind.IllegalTraitName.error(traitName);
        }
        return new FieldExpr(new TraitIdentifier(contract, traitName), span);
    }

    private static Span span(Token t) {
        return span(t, t);
    }

    private static Span span(Token start, Token stop) {
        int line = start.getLine();
        int col = start.getCharPositionInLine() + 1;
        if (stop == null || stop.getType() == Token.EOF) {
            return new Span(line, col, line, col);
        }
        String text = stop.getText();
        int endLine = stop.getLine();
        int endCol = stop.getCharPositionInLine() + Math.max(1, text.length());
        int nl = text.lastIndexOf('\n');
        if (nl >= 0) {
            endLine += (int) text.chars().filter(ch -> ch == '\n').count();
            endCol = text.length() - nl - 1;
        }
        return new Span(line, col, endLine, endCol);
    }

    private static Span pointAt(Token t, int offsetInToken) {
        return pointAt(t.getText(), t.getLine(), t.getCharPositionInLine() + 1, offsetInToken);
    }

    /** The place of {@code text}'s character at {@code offset}, {@code text} starting at {@code line}:{@code col}. */
    private static Span pointAt(String text, int line, int col, int offset) {
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Span(line, col, line, col);
    }

    /** For tests and tools: the parse tree's text form. */
    static String tree(ParseTree tree, Parser parser) {
        return tree.toStringTree(parser);
    }
}

package io.clarity.syntax;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.FieldExpr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.ast.Span;
import io.clarity.ast.TraitReferenceExpr;
import io.clarity.error.ClarityError;
import io.clarity.error.ParseErrorKind;
import io.clarity.grammar.ClarityLexer;
import io.clarity.grammar.ClarityParser;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.TraitIdentifier;
import io.clarity.version.Epoch;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Source text to AST. Three passes, each linear or bounded by the nesting limit:
 * <ol>
 *   <li>the ANTLR lexer, then a scan of its tokens for malformed atoms and characters Clarity
 *       does not accept (the reference's lexer errors, all reported before parse errors);</li>
 *   <li>a scan of the brackets that rejects nesting beyond the epoch's limit, so that no later
 *       recursive pass can exhaust the Java stack;</li>
 *   <li>the ANTLR parser, failing fast on the first syntax error, and a walk of its tree that
 *       validates atoms, requires whitespace between list items and expands sugar
 *       ({@code {a: 1}} becomes {@code (tuple (a 1))}, {@code .c} becomes {@code 'ISSUER.c}).</li>
 * </ol>
 * Errors carry the reference's kind and a span.
 */
public final class SourceParser {

    private final String source;
    private final StandardPrincipalValue issuer;
    private final Epoch epoch;
    private List<Token> tokens;

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
        ClarityLexer lexer = new ClarityLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        tokens = stream.getTokens();
        checkTokens();
        checkNesting();
        ClarityParser parser = new ClarityParser(stream);
        parser.removeErrorListeners();
        parser.setErrorHandler(new FailFast());
        ClarityParser.ProgramContext program;
        try {
            program = parser.program();
        } catch (ClarityError syntax) {
            throw earliestAtomErrorBefore(syntax);
        }
        List<Expr> out = new ArrayList<>();
        for (ClarityParser.ExpressionContext e : program.expression()) {
            out.add(expression(e));
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------
    // Pass 1: lexical errors
    // ---------------------------------------------------------------------------------------

    private void checkTokens() {
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
                    throw ParseErrorKind.NonASCIIChar.error(new String(Character.toChars(cp)), Integer.toHexString(cp))
                            .at(pointAt(t, k));
                }
            }
            ParseErrorKind kind = null;
            Object[] args = null;
            switch (t.getType()) {
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
                    args = new Object[] {firstBad(text, 1, io.clarity.value.C32.ALPHABET), text};
                }
                case ClarityLexer.UNTERMINATED_STRING -> {
                    kind = ParseErrorKind.ExpectedClosing;
                    args = new Object[] {"\"", "\""};
                }
                case ClarityLexer.UNCLOSED_TRAIT_REFERENCE -> {
                    kind = ParseErrorKind.ExpectedClosing;
                    args = new Object[] {"<", ">"};
                }
                case ClarityLexer.SINGLE_SEMICOLON -> kind = ParseErrorKind.SingleSemiColon;
                case ClarityLexer.CARRIAGE_RETURN -> kind = ParseErrorKind.UnsupportedLineEnding;
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
                    }
                }
                default -> {
                }
            }
            if (kind != null) {
                throw kind.error(args == null ? new Object[0] : args).at(span(t));
            }
        }
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

    private void checkNesting() {
        // Lists and tuple literals nested 69 deep (133 from epoch 3.4) are refused, counting the
        // contents of the innermost one; the reference counts tuples in a second, separate check.
        int limit = epoch.maxNestingDepth();
        int depth = 0;
        int listDepth = 0;
        int[] kinds = new int[limit + 2];
        for (Token t : tokens) {
            switch (t.getType()) {
                case ClarityLexer.LPAREN, ClarityLexer.LBRACE -> {
                    boolean list = t.getType() == ClarityLexer.LPAREN;
                    depth++;
                    if (list) {
                        listDepth++;
                    }
                    if (depth >= limit) {
                        ParseErrorKind kind = listDepth >= limit
                                ? ParseErrorKind.ExpressionStackDepthTooDeep
                                : ParseErrorKind.VaryExpressionStackDepthTooDeep;
                        Object[] args = kind == ParseErrorKind.ExpressionStackDepthTooDeep
                                ? new Object[] {limit - 1, epoch.maxCallStackDepth()}
                                : new Object[] {limit - 1};
                        throw kind.error(args).at(span(t));
                    }
                    kinds[depth] = list ? 1 : 2;
                }
                case ClarityLexer.RPAREN, ClarityLexer.RBRACE -> {
                    if (depth > 0) {
                        if (kinds[depth] == 1) {
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

    /** Reports the first syntax error as the reference's kind, instead of recovering. */
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
        IntervalSet expected = parser.getExpectedTokens();
        if (ctx instanceof ClarityParser.ExpressionContext value
                && value.getParent() instanceof ClarityParser.PairContext pair && pair.key != value) {
            return ParseErrorKind.TupleValueExpected.error(pair.key == null ? "" : pair.key.getText())
                    .at(span(offending.getType() == Token.EOF ? pair.getStart() : offending));
        }
        if (ctx instanceof ClarityParser.PairContext pair) {
            if (expected.contains(ClarityLexer.COLON)) {
                return ParseErrorKind.TupleColonExpectedv2.error(pair.key == null ? "" : pair.key.getText())
                        .at(span(offending.getType() == Token.EOF ? pair.getStart() : offending));
            }
            return ParseErrorKind.TupleValueExpected.error(pair.key == null ? "" : pair.key.getText())
                    .at(span(offending.getType() == Token.EOF ? pair.getStart() : offending));
        }
        if (offending.getType() == Token.EOF) {
            for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
                if (c instanceof ClarityParser.ListContext) {
                    return ParseErrorKind.ExpectedClosing.error("(", ")").at(span(c.getStart()));
                }
                if (c instanceof ClarityParser.TupleContext) {
                    return ParseErrorKind.ExpectedClosing.error("{", "}").at(span(c.getStart()));
                }
            }
        }
        if (ctx instanceof ClarityParser.TupleContext tuple && !tuple.pair().isEmpty()
                && expected.contains(ClarityLexer.COMMA)) {
            return ParseErrorKind.TupleCommaExpectedv2.error().at(span(offending));
        }
        return ParseErrorKind.UnexpectedToken.error(offending.getText()).at(span(offending));
    }

    /** The reference reports parse errors in source order: an invalid atom before the syntax error wins. */
    private ClarityError earliestAtomErrorBefore(ClarityError syntax) {
        Span at = syntax.span();
        for (Token t : tokens) {
            if (!isAtom(t)) {
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
                return e;
            }
        }
        return syntax;
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

    private Expr expression(ClarityParser.ExpressionContext e) {
        if (e.list() != null) {
            return list(e.list());
        }
        if (e.tuple() != null) {
            return tuple(e.tuple());
        }
        return atom(((TerminalNode) e.atom().getChild(0)).getSymbol());
    }

    private Expr list(ClarityParser.ListContext ctx) {
        List<ClarityParser.ExpressionContext> children = ctx.expression();
        List<Expr> items = new ArrayList<>(children.size());
        Token previousStop = null;
        for (ClarityParser.ExpressionContext child : children) {
            if (previousStop != null && child.getStart().getTokenIndex() == previousStop.getTokenIndex() + 1) {
                throw ParseErrorKind.ExpectedWhitespace.error().at(span(child.getStart(), child.getStop()));
            }
            items.add(expression(child));
            previousStop = child.getStop();
        }
        return new ListExpr(items, span(ctx.getStart(), ctx.getStop()));
    }

    private Expr tuple(ClarityParser.TupleContext ctx) {
        Span whole = span(ctx.getStart(), ctx.getStop());
        List<Expr> items = new ArrayList<>();
        items.add(new AtomExpr("tuple", whole));
        for (ClarityParser.PairContext pair : ctx.pair()) {
            Expr key = expression(pair.key);
            Expr value = expression(pair.value);
            items.add(new ListExpr(List.of(key, value), span(pair.getStart(), pair.getStop())));
        }
        return new ListExpr(items, whole);
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
        if (!Literals.isValidName(traitName)) {
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
        String text = t.getText();
        int line = t.getLine();
        int col = t.getCharPositionInLine() + 1;
        for (int i = 0; i < offsetInToken; i++) {
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

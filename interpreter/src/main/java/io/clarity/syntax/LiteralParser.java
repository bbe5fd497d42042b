package io.clarity.syntax;

import io.clarity.error.ClarityError;
import io.clarity.error.ParseErrorKind;
import io.clarity.value.BoolValue;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.ErrValue;
import io.clarity.value.ListValue;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.SomeValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.TupleValue;
import io.clarity.value.Value;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Clarity literals of scenario arguments: {@code u1 -5 true 0xbeef "a" u"b" 'ST...
 * .contract (list ...) {a: u1} (tuple (a u1)) none (some x) (ok x) (err x)}, and a bare wallet
 * name as that wallet's principal. Expressions are not evaluated.
 */
public final class LiteralParser {

    private static final Pattern NAME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9_!?+<>=/*-]*");
    private static final Pattern CONTRACT_NAME = Pattern.compile("^[a-zA-Z]([a-zA-Z0-9]|[-_])*");
    private static final Pattern PRINCIPAL = Pattern.compile("^(S[0-9A-Z]+)(\\.([a-zA-Z]([a-zA-Z0-9]|[-_])*))?");
    private static final Pattern HEX = Pattern.compile("^0x([0-9a-fA-F]*)");
    private static final Pattern UINT = Pattern.compile("^u([0-9]+)");
    private static final Pattern INT = Pattern.compile("^-?[0-9]+");
    private static final Pattern WORD = Pattern.compile("^[^\\s(){},]+");
    /** A tuple literal counts two levels, as it does in the contract parser. */
    private static final int CURLY_WEIGHT = 2;
    /**
     * The contract parser's nesting limit before epoch 3.4 (the lower one): a value nested that
     * deep is far beyond the 32 levels of any type, so no argument needs more.
     */
    private static final int MAX_NESTING = Epoch.E2_0.maxNestingDepth();
    private static final int MAX_CALL_STACK_DEPTH = Epoch.E2_0.maxCallStackDepth();

    private final String s;
    private final Map<String, StandardPrincipalValue> wallets;
    private final Function<String, ContractPrincipalValue> contracts;
    private int i;
    /** Open brackets, {@code (} counting one and {@code {} two. */
    private int nesting;
    /** Open lists ({@code (} only). */
    private int lists;

    /** A malformed literal: the scenario step is rejected. */
    public static final class LiteralException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LiteralException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * {@code contracts} resolves the {@code .name} shorthand to a contract deployed in the
     * scenario (or the deployer's contract of that name).
     */
    public LiteralParser(String text, Map<String, StandardPrincipalValue> wallets,
                         Function<String, ContractPrincipalValue> contracts) {
        this.s = text;
        this.wallets = wallets;
        this.contracts = contracts;
    }

    private LiteralException fail(String message) {
        String near = s.substring(i, Math.min(s.length(), i + 30));
        return new LiteralException(message + (near.isEmpty() ? "" : " (near \"" + near + "\")"));
    }

    private void skipWhitespace() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    public boolean atEnd() {
        skipWhitespace();
        return i >= s.length();
    }

    /** The text not yet read. */
    public String rest() {
        return s.substring(i);
    }

    private void expectDelimiterAfterAtom() {
        if (i < s.length() && !isDelimiter(s.charAt(i))) {
            throw fail("unexpected character");
        }
    }

    private static boolean isDelimiter(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '{' || c == '}' || c == ',';
    }

    /**
     * Reads one value. Iterative, with an explicit stack of the forms still open, so that no
     * input can exhaust the Java stack; nesting stops where the contract parser stops it.
     */
    public Value value() {
        Deque<Composite> open = new ArrayDeque<>();
        Value v = startValue(open);
        while (true) {
            if (v != null) {
                if (open.isEmpty()) {
                    return v;
                }
                open.peek().accept(v);
            }
            Composite top = open.peek();
            v = top.advance();
            if (v != null) {
                open.pop();
                close(top.form == Form.CURLY ? CURLY_WEIGHT : 1, top.form != Form.CURLY);
            } else {
                // the form wants its next item
                v = startValue(open);
            }
        }
    }

    /** Reads an atom, or opens a form and pushes it onto {@code open} (then returns null). */
    private Value startValue(Deque<Composite> open) {
        skipWhitespace();
        if (i >= s.length()) {
            throw fail("expected a value");
        }
        char c = s.charAt(i);
        if (c == '(') {
            open.push(paren());
            return null;
        }
        if (c == '{') {
            i++;
            enter(CURLY_WEIGHT, false);
            open.push(new Composite(Form.CURLY, null));
            return null;
        }
        return atom();
    }

    private Value atom() {
        char c = s.charAt(i);
        try {
            if (c == '"') {
                return Literals.parseAsciiString(stringBody());
            }
            if (s.startsWith("u\"", i)) {
                i++;
                return Literals.parseUtf8String(stringBody());
            }
            if (c == '\'') {
                i++;
                return principal();
            }
            if (c == '.') {
                i++;
                Matcher m = at(CONTRACT_NAME);
                if (m == null) {
                    throw fail("expected a contract name after '.'");
                }
                i = m.end();
                expectDelimiterAfterAtom();
                return contracts.apply(m.group());
            }
            Matcher m = at(HEX);
            if (m != null) {
                if (m.group(1).length() % 2 != 0) {
                    throw fail("odd number of hex digits in buffer literal");
                }
                i = m.end();
                expectDelimiterAfterAtom();
                return Literals.parseBuffer(m.group(1).toLowerCase());
            }
            m = at(UINT);
            if (m != null) {
                i = m.end();
                expectDelimiterAfterAtom();
                return Literals.parseUInt(m.group(1));
            }
            m = at(INT);
            if (m != null) {
                i = m.end();
                expectDelimiterAfterAtom();
                return Literals.parseInt(m.group());
            }
        } catch (ClarityError e) {
            throw fail(e.getMessage());
        }
        Matcher w = at(WORD);
        String word = w != null ? w.group() : "";
        switch (word) {
            case "true", "false" -> {
                i += word.length();
                return BoolValue.of(word.equals("true"));
            }
            case "none" -> {
                i += word.length();
                return NoneValue.INSTANCE;
            }
            default -> {
                StandardPrincipalValue wallet = wallets.get(word);
                if (wallet != null) {
                    i += word.length();
                    return wallet;
                }
                throw fail("not a Clarity literal: \"" + word + "\"");
            }
        }
    }

    /** {@code p} matched at the current position, or null. */
    private Matcher at(Pattern p) {
        Matcher m = p.matcher(s).region(i, s.length());
        return m.lookingAt() ? m : null;
    }

    private Value principal() {
        Matcher m = at(PRINCIPAL);
        if (m == null) {
            throw fail("malformed principal literal");
        }
        i = m.end();
        expectDelimiterAfterAtom();
        StandardPrincipalValue issuer = StandardPrincipalValue.parse(m.group(1));
        if (issuer == null) {
            throw fail("invalid principal '" + m.group());
        }
        if (m.group(3) == null) {
            return issuer;
        }
        if (m.group(3).length() > Names.MAX_CONTRACT_NAME_LENGTH) {
            throw fail("invalid principal '" + m.group() + ": contract name too long");
        }
        return new ContractPrincipalValue(issuer, m.group(3));
    }

    /** The raw body of a string literal (escapes kept), after its closing quote. */
    private String stringBody() {
        int start = ++i;
        while (true) {
            if (i >= s.length()) {
                throw fail("unterminated string literal");
            }
            char c = s.charAt(i++);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                i++;
            }
        }
        String body = s.substring(start, i - 1);
        expectDelimiterAfterAtom();
        return body;
    }

    /** Reads {@code (head} and returns the form it opens. */
    private Composite paren() {
        i++;
        enter(1, true);
        skipWhitespace();
        Matcher m = at(NAME);
        String head = m != null ? m.group() : "";
        i += head.length();
        return switch (head) {
            case "list" -> new Composite(Form.LIST, null);
            case "some" -> new Composite(Form.WRAP, SomeValue::new);
            case "ok" -> new Composite(Form.WRAP, OkValue::new);
            case "err" -> new Composite(Form.WRAP, ErrValue::new);
            case "tuple" -> new Composite(Form.TUPLE, null);
            default -> throw fail("unsupported form (" + head + " ...): only literals (list/some/ok/err/tuple) are allowed as arguments");
        };
    }

    /**
     * One more level of nesting: {@code (} counts one and {@code {} two, and the limits are the
     * contract parser's (its pre-scan of brackets, then its check of list depth).
     */
    private void enter(int weight, boolean list) {
        nesting += weight;
        if (list) {
            lists++;
        }
        if (lists >= MAX_NESTING || nesting > MAX_NESTING + 1) {
            throw fail(ParseErrorKind.ExpressionStackDepthTooDeep.error(MAX_NESTING - 1, MAX_CALL_STACK_DEPTH).describe());
        }
    }

    private void close(int weight, boolean list) {
        nesting -= weight;
        if (list) {
            lists--;
        }
    }

    private String fieldName() {
        Matcher k = at(NAME);
        if (k == null) {
            throw fail("expected a tuple field name");
        }
        i = k.end();
        return k.group();
    }

    private boolean next(char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    /** The forms a literal can open. */
    private enum Form {
        /** {@code (list ...)}. */
        LIST,
        /** {@code (some x)}, {@code (ok x)}, {@code (err x)}. */
        WRAP,
        /** {@code (tuple (a x) ...)}. */
        TUPLE,
        /** {@code {a: x, ...}}. */
        CURLY
    }

    /** A form being read: what it holds so far, and where its reading stands. */
    private final class Composite {
        private final Form form;
        private final UnaryOperator<Value> wrap;
        private final List<Value> items = new ArrayList<>();
        private final TreeMap<String, Value> fields = new TreeMap<>();
        /** The field whose value is being read. */
        private String key;
        /** Whether an item was just accepted, so that what follows an item comes next. */
        private boolean afterItem;

        Composite(Form form, UnaryOperator<Value> wrap) {
            this.form = form;
            this.wrap = wrap;
        }

        void accept(Value v) {
            if (form == Form.TUPLE || form == Form.CURLY) {
                fields.put(key, v);
            } else {
                items.add(v);
            }
            afterItem = true;
        }

        /** The finished value once its closing bracket is read, or null when an item comes next. */
        Value advance() {
            skipWhitespace();
            return switch (form) {
                case LIST -> {
                    if (next(')')) {
                        i++;
                        yield new ListValue(items);
                    }
                    yield null;
                }
                case WRAP -> {
                    if (!afterItem) {
                        yield null;
                    }
                    if (!next(')')) {
                        throw fail("expected )");
                    }
                    i++;
                    yield wrap.apply(items.get(0));
                }
                case TUPLE -> advanceTuple();
                case CURLY -> advanceCurly();
            };
        }

        /** The tuple, when its closing bracket {@code closer} comes next; null otherwise. */
        private Value closedTuple(char closer) {
            if (!next(closer)) {
                return null;
            }
            i++;
            if (fields.isEmpty()) {
                throw fail("empty tuple");
            }
            return TupleValue.of(fields);
        }

        private void checkNewKey() {
            if (fields.containsKey(key)) {
                throw fail("duplicate tuple field " + key);
            }
        }

        private Value advanceTuple() {
            if (afterItem) {
                if (!next(')')) {
                    throw fail("expected ) after tuple field");
                }
                i++;
                close(1, true);
                afterItem = false;
                skipWhitespace();
            }
            Value tuple = closedTuple(')');
            if (tuple != null) {
                return tuple;
            }
            if (!next('(')) {
                throw fail("expected (name value) in tuple");
            }
            i++;
            enter(1, true);
            skipWhitespace();
            key = fieldName();
            checkNewKey();
            return null;
        }

        private Value advanceCurly() {
            if (afterItem) {
                if (next(',')) {
                    i++;
                }
                afterItem = false;
                skipWhitespace();
            }
            Value tuple = closedTuple('}');
            if (tuple != null) {
                return tuple;
            }
            key = fieldName();
            skipWhitespace();
            if (!next(':')) {
                throw fail("expected : after tuple field name");
            }
            i++;
            checkNewKey();
            return null;
        }
    }
}

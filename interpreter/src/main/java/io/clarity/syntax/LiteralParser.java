package io.clarity.syntax;

import io.clarity.error.ClarityError;
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
import io.clarity.vocabulary.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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

    private final String s;
    private final Map<String, StandardPrincipalValue> wallets;
    private final Function<String, ContractPrincipalValue> contracts;
    private int i;

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

    public Value value() {
        skipWhitespace();
        if (i >= s.length()) {
            throw fail("expected a value");
        }
        char c = s.charAt(i);
        String rest = s.substring(i);
        try {
            if (c == '(') {
                return paren();
            }
            if (c == '{') {
                return curlyTuple();
            }
            if (c == '"') {
                return Literals.parseAsciiString(stringBody());
            }
            if (rest.startsWith("u\"")) {
                i++;
                return Literals.parseUtf8String(stringBody());
            }
            if (c == '\'') {
                i++;
                return principal();
            }
            if (c == '.') {
                i++;
                Matcher m = CONTRACT_NAME.matcher(s.substring(i));
                if (!m.find()) {
                    throw fail("expected a contract name after '.'");
                }
                i += m.end();
                expectDelimiterAfterAtom();
                return contracts.apply(m.group());
            }
            Matcher m = HEX.matcher(rest);
            if (m.find()) {
                if (m.group(1).length() % 2 != 0) {
                    throw fail("odd number of hex digits in buffer literal");
                }
                i += m.end();
                expectDelimiterAfterAtom();
                return Literals.parseBuffer(m.group(1).toLowerCase());
            }
            m = UINT.matcher(rest);
            if (m.find()) {
                i += m.end();
                expectDelimiterAfterAtom();
                return Literals.parseUInt(m.group(1));
            }
            m = INT.matcher(rest);
            if (m.find()) {
                i += m.end();
                expectDelimiterAfterAtom();
                return Literals.parseInt(m.group());
            }
        } catch (ClarityError e) {
            throw fail(e.getMessage());
        }
        Matcher w = WORD.matcher(rest);
        String word = w.find() ? w.group() : "";
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

    private Value principal() {
        Matcher m = PRINCIPAL.matcher(s.substring(i));
        if (!m.find()) {
            throw fail("malformed principal literal");
        }
        i += m.end();
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

    private Value paren() {
        i++;
        skipWhitespace();
        Matcher m = NAME.matcher(s.substring(i));
        String head = m.find() ? m.group() : "";
        i += head.length();
        Value v;
        switch (head) {
            case "list" -> {
                List<Value> items = new ArrayList<>();
                while (true) {
                    skipWhitespace();
                    if (i < s.length() && s.charAt(i) == ')') {
                        break;
                    }
                    items.add(value());
                }
                v = new ListValue(items);
            }
            case "some" -> v = new SomeValue(value());
            case "ok" -> v = new OkValue(value());
            case "err" -> v = new ErrValue(value());
            case "tuple" -> {
                TreeMap<String, Value> fields = new TreeMap<>();
                while (true) {
                    skipWhitespace();
                    if (i < s.length() && s.charAt(i) == ')') {
                        break;
                    }
                    if (i >= s.length() || s.charAt(i) != '(') {
                        throw fail("expected (name value) in tuple");
                    }
                    i++;
                    skipWhitespace();
                    Matcher k = NAME.matcher(s.substring(i));
                    if (!k.find()) {
                        throw fail("expected a tuple field name");
                    }
                    i += k.end();
                    if (fields.containsKey(k.group())) {
                        throw fail("duplicate tuple field " + k.group());
                    }
                    fields.put(k.group(), value());
                    skipWhitespace();
                    if (i >= s.length() || s.charAt(i) != ')') {
                        throw fail("expected ) after tuple field");
                    }
                    i++;
                }
                if (fields.isEmpty()) {
                    throw fail("empty tuple");
                }
                v = TupleValue.of(fields);
            }
            default -> throw fail("unsupported form (" + head + " ...): only literals (list/some/ok/err/tuple) are allowed as arguments");
        }
        skipWhitespace();
        if (i >= s.length() || s.charAt(i) != ')') {
            throw fail("expected )");
        }
        i++;
        return v;
    }

    private Value curlyTuple() {
        i++;
        TreeMap<String, Value> fields = new TreeMap<>();
        while (true) {
            skipWhitespace();
            if (i < s.length() && s.charAt(i) == '}') {
                break;
            }
            Matcher k = NAME.matcher(s.substring(i));
            if (!k.find()) {
                throw fail("expected a tuple field name");
            }
            i += k.end();
            skipWhitespace();
            if (i >= s.length() || s.charAt(i) != ':') {
                throw fail("expected : after tuple field name");
            }
            i++;
            if (fields.containsKey(k.group())) {
                throw fail("duplicate tuple field " + k.group());
            }
            fields.put(k.group(), value());
            skipWhitespace();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
            }
        }
        i++;
        if (fields.isEmpty()) {
            throw fail("empty tuple");
        }
        return TupleValue.of(fields);
    }
}

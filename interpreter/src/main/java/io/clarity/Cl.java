package io.clarity;

import io.clarity.chain.Accounts;
import io.clarity.syntax.LiteralParser;
import io.clarity.value.AsciiStringValue;
import io.clarity.value.BoolValue;
import io.clarity.value.BufferValue;
import io.clarity.value.Bytes;
import io.clarity.value.ConsensusCodec;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.ErrValue;
import io.clarity.value.IntValue;
import io.clarity.value.ListValue;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.SomeValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.TupleValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Utf8StringValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.Names;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Builds Clarity values, in the spelling of the {@code Cl} helpers of {@code @stacks/transactions}
 * so that clarinet-sdk tests translate line by line: {@code Cl.uint(5)}, {@code Cl.stringAscii("hi")},
 * {@code Cl.tuple(Map.of("balance", Cl.uint(0)))}, {@code Cl.ok(Cl.bool(true))},
 * {@code Cl.error(Cl.uint(1))}, {@code Cl.serialize(v)}. Every name of 7.4.0's {@code Cl} is here
 * with its meaning (a test compares the lists), and one is spelled otherwise: a signed integer is
 * {@link #integer} ({@code int} is a Java keyword). The shorter {@link #ascii}, {@link #utf8} and
 * {@link #err} are kept beside {@code stringAscii}, {@code stringUtf8} and {@code error}.
 * {@link #parse} reads a value from Clarity literal text. Every value prints as the Clarity VM
 * prints it ({@link #prettyPrint}). Out-of-range input throws {@link IllegalArgumentException}.
 */
public final class Cl {

    private Cl() {
    }

    /** {@code u5}. */
    public static UIntValue uint(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a uint cannot be negative: " + value);
        }
        return UIntValue.of(value);
    }

    /** A uint of up to 128 bits. */
    public static UIntValue uint(BigInteger value) {
        try {
            return UIntValue.of(value);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** {@code -5}: Clarity's {@code int} ({@code Cl.int} in JavaScript). */
    public static IntValue integer(long value) {
        return IntValue.of(value);
    }

    /** An int of up to 128 bits. */
    public static IntValue integer(BigInteger value) {
        try {
            return IntValue.of(value);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static BoolValue bool(boolean value) {
        return BoolValue.of(value);
    }

    /**
     * A principal written as in a clarinet-sdk test, by the rule {@link Simnet} reads principals
     * with (on a chain of the standard accounts): a standard account's name as in Devnet.toml
     * ({@code "wallet_1"}), an address ({@code "ST1..."}) or a contract id ({@code "ST1....escrow"}),
     * each with or without the quote, or a contract of the deployer written {@code ".escrow"} or
     * {@code "escrow"}. The SDK's {@code Cl.principal} takes only addresses and contract ids.
     */
    public static PrincipalValue principal(String address) {
        String a = address.strip();
        a = a.startsWith("'") ? a.substring(1) : a;
        StandardPrincipalValue account = Accounts.standard().get(a);
        if (account != null) {
            return account;
        }
        if (a.startsWith(".")) {
            return contractPrincipal(Accounts.deployer().address() + a);
        }
        if (a.contains(".")) {
            return contractPrincipal(a);
        }
        StandardPrincipalValue p = StandardPrincipalValue.parse(a);
        if (p != null) {
            return p;
        }
        if (a.matches("S[0-9A-Z]{27,}")) {
            // shaped like an address: a mistyped one must not pass for a contract's name
            throw new IllegalArgumentException("not a valid address: " + address);
        }
        if (ContractPrincipalValue.isValidName(a)) {
            return new ContractPrincipalValue(Accounts.deployer(), a);
        }
        throw new IllegalArgumentException("not an account, an address or a contract: " + address + " (accounts: "
                + String.join(", ", Accounts.standard().keySet()) + ")");
    }

    /** The SDK's other name for {@link #principal}. */
    public static PrincipalValue address(String address) {
        return principal(address);
    }

    /** An account's principal. */
    public static StandardPrincipalValue standardPrincipal(String address) {
        StandardPrincipalValue p = StandardPrincipalValue.parse(address);
        if (p == null) {
            throw new IllegalArgumentException("not a valid address: " + address);
        }
        return p;
    }

    /** {@code 'ST....name}, from {@code ST....name}. */
    public static ContractPrincipalValue contractPrincipal(String id) {
        ContractPrincipalValue p = ContractPrincipalValue.parse(id);
        if (p == null) {
            throw new IllegalArgumentException("not a valid contract identifier: " + id);
        }
        return p;
    }

    /** {@code 'address.name}. */
    public static ContractPrincipalValue contractPrincipal(String address, String name) {
        return contractPrincipal(address + "." + name);
    }

    /** A {@code string-ascii}; only printable ASCII, tab, newline and carriage return are allowed. */
    public static AsciiStringValue ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!AsciiStringValue.isAllowed(text.charAt(i))) {
                throw new IllegalArgumentException("not allowed in a string-ascii: character " + (int) text.charAt(i)
                        + " at index " + i + " (use Cl.utf8)");
            }
        }
        return new AsciiStringValue(text);
    }

    /** The SDK's name for {@link #ascii}. */
    public static AsciiStringValue stringAscii(String text) {
        return ascii(text);
    }

    /** A {@code string-utf8}. */
    public static Utf8StringValue utf8(String text) {
        return new Utf8StringValue(text);
    }

    /** The SDK's name for {@link #utf8}. */
    public static Utf8StringValue stringUtf8(String text) {
        return utf8(text);
    }

    /** A buffer holding a copy of {@code bytes}. */
    public static BufferValue buffer(byte[] bytes) {
        return new BufferValue(Bytes.of(bytes));
    }

    /** A buffer from hex digits, with or without {@code 0x}. */
    public static BufferValue bufferFromHex(String hex) {
        String h = hex.startsWith("0x") ? hex.substring(2) : hex;
        try {
            return new BufferValue(Bytes.fromHex(h));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a hex buffer: " + hex, e);
        }
    }

    /** A buffer holding the ASCII bytes of {@code text}. */
    public static BufferValue bufferFromAscii(String text) {
        return new BufferValue(Bytes.wrap(ascii(text).value().getBytes(StandardCharsets.US_ASCII)));
    }

    /** A buffer holding the UTF-8 bytes of {@code text}. */
    public static BufferValue bufferFromUtf8(String text) {
        return new BufferValue(Bytes.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static ListValue list(Value... items) {
        return new ListValue(List.of(items));
    }

    public static ListValue list(List<? extends Value> items) {
        return new ListValue(List.copyOf(items));
    }

    /** {@code { a: u1, b: "x" }}; fields in any order, at least one. */
    public static TupleValue tuple(Map<String, ? extends Value> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a tuple needs at least one field");
        }
        for (String name : fields.keySet()) {
            if (!Names.isValidName(name)) {
                throw new IllegalArgumentException("not a valid tuple field name: \"" + name + "\"");
            }
        }
        return TupleValue.of(fields);
    }

    public static SomeValue some(Value value) {
        return new SomeValue(value);
    }

    public static NoneValue none() {
        return NoneValue.INSTANCE;
    }

    public static OkValue ok(Value value) {
        return new OkValue(value);
    }

    public static ErrValue err(Value value) {
        return new ErrValue(value);
    }

    /** The SDK's name for {@link #err}: {@code (err value)}. */
    public static ErrValue error(Value value) {
        return err(value);
    }

    /** The value's consensus serialization (SIP-005), as hex digits without {@code 0x}, as the SDK's {@code Cl.serialize}. */
    public static String serialize(Value value) {
        return Bytes.wrap(ConsensusCodec.encode(value)).toHex();
    }

    /**
     * The value a consensus serialization holds: hex digits, with or without {@code 0x}.
     *
     * @throws IllegalArgumentException when the text is not hex or does not hold exactly one value
     */
    public static Value deserialize(String hex) {
        String h = hex.startsWith("0x") ? hex.substring(2) : hex;
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(h);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not hex digits: " + hex, e);
        }
        return deserialize(bytes);
    }

    /** The value the serialized {@code bytes} hold; see {@link #deserialize(String)}. */
    public static Value deserialize(byte[] bytes) {
        try {
            return ConsensusCodec.decode(bytes);
        } catch (ConsensusCodec.DecodeException e) {
            throw new IllegalArgumentException("not a serialized Clarity value: " + e.getMessage(), e);
        }
    }

    /**
     * A value from its Clarity literal text: {@code u1}, {@code -5}, {@code true}, {@code 0xbeef},
     * {@code "a"}, {@code u"b"}, {@code 'ST...}, {@code .contract} (the deployer's), a standard
     * account name ({@code wallet_1}), {@code (list ...)}, {@code { a: u1 }}, {@code (tuple (a u1))},
     * {@code none}, {@code (some x)}, {@code (ok x)}, {@code (err x)}. Expressions are not evaluated.
     */
    public static Value parse(String literal) {
        StandardPrincipalValue deployer = Accounts.deployer();
        LiteralParser p = new LiteralParser(literal, Accounts.standard(), name -> new ContractPrincipalValue(deployer, name));
        try {
            Value v = p.value();
            if (!p.atEnd()) {
                throw new IllegalArgumentException("unexpected text after the value: \"" + p.rest().strip() + "\"");
            }
            return v;
        } catch (LiteralParser.LiteralException e) {
            throw new IllegalArgumentException("not a Clarity literal: " + e.getMessage(), e);
        }
    }

    /** The value as the Clarity VM prints it ({@code { balance: u0 }}, {@code (some 'ST...)}). */
    public static String prettyPrint(Value value) {
        return value.toString();
    }

    /**
     * The value printed with lists and tuples spread over lines, indented by {@code space} spaces
     * a level, as the SDK's {@code Cl.prettyPrint(value, space)}; 0 prints it on one line.
     */
    public static String prettyPrint(Value value, int space) {
        if (space < 0) {
            throw new IllegalArgumentException("space cannot be negative: " + space);
        }
        return space == 0 ? value.toString() : Indented.print(value, space, 0);
    }

    /** The SDK's other name for {@link #prettyPrint(Value)}. */
    public static String stringify(Value value) {
        return prettyPrint(value);
    }

    /** The SDK's other name for {@link #prettyPrint(Value, int)}. */
    public static String stringify(Value value, int space) {
        return prettyPrint(value, space);
    }

    /** The SDK's layout for a given indentation: one item a line, the closing bracket on a line of its own. */
    private static final class Indented {

        private Indented() {
        }

        static String print(Value v, int space, int depth) {
            if (v instanceof ListValue l) {
                return l.items().isEmpty() ? "(list)" : "(list" + items(l.items().stream()
                        .map(i -> print(i, space, depth + 1)).toList(), "", space, depth + 1) + ")";
            }
            if (v instanceof TupleValue t) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < t.names().size(); i++) {
                    fields.add(t.names().get(i) + ": " + print(t.values().get(i), space, depth + 1));
                }
                return "{" + items(fields, ",", space, depth + 1) + "}";
            }
            if (v instanceof SomeValue s) {
                return "(some " + print(s.value(), space, depth) + ")";
            }
            if (v instanceof OkValue o) {
                return "(ok " + print(o.inner(), space, depth) + ")";
            }
            if (v instanceof ErrValue e) {
                return "(err " + print(e.inner(), space, depth) + ")";
            }
            return v.toString();
        }

        private static String items(List<String> items, String separator, int space, int depth) {
            String before = "\n" + " ".repeat(space * depth);
            return before + String.join(separator + before, items) + "\n" + " ".repeat(space * (depth - 1));
        }
    }
}

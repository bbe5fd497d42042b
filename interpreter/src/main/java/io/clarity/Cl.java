package io.clarity;

import io.clarity.chain.Accounts;
import io.clarity.syntax.LiteralParser;
import io.clarity.value.AsciiStringValue;
import io.clarity.value.BoolValue;
import io.clarity.value.BufferValue;
import io.clarity.value.Bytes;
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
import java.util.List;
import java.util.Map;

/**
 * Builds Clarity values, in the spelling of the {@code Cl} helpers of {@code @stacks/transactions}
 * so that clarinet-sdk tests translate line by line: {@code Cl.uint(5)}, {@code Cl.ascii("hi")},
 * {@code Cl.tuple(Map.of("balance", Cl.uint(0)))}, {@code Cl.ok(Cl.bool(true))}. The one
 * difference: a signed integer is {@link #integer} ({@code int} is a Java keyword).
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
     * {@code 'ST...} or {@code 'ST....contract}, from the address with or without its quote, or
     * the principal of a standard account named as in Devnet.toml ({@code "wallet_1"}).
     */
    public static PrincipalValue principal(String address) {
        String a = address.startsWith("'") ? address.substring(1) : address;
        StandardPrincipalValue account = Accounts.standard().get(a);
        if (account != null) {
            return account;
        }
        return a.contains(".") ? contractPrincipal(a) : standardPrincipal(a);
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

    /** A {@code string-utf8}. */
    public static Utf8StringValue utf8(String text) {
        return new Utf8StringValue(text);
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
}

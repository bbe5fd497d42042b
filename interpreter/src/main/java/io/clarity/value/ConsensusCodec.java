package io.clarity.value;

import io.clarity.error.ClarityError;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.Names;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The consensus serialization of Clarity values (SIP-005), both ways, byte for byte as the
 * reference writes and reads it: a type prefix byte, then the payload (16 big-endian bytes for
 * integers, a big-endian u32 length before buffers, strings, lists and tuples, a one-byte length
 * before contract and tuple-field names, tuple fields in name order).
 *
 * <p>Reading follows the reference's rules for malformed input: any defect (unknown prefix,
 * truncation, leftover bytes, a length or name out of bounds, an invalid character, a value the
 * expected type does not admit) makes the whole input unreadable. One defect is singled out, a
 * standard principal version of 32 or more ({@link Failure#UNEXPECTED_SERIALIZATION}), because
 * {@code from-consensus-buff?} aborts on it before epoch 3.4. Reading against an expected type
 * also follows the reference's epoch rules: from epoch 2.4 tuple fields the type does not declare
 * are dropped ("sanitized") and values may nest 32 levels deep, before it a tuple must have
 * exactly the declared number of fields and values nest 16 levels deep at most.
 */
public final class ConsensusCodec {

    private static final int INT = 0;
    private static final int UINT = 1;
    private static final int BUFFER = 2;
    private static final int TRUE = 3;
    private static final int FALSE = 4;
    private static final int STANDARD_PRINCIPAL = 5;
    private static final int CONTRACT_PRINCIPAL = 6;
    private static final int OK = 7;
    private static final int ERR = 8;
    private static final int NONE = 9;
    private static final int SOME = 10;
    private static final int LIST = 11;
    private static final int TUPLE = 12;
    private static final int STRING_ASCII = 13;
    private static final int STRING_UTF8 = 14;

    /** The longest contract or tuple-field name the format carries. */
    /** Nesting allowed while reading, with and without sanitization (the reference's limits). */
    private static final int SANITIZED_DEPTH = Types.MAX_TYPE_DEPTH;
    private static final int UNSANITIZED_DEPTH = 16;

    private ConsensusCodec() {
    }

    /** Why an input could not be read. */
    public enum Failure {
        /** The bytes are not a well-formed serialization (or hold bytes after the value). */
        MALFORMED,
        /** Well-formed, but not a value of the expected type. */
        NOT_OF_EXPECTED_TYPE,
        /** A principal with a version of 32 or more: the reference's UnexpectedSerialization. */
        UNEXPECTED_SERIALIZATION
    }

    /** An input that could not be read, and why. */
    public static final class DecodeException extends Exception {

        private static final long serialVersionUID = 1L;

        private final Failure failure;

        DecodeException(Failure failure, String message) {
            super(message, null, false, false);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    // ---------------------------------------------------------------------------------------
    // Writing
    // ---------------------------------------------------------------------------------------

    /** The serialization of {@code v}. */
    public static byte[] encode(Value v) {
        Writer w = new Writer(encodedLength(v));
        write(v, w);
        return w.data;
    }

    /** The number of bytes {@link #encode} produces for {@code v}. */
    public static int encodedLength(Value v) {
        long n = length(v);
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("value too large to serialize");
        }
        return (int) n;
    }

    /**
     * The number of bytes {@link #encode} would produce for {@code v}, computed without encoding it
     * (the reference's {@code serialized_size}, which storage and size-based costs count).
     */
    public static long length(Value v) {
        if (v instanceof IntValue || v instanceof UIntValue) {
            return 17;
        } else if (v instanceof BoolValue || v instanceof NoneValue) {
            return 1;
        } else if (v instanceof BufferValue b) {
            return 5L + b.length();
        } else if (v instanceof AsciiStringValue s) {
            return 5L + s.length();
        } else if (v instanceof Utf8StringValue s) {
            return 5L + s.utf8Length();
        } else if (v instanceof StandardPrincipalValue) {
            return 22;
        } else if (v instanceof ContractPrincipalValue c) {
            return 23L + c.name().length();
        } else if (v instanceof CallableValue c) {
            return 23L + c.contract().name().length();
        } else if (v instanceof SomeValue s) {
            return 1 + length(s.value());
        } else if (v instanceof ResponseValue r) {
            return 1 + length(r.inner());
        } else if (v instanceof ListValue l) {
            long n = 5;
            for (Value item : l.items()) {
                n += length(item);
            }
            return n;
        } else if (v instanceof TupleValue t) {
            long n = 5;
            for (int i = 0; i < t.names().size(); i++) {
                n += 1 + t.names().get(i).length() + length(t.values().get(i));
            }
            return n;
        }
        throw new IllegalStateException("unknown value " + v.getClass());
    }

    private static void write(Value v, Writer w) {
        if (v instanceof IntValue i) {
            w.byte1(INT);
            w.long8(i.hi());
            w.long8(i.lo());
        } else if (v instanceof UIntValue u) {
            w.byte1(UINT);
            w.long8(u.hi());
            w.long8(u.lo());
        } else if (v instanceof BoolValue b) {
            w.byte1(b.value() ? TRUE : FALSE);
        } else if (v instanceof BufferValue b) {
            w.byte1(BUFFER);
            w.int4(b.length());
            w.bytes(b.bytes().unsafeArray());
        } else if (v instanceof AsciiStringValue s) {
            w.byte1(STRING_ASCII);
            w.int4(s.length());
            w.ascii(s.value());
        } else if (v instanceof Utf8StringValue s) {
            byte[] utf8 = s.value().getBytes(StandardCharsets.UTF_8);
            w.byte1(STRING_UTF8);
            w.int4(utf8.length);
            w.bytes(utf8);
        } else if (v instanceof StandardPrincipalValue p) {
            w.byte1(STANDARD_PRINCIPAL);
            writeIssuer(p, w);
        } else if (v instanceof ContractPrincipalValue c) {
            writeContract(c, w);
        } else if (v instanceof CallableValue c) {
            writeContract(c.contract(), w);
        } else if (v instanceof NoneValue) {
            w.byte1(NONE);
        } else if (v instanceof SomeValue s) {
            w.byte1(SOME);
            write(s.value(), w);
        } else if (v instanceof ResponseValue r) {
            w.byte1(r.isOk() ? OK : ERR);
            write(r.inner(), w);
        } else if (v instanceof ListValue l) {
            w.byte1(LIST);
            w.int4(l.length());
            for (Value item : l.items()) {
                write(item, w);
            }
        } else if (v instanceof TupleValue t) {
            w.byte1(TUPLE);
            w.int4(t.names().size());
            for (int i = 0; i < t.names().size(); i++) {
                String name = t.names().get(i);
                w.byte1(name.length());
                w.ascii(name);
                write(t.values().get(i), w);
            }
        } else {
            throw new IllegalStateException("unknown value " + v.getClass());
        }
    }

    private static void writeContract(ContractPrincipalValue c, Writer w) {
        w.byte1(CONTRACT_PRINCIPAL);
        writeIssuer(c.issuer(), w);
        w.byte1(c.name().length());
        w.ascii(c.name());
    }

    private static void writeIssuer(StandardPrincipalValue p, Writer w) {
        w.byte1(p.version());
        w.bytes(p.hash().unsafeArray());
    }

    /** A fixed-size output: every value's length is known before it is written. */
    private static final class Writer {
        final byte[] data;
        int pos;

        Writer(int length) {
            data = new byte[length];
        }

        void byte1(int b) {
            data[pos++] = (byte) b;
        }

        void int4(int v) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                data[pos++] = (byte) (v >>> shift);
            }
        }

        void long8(long v) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                data[pos++] = (byte) (v >>> shift);
            }
        }

        void bytes(byte[] b) {
            System.arraycopy(b, 0, data, pos, b.length);
            pos += b.length;
        }

        /** Clarity names and ASCII strings hold one byte per char. */
        void ascii(String s) {
            for (int i = 0; i < s.length(); i++) {
                data[pos++] = (byte) s.charAt(i);
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Reading
    // ---------------------------------------------------------------------------------------

    /**
     * Reads a value of any type (no sanitization); the input must hold exactly one value. For
     * tools such as the REPL's {@code ::decode}.
     */
    public static Value decode(byte[] data) throws DecodeException {
        return new Reader(data, false).readExactly(null);
    }

    /**
     * Reads back a value that {@link #encode} wrote for the chain's own storage (a saved chain),
     * exactly as it was: no expected type, no sanitization, and nesting as deep as a type may
     * (values a contract stored can be deeper than an untyped read of the reference allows).
     */
    public static Value decodeStored(byte[] data) throws DecodeException {
        return new Reader(data, false, SANITIZED_DEPTH).readExactly(null);
    }

    /**
     * Reads a value of type {@code expected} with the rules of {@code epoch}, as
     * {@code from-consensus-buff?} does; the input must hold exactly one value. A value read this
     * way is admitted by {@code expected}: every part is checked against its expected type while
     * it is read.
     */
    public static Value decode(byte[] data, TypeSignature expected, Epoch epoch) throws DecodeException {
        // the reference's value_sanitizing gate: epoch 2.4
        return new Reader(data, epoch.atLeast(Epoch.E2_4)).readExactly(expected);
    }

    /** One pass over an input; recursion is bounded by the nesting limit. */
    private static final class Reader {
        private final byte[] data;
        private final boolean sanitize;
        private final int maxDepth;
        private int pos;

        Reader(byte[] data, boolean sanitize) {
            this(data, sanitize, sanitize ? SANITIZED_DEPTH : UNSANITIZED_DEPTH);
        }

        Reader(byte[] data, boolean sanitize, int maxDepth) {
            this.data = data;
            this.sanitize = sanitize;
            this.maxDepth = maxDepth;
        }

        Value readExactly(TypeSignature expected) throws DecodeException {
            Value v = read(expected, 1);
            if (pos != data.length) {
                throw malformed("bytes left over after the value");
            }
            return v;
        }

        /**
         * Reads one value; {@code expected} is null when any type goes (an untyped read, or a tuple
         * field being sanitized away). {@code depth} counts the containers open around it, plus one.
         */
        private Value read(TypeSignature expected, int depth) throws DecodeException {
            if (depth > maxDepth) {
                throw malformed("values nested too deeply");
            }
            int prefix = u8();
            return switch (prefix) {
                case INT -> {
                    expect(expected, expected instanceof TypeSignature.IntType);
                    yield new IntValue(long8(), long8());
                }
                case UINT -> {
                    expect(expected, expected instanceof TypeSignature.UIntType);
                    yield new UIntValue(long8(), long8());
                }
                case BUFFER -> {
                    int len = length("a buffer longer than the maximum");
                    expect(expected, expected instanceof BufferType b && len <= b.maxLength());
                    yield new BufferValue(Bytes.wrap(take(len)));
                }
                case TRUE, FALSE -> {
                    expect(expected, expected instanceof TypeSignature.BoolType);
                    yield BoolValue.of(prefix == TRUE);
                }
                case STANDARD_PRINCIPAL -> {
                    expect(expected, expected instanceof TypeSignature.PrincipalType);
                    yield issuer();
                }
                case CONTRACT_PRINCIPAL -> {
                    expect(expected, expected instanceof TypeSignature.PrincipalType);
                    StandardPrincipalValue issuer = issuer();
                    yield new ContractPrincipalValue(issuer, contractName());
                }
                case OK, ERR -> {
                    TypeSignature inner = null;
                    if (expected != null) {
                        if (!(expected instanceof ResponseType r)) {
                            throw notExpected(expected);
                        }
                        inner = prefix == OK ? r.ok() : r.err();
                    }
                    Value v = wrapped(read(inner, depth + 1), expected);
                    yield prefix == OK ? new OkValue(v) : new ErrValue(v);
                }
                case NONE -> {
                    expect(expected, expected instanceof OptionalType);
                    yield NoneValue.INSTANCE;
                }
                case SOME -> {
                    TypeSignature inner = null;
                    if (expected != null) {
                        if (!(expected instanceof OptionalType o)) {
                            throw notExpected(expected);
                        }
                        inner = o.inner();
                    }
                    yield new SomeValue(wrapped(read(inner, depth + 1), expected));
                }
                case LIST -> list(expected, depth);
                case TUPLE -> tuple(expected, depth);
                case STRING_ASCII -> {
                    int len = length("a string longer than the maximum");
                    expect(expected, expected instanceof StringAsciiType s && len <= s.maxLength());
                    byte[] bytes = take(len);
                    for (byte b : bytes) {
                        if (!AsciiStringValue.isAllowed(b)) {
                            throw malformed("a string-ascii holds a byte that is not printable ASCII");
                        }
                    }
                    yield new AsciiStringValue(new String(bytes, StandardCharsets.ISO_8859_1));
                }
                case STRING_UTF8 -> {
                    String s = utf8(take(length("a string longer than the maximum")));
                    Utf8StringValue v = new Utf8StringValue(s);
                    int chars = v.length();
                    if (chars > Types.MAX_UTF8_LENGTH) {
                        throw malformed("a string-utf8 longer than the maximum");
                    }
                    expect(expected, expected instanceof StringUtf8Type t && chars <= t.maxLength());
                    yield v;
                }
                default -> throw malformed("unknown type prefix " + prefix);
            };
        }

        private Value list(TypeSignature expected, int depth) throws DecodeException {
            int len = length("a list longer than the maximum");
            TypeSignature element = null;
            if (expected != null) {
                if (!(expected instanceof ListType l) || len > l.maxLength()) {
                    throw notExpected(expected);
                }
                element = l.elementType();
            }
            List<Value> items = new ArrayList<>(Math.min(len, data.length - pos));
            for (int i = 0; i < len; i++) {
                items.add(read(element, depth + 1));
            }
            if (expected == null) {
                // an untyped list must still have one item type that fits the size limit
                List<TypeSignature> types = new ArrayList<>(items.size());
                for (Value item : items) {
                    types.add(ValueTypes.typeOf(item));
                }
                try {
                    Types.parentListType(types);
                } catch (ClarityError e) {
                    throw malformed("the items of a list have no common type");
                }
            }
            return new ListValue(items);
        }

        private Value tuple(TypeSignature expected, int depth) throws DecodeException {
            int len = length("a tuple with more fields than the maximum");
            TupleType type = null;
            if (expected != null) {
                if (!(expected instanceof TupleType t)) {
                    throw notExpected(expected);
                }
                type = t;
                // sanitizing reads drop undeclared fields, so there may be more than declared
                int declared = t.names().size();
                if (sanitize ? len < declared : len != declared) {
                    throw notExpected(expected);
                }
            }
            if (len == 0) {
                throw malformed("a tuple needs at least one field");
            }
            TreeMap<String, Value> fields = new TreeMap<>();
            int kept = 0;
            boolean repeated = false;
            for (int i = 0; i < len; i++) {
                String name = clarityName();
                TypeSignature fieldType = null;
                boolean drop = false;
                if (type != null) {
                    fieldType = type.field(name);
                    if (fieldType == null) {
                        if (!sanitize) {
                            throw notExpected(expected);
                        }
                        drop = true;
                    }
                }
                Value v = read(fieldType, depth + 1);
                if (drop) {
                    continue;
                }
                kept++;
                repeated |= fields.put(name, v) != null;
            }
            if (type != null) {
                // a repeated field of a typed tuple: the reference (before epoch 4.1) keeps the
                // last value, and the count check passes when another declared field is missing
                if (kept != type.names().size()) {
                    throw notExpected(expected);
                }
                return TupleValue.of(fields);
            }
            if (repeated) {
                throw malformed("a field appears twice in a tuple");
            }
            TreeMap<String, TypeSignature> types = new TreeMap<>();
            fields.forEach((name, v) -> types.put(name, ValueTypes.typeOf(v)));
            try {
                Types.tuple(types);
            } catch (ClarityError e) {
                throw malformed("a tuple beyond the size or depth limits");
            }
            return TupleValue.of(fields);
        }

        /** The reference re-checks the size and depth limits when it wraps an untyped value. */
        private static Value wrapped(Value v, TypeSignature expected) throws DecodeException {
            if (expected == null) {
                TypeSignature t = ValueTypes.typeOf(v);
                if (Types.size(t) + Types.WRAPPER_VALUE_SIZE > Types.MAX_VALUE_SIZE
                        || Types.depth(t) + 1 > Types.MAX_TYPE_DEPTH) {
                    throw malformed("a wrapped value is too large or too deep");
                }
            }
            return v;
        }

        private StandardPrincipalValue issuer() throws DecodeException {
            int version = u8();
            byte[] hash = take(20);
            if (version >= 32) {
                throw new DecodeException(Failure.UNEXPECTED_SERIALIZATION,
                        "a principal version must be below 32 but is " + version);
            }
            return new StandardPrincipalValue(version, Bytes.wrap(hash));
        }

        /** A contract name: a letter then letters, digits, '-' or '_' (128 at most), or __transient. */
        private String contractName() throws DecodeException {
            String name = name();
            boolean valid = name.equals("__transient");
            if (!valid && !name.isEmpty() && isLetter(name.charAt(0))) {
                valid = true;
                for (int i = 1; i < name.length() && valid; i++) {
                    char c = name.charAt(i);
                    valid = isLetter(c) || isDigit(c) || c == '-' || c == '_';
                }
            }
            if (!valid) {
                throw malformed("invalid contract name");
            }
            return name;
        }

        /** A tuple field name: a Clarity name such as {@code a}, {@code is-ok?}, {@code +} or {@code <=}. */
        private String clarityName() throws DecodeException {
            String name = name();
            if (!Names.isValidName(name)) {
                throw malformed("invalid field name");
            }
            return name;
        }

        private String name() throws DecodeException {
            int len = u8();
            if (len > Names.MAX_NAME_LENGTH) {
                throw malformed("a name longer than 128 bytes");
            }
            return utf8(take(len));
        }

        private static boolean isLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static String utf8(byte[] bytes) throws DecodeException {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                throw malformed("invalid UTF-8");
            }
        }

        /** A length or count: at most the maximum value size. */
        private int length(String tooLong) throws DecodeException {
            long len = u32();
            if (len > Types.MAX_VALUE_SIZE) {
                throw malformed(tooLong);
            }
            return (int) len;
        }

        private static void expect(TypeSignature expected, boolean matches) throws DecodeException {
            if (expected != null && !matches) {
                throw notExpected(expected);
            }
        }

        private static DecodeException notExpected(TypeSignature expected) {
            return new DecodeException(Failure.NOT_OF_EXPECTED_TYPE, "not a value of type " + expected);
        }

        private static DecodeException malformed(String why) {
            return new DecodeException(Failure.MALFORMED, why);
        }

        private int u8() throws DecodeException {
            need(1);
            return data[pos++] & 0xff;
        }

        private long u32() throws DecodeException {
            return bigEndian(4);
        }

        private long long8() throws DecodeException {
            return bigEndian(8);
        }

        private long bigEndian(int bytes) throws DecodeException {
            need(bytes);
            long v = 0;
            for (int i = 0; i < bytes; i++) {
                v = (v << 8) | (data[pos++] & 0xff);
            }
            return v;
        }

        private byte[] take(int n) throws DecodeException {
            need(n);
            byte[] out = Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return out;
        }

        private void need(int n) throws DecodeException {
            if (data.length - pos < n) {
                throw malformed("the input ends in the middle of a value");
            }
        }
    }
}

package io.clarity.syntax;

import io.clarity.error.CheckErrorKind;
import io.clarity.error.ParseErrorKind;
import io.clarity.value.AsciiStringValue;
import io.clarity.value.BufferValue;
import io.clarity.value.Bytes;
import io.clarity.value.C32;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.IntValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.Types;
import io.clarity.value.UIntValue;
import io.clarity.value.Utf8StringValue;
import io.clarity.vocabulary.Names;
import java.math.BigInteger;

/**
 * Turns the text of literal tokens into values, with the reference's rules and error kinds:
 * 128-bit ranges, string escapes, buffer digits, c32check principals and name limits. Shared by
 * the contract parser and the scenario argument parser.
 */
public final class Literals {

    /** A {@code string-utf8} holds at most this many characters (MAX_VALUE_SIZE / 4: each takes up to 4 bytes). */
    public static final int MAX_UTF8_LENGTH = Types.MAX_VALUE_SIZE / 4;
    /** The longest source, in characters: a deploy transaction is at most 2 MiB (MAX_TRANSACTION_LEN). */
    public static final int MAX_SOURCE_LENGTH = 2 * 1_048_576;
    /** 2^128 - 1 and -2^127 have 39 decimal digits: a longer number cannot fit in 128 bits. */
    private static final int MAX_INTEGER_DIGITS = 39;

    private Literals() {
    }

    /** {@code -12}, {@code 34}: a signed 128-bit integer. */
    public static IntValue parseInt(String text) {
        boolean negative = text.startsWith("-");
        String digits = significantDigits(text, negative ? 1 : 0);
        // checked before BigInteger, whose decimal parsing is quadratic in the number of digits
        if (digits.length() > MAX_INTEGER_DIGITS) {
            throw ParseErrorKind.FailedParsingIntValue.error(abbreviate(text));
        }
        BigInteger v = new BigInteger(negative ? "-" + digits : digits);
        if (v.compareTo(IntValue.MIN) < 0 || v.compareTo(IntValue.MAX) > 0) {
            throw ParseErrorKind.FailedParsingIntValue.error(abbreviate(text));
        }
        return IntValue.of(v);
    }

    /** The digits of {@code u34}, without the {@code u}: an unsigned 128-bit integer. */
    public static UIntValue parseUInt(String digits) {
        String significant = significantDigits(digits, 0);
        if (significant.length() > MAX_INTEGER_DIGITS) {
            throw ParseErrorKind.FailedParsingUIntValue.error(abbreviate(digits));
        }
        BigInteger v = new BigInteger(significant);
        if (v.compareTo(UIntValue.MAX) > 0) {
            throw ParseErrorKind.FailedParsingUIntValue.error(abbreviate(digits));
        }
        return UIntValue.of(v);
    }

    /** The digits of {@code text} from {@code from} on, without leading zeros (the reference reads them). */
    private static String significantDigits(String text, int from) {
        int start = from;
        while (start < text.length() - 1 && text.charAt(start) == '0') {
            start++;
        }
        return text.substring(start);
    }

    /** A literal or name too long to quote whole in a message: its start and its length. */
    public static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 40) + "... (" + text.length() + " characters)";
    }

    /** The hex digits after {@code 0x}. */
    public static BufferValue parseBuffer(String hex) {
        if (hex.length() % 2 != 0) {
            throw ParseErrorKind.InvalidBufferLength.error(hex, hex.length());
        }
        if (hex.length() / 2 > Types.MAX_VALUE_SIZE) {
            throw ParseErrorKind.InvalidBuffer.error("0x" + hex.substring(0, 16) + "...");
        }
        return new BufferValue(Bytes.fromHex(hex));
    }

    /**
     * The body of an ASCII string literal (between the quotes), with its escapes resolved; the
     * result must hold only characters Clarity admits in ASCII strings.
     */
    public static AsciiStringValue parseAsciiString(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                char e = body.charAt(++i);
                out.append(simpleEscape(e, false));
            } else if (c > 0x7e) {
                throw ParseErrorKind.IllegalCharString.error(c);
            } else {
                out.append(c);
            }
        }
        String s = out.toString();
        for (int i = 0; i < s.length(); i++) {
            if (!AsciiStringValue.isAllowed(s.charAt(i))) {
                throw ParseErrorKind.IllegalASCIIString.error(describeChar(s.charAt(i)));
            }
        }
        if (s.length() > Types.MAX_VALUE_SIZE) {
            throw ParseErrorKind.IllegalASCIIString.error("longer than " + Types.MAX_VALUE_SIZE + " bytes");
        }
        return new AsciiStringValue(s);
    }

    /** The body of a {@code u"..."} literal, with escapes (including {@code \\u{HEX}}) resolved. */
    public static Utf8StringValue parseUtf8String(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            if (e != 'u') {
                out.append(simpleEscape(e, true));
                continue;
            }
            if (i + 1 >= body.length() || body.charAt(i + 1) != '{') {
                throw ParseErrorKind.UnterminatedUTF8Encoding.error();
            }
            int start = i + 2;
            int j = start;
            while (j < body.length() && body.charAt(j) != '}') {
                char h = body.charAt(j);
                if (Character.digit(h, 16) < 0) {
                    throw ParseErrorKind.IllegalCharUTF8Encoding.error(h);
                }
                j++;
            }
            if (j >= body.length()) {
                throw ParseErrorKind.UnterminatedUTF8Encoding.error();
            }
            String hex = body.substring(start, j);
            if (hex.isEmpty()) {
                throw ParseErrorKind.EmptyUTF8Encoding.error();
            }
            long cp = hex.length() > 8 ? -1 : Long.parseLong(hex, 16);
            if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                throw ParseErrorKind.InvalidUTF8Encoding.error(hex);
            }
            out.appendCodePoint((int) cp);
            i = j;
        }
        // the reference's parser builds the value unchecked and its analysis then fails (the
        // oracle: "Too large of a buffer successfully constructed"); the limit is ValueTooLarge
        if (out.length() > MAX_UTF8_LENGTH && out.codePointCount(0, out.length()) > MAX_UTF8_LENGTH) {
            throw CheckErrorKind.ValueTooLarge.error();
        }
        return new Utf8StringValue(out.toString());
    }

    private static char simpleEscape(char e, boolean utf8) {
        return switch (e) {
            case '\\' -> '\\';
            case '"' -> '"';
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case '0' -> '\0';
            default -> throw ParseErrorKind.UnknownEscapeChar.error(e, utf8 ? " \\u{...}" : "");
        };
    }

    /** A standard principal from its address text (without the quote). */
    public static StandardPrincipalValue parseStandardPrincipal(String address) {
        StandardPrincipalValue p = StandardPrincipalValue.parse(address);
        if (p == null) {
            throw ParseErrorKind.InvalidPrincipalLiteral.error(address, whyInvalid(address));
        }
        return p;
    }

    private static String whyInvalid(String address) {
        if (address.length() <= 5 || address.charAt(0) != 'S') {
            return "an address is 'S', a version character and at least four more c32 characters";
        }
        String data = address.substring(2);
        for (char c : data.toCharArray()) {
            if (C32.ALPHABET.indexOf(c) < 0) {
                return "'" + c + "' is not a c32 character";
            }
        }
        return "the checksum does not match, or the address does not hold a 20-byte hash";
    }

    /** Validates a contract name taken from a principal literal. */
    public static String checkContractName(String name) {
        if (name.length() > Names.MAX_CONTRACT_NAME_LENGTH) {
            throw ParseErrorKind.ContractNameTooLong.error(name);
        }
        if (!ContractPrincipalValue.isValidName(name)) {
            throw ParseErrorKind.IllegalContractName.error(name);
        }
        return name;
    }

    /** Validates a name (identifier or trait name): its characters were checked by the lexer. */
    public static String checkName(String name) {
        if (name.length() > Names.MAX_NAME_LENGTH) {
            throw ParseErrorKind.NameTooLong.error(name.substring(0, 20), name.length());
        }
        return name;
    }

    static String describeChar(char c) {
        return c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : "'" + c + "'";
    }
}

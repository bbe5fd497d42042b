package io.clarity.value;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * c32check, the encoding of Stacks addresses: {@code 'S'}, one c32 character for the version,
 * then the c32 encoding of the 20-byte hash followed by a 4-byte checksum (the first four bytes
 * of a double SHA-256 of version and hash).
 */
public final class C32 {

    /** Crockford's base-32 alphabet, as Stacks uses it. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private C32() {
    }

    /** The address of a version (0 to 31) and a 20-byte hash, e.g. {@code ST1PQ...}. */
    public static String encodeAddress(int version, Bytes hash160) {
        if (version < 0 || version >= 32) {
            throw new IllegalArgumentException("c32 version out of range: " + version);
        }
        byte[] payload = new byte[hash160.length() + 4];
        System.arraycopy(hash160.unsafeArray(), 0, payload, 0, hash160.length());
        System.arraycopy(checksum(version, hash160.unsafeArray()), 0, payload, hash160.length(), 4);
        return "S" + ALPHABET.charAt(version) + encode(payload);
    }

    /**
     * Decodes an address ({@code S} + version + c32 data) into version and 20-byte hash, verifying
     * the checksum; returns null when the text is not a valid address.
     */
    public static Decoded decodeAddress(String address) {
        return decodeAddress(address, true);
    }

    /**
     * {@link #decodeAddress} without the checksum's two SHA-256s, for the addresses built into the
     * interpreter (the standard accounts, which a test decodes with it): a run that prints no
     * other address then never loads the JDK's security providers.
     */
    public static Decoded decodeKnownAddress(String address) {
        return decodeAddress(address, false);
    }

    private static Decoded decodeAddress(String address, boolean verify) {
        if (address.length() <= 5 || address.charAt(0) != 'S') {
            return null;
        }
        int version = ALPHABET.indexOf(address.charAt(1));
        if (version < 0) {
            return null;
        }
        byte[] data = decode(address.substring(2));
        if (data == null || data.length != 24) {
            return null;
        }
        byte[] hash = Arrays.copyOf(data, 20);
        if (verify) {
            byte[] sum = checksum(version, hash);
            for (int i = 0; i < 4; i++) {
                if (sum[i] != data[20 + i]) {
                    return null;
                }
            }
        }
        return new Decoded(version, Bytes.wrap(hash), "S" + ALPHABET.charAt(version) + encode(data));
    }

    /** A decoded address: its version, its hash and its canonical text (as encodeAddress gives it). */
    public record Decoded(int version, Bytes hash, String address) {
    }

    /**
     * The JDK's SHA-256: every address the chain starts with is checked, and BouncyCastle's
     * registrar (with java.util.logging behind it) cost a deploy a tenth of its start-up.
     */
    private static byte[] checksum(int version, byte[] hash) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        d.update((byte) version);
        d.update(hash);
        return Arrays.copyOf(d.digest(d.digest()), 4);
    }

    /** c32 encoding of bytes, keeping one '0' per leading zero byte (as c32check does). */
    static String encode(byte[] data) {
        StringBuilder out = new StringBuilder();
        int carry = 0;
        int carryBits = 0;
        for (int i = data.length - 1; i >= 0; i--) {
            carry |= (data[i] & 0xff) << carryBits;
            carryBits += 8;
            while (carryBits >= 5) {
                out.append(ALPHABET.charAt(carry & 0x1f));
                carry >>>= 5;
                carryBits -= 5;
            }
        }
        if (carryBits > 0) {
            out.append(ALPHABET.charAt(carry & 0x1f));
        }
        // drop the zero digits produced by the top of the number, then restore one per zero byte
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '0') {
            end--;
        }
        out.setLength(end);
        for (byte b : data) {
            if (b != 0) {
                break;
            }
            out.append('0');
        }
        return out.reverse().toString();
    }

    /** Inverse of {@link #encode}; null on a character outside the alphabet. */
    static byte[] decode(String text) {
        ByteArrayOutputStream rev = new ByteArrayOutputStream();
        int carry = 0;
        int carryBits = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            int v = ALPHABET.indexOf(text.charAt(i));
            if (v < 0) {
                return null;
            }
            carry |= v << carryBits;
            carryBits += 5;
            if (carryBits >= 8) {
                rev.write(carry & 0xff);
                carry >>>= 8;
                carryBits -= 8;
            }
        }
        if (carryBits > 0 && carry != 0) {
            rev.write(carry & 0xff);
        }
        byte[] r = rev.toByteArray();
        // strip the zero bytes produced by the top, then restore one per leading '0' digit
        int n = r.length;
        while (n > 0 && r[n - 1] == 0) {
            n--;
        }
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '0') {
            zeros++;
        }
        byte[] out = new byte[zeros + n];
        for (int i = 0; i < n; i++) {
            out[zeros + i] = r[n - 1 - i];
        }
        return out;
    }
}

package io.clarity.natives;

import io.clarity.value.BufferValue;
import io.clarity.value.IntValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash functions of Clarity. SHA-256, SHA-512 and SHA-512/256 are the JDK's (every Java 17
 * runtime has them, and HotSpot runs SHA-256 on the processor's SHA instructions where it has
 * them: a 1,000-step sha256 chain ran about 3 times as fast as with BouncyCastle's Java code);
 * RIPEMD-160 and Keccak, which the JDK lacks, are BouncyCastle's. {@code keccak256} is the
 * original Keccak (as Ethereum uses it), not NIST SHA-3, which pads differently.
 */
final class Hashes {

    private Hashes() {
    }

    /** One digest of each JDK algorithm per thread: {@link MessageDigest#getInstance} looks the provider up each time. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> jdk("SHA-256"));
    private static final ThreadLocal<MessageDigest> SHA512 = ThreadLocal.withInitial(() -> jdk("SHA-512"));
    private static final ThreadLocal<MessageDigest> SHA512_256 = ThreadLocal.withInitial(() -> jdk("SHA-512/256"));

    private static MessageDigest jdk(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            // every Java SE runtime since 9 must provide these
            throw new IllegalStateException("the Java runtime lacks " + algorithm, e);
        }
    }

    /** The bytes a hash native reads: a buffer's content, or an integer as 16 little-endian bytes. */
    static byte[] input(Value v) {
        if (v instanceof BufferValue b) {
            return b.bytes().unsafeArray();
        }
        if (v instanceof IntValue i) {
            return littleEndian(i.hi(), i.lo());
        }
        UIntValue u = (UIntValue) v;
        return littleEndian(u.hi(), u.lo());
    }

    static byte[] sha256(byte[] data) {
        return SHA256.get().digest(data);
    }

    static byte[] sha512(byte[] data) {
        return SHA512.get().digest(data);
    }

    /** SHA-512/256: SHA-512 with its own initial values, truncated to 32 bytes (not a cut SHA-512). */
    static byte[] sha512256(byte[] data) {
        return SHA512_256.get().digest(data);
    }

    static byte[] keccak256(byte[] data) {
        return digest(new KeccakDigest(256), data);
    }

    /** RIPEMD-160 of SHA-256, the hash of Bitcoin and Stacks addresses. */
    static byte[] hash160(byte[] data) {
        return digest(new RIPEMD160Digest(), sha256(data));
    }

    private static byte[] digest(Digest d, byte[] data) {
        d.update(data, 0, data.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }

    private static byte[] littleEndian(long hi, long lo) {
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (lo >>> (8 * i));
            out[8 + i] = (byte) (hi >>> (8 * i));
        }
        return out;
    }
}

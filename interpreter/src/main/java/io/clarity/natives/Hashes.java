package io.clarity.natives;

import io.clarity.value.BufferValue;
import io.clarity.value.IntValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.digests.SHA512tDigest;

/**
 * The hash functions of Clarity, all from BouncyCastle. {@code keccak256} is the original Keccak
 * (as Ethereum uses it), not NIST SHA-3, which pads differently.
 */
final class Hashes {

    private Hashes() {
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
        return digest(new SHA256Digest(), data);
    }

    static byte[] sha512(byte[] data) {
        return digest(new SHA512Digest(), data);
    }

    /** SHA-512/256: SHA-512 with its own initial values, truncated to 32 bytes (not a cut SHA-512). */
    static byte[] sha512256(byte[] data) {
        return digest(new SHA512tDigest(256), data);
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

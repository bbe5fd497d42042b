package io.clarity.project;

import io.clarity.value.Bytes;
import io.clarity.value.StandardPrincipalValue;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The address of a devnet account, derived from its mnemonic as Clarinet derives it: the BIP-39
 * seed of the words, the BIP-32 key at the account's derivation path (Stacks' default
 * {@code m/44'/5757'/0'/0/0}), and the testnet single-signature address of its compressed public
 * key. BouncyCastle supplies the primitives.
 */
public final class AccountKeys {

    /** The derivation path Clarinet uses when an account gives none. */
    public static final String DEFAULT_DERIVATION = "m/44'/5757'/0'/0/0";

    /** Version of testnet single-signature (P2PKH) addresses, the {@code ST} prefix. */
    private static final int TESTNET_SINGLE_SIG = 26;
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private static final int HARDENED = 0x80000000;

    private AccountKeys() {
    }

    /**
     * The testnet address of {@code mnemonic} at {@code derivation}.
     *
     * @throws IllegalArgumentException for a malformed derivation path
     */
    public static StandardPrincipalValue address(String mnemonic, String derivation) {
        byte[] seed = seed(mnemonic);
        byte[] master = hmacSha512("Bitcoin seed".getBytes(StandardCharsets.US_ASCII), seed);
        BigInteger key = new BigInteger(1, Arrays.copyOfRange(master, 0, 32));
        byte[] chain = Arrays.copyOfRange(master, 32, 64);
        for (int index : path(derivation)) {
            byte[] data = new byte[37];
            if ((index & HARDENED) != 0) {
                System.arraycopy(unsigned32(key), 0, data, 1, 32);
            } else {
                System.arraycopy(publicKey(key), 0, data, 0, 33);
            }
            data[33] = (byte) (index >>> 24);
            data[34] = (byte) (index >>> 16);
            data[35] = (byte) (index >>> 8);
            data[36] = (byte) index;
            byte[] i = hmacSha512(chain, data);
            // BIP-32: a tweak of n or more (chance below 2^-127) makes the index invalid; not seen in practice
            key = new BigInteger(1, Arrays.copyOfRange(i, 0, 32)).add(key).mod(CURVE.getN());
            chain = Arrays.copyOfRange(i, 32, 64);
        }
        return new StandardPrincipalValue(TESTNET_SINGLE_SIG, Bytes.wrap(hash160(publicKey(key))));
    }

    /** BIP-39: PBKDF2-HMAC-SHA512 of the normalized words, salt "mnemonic", 2048 rounds. */
    private static byte[] seed(String mnemonic) {
        String words = String.join(" ", Normalizer.normalize(mnemonic, Normalizer.Form.NFKD).strip().split("\\s+"));
        PKCS5S2ParametersGenerator pbkdf2 = new PKCS5S2ParametersGenerator(new SHA512Digest());
        pbkdf2.init(words.getBytes(StandardCharsets.UTF_8), "mnemonic".getBytes(StandardCharsets.UTF_8), 2048);
        return ((KeyParameter) pbkdf2.generateDerivedMacParameters(512)).getKey();
    }

    private static int[] path(String derivation) {
        String[] parts = derivation.strip().split("/");
        if (parts.length == 0 || !parts[0].equals("m")) {
            throw new IllegalArgumentException("a derivation path starts with m/ (like " + DEFAULT_DERIVATION + "): " + derivation);
        }
        int[] out = new int[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            boolean hardened = p.endsWith("'") || p.endsWith("h");
            String digits = hardened ? p.substring(0, p.length() - 1) : p;
            long n;
            try {
                n = Long.parseLong(digits);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0 || n >= (1L << 31)) {
                throw new IllegalArgumentException("not a derivation path step: \"" + p + "\" in " + derivation);
            }
            out[i - 1] = (int) n | (hardened ? HARDENED : 0);
        }
        return out;
    }

    private static byte[] publicKey(BigInteger key) {
        return CURVE.getG().multiply(key).normalize().getEncoded(true);
    }

    private static byte[] unsigned32(BigInteger v) {
        byte[] b = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(32, b.length);
        System.arraycopy(b, b.length - n, out, 32 - n, n);
        return out;
    }

    private static byte[] hmacSha512(byte[] key, byte[] data) {
        HMac mac = new HMac(new SHA512Digest());
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[64];
        mac.doFinal(out, 0);
        return out;
    }

    private static byte[] hash160(byte[] data) {
        SHA256Digest sha = new SHA256Digest();
        sha.update(data, 0, data.length);
        byte[] h = new byte[32];
        sha.doFinal(h, 0);
        RIPEMD160Digest ripemd = new RIPEMD160Digest();
        ripemd.update(h, 0, h.length);
        byte[] out = new byte[20];
        ripemd.doFinal(out, 0);
        return out;
    }
}

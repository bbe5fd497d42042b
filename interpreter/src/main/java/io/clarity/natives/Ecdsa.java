package io.clarity.natives;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * ECDSA over secp256k1 and secp256r1 (P-256), with BouncyCastle's curve arithmetic. Signatures
 * are compact: {@code r || s}, 32 bytes each, big-endian; public keys are 33-byte compressed
 * points. Like the VM we match, verification accepts high-S signatures on both curves.
 */
final class Ecdsa {

    /** One of the two curves. */
    enum Curve {
        SECP256K1("secp256k1"), SECP256R1("secp256r1");

        private final ECDomainParameters domain;

        Curve(String name) {
            X9ECParameters p = CustomNamedCurves.getByName(name);
            this.domain = new ECDomainParameters(p.getCurve(), p.getG(), p.getN(), p.getH());
        }
    }

    private static final int SCALAR_SIZE = 32;
    private static final byte EVEN = 0x02;
    private static final byte ODD = 0x03;

    private Ecdsa() {
    }

    /** The point of a 33-byte compressed public key, or null when it is not one on the curve. */
    static ECPoint decompress(Curve curve, byte[] key) {
        if (key.length != SCALAR_SIZE + 1 || (key[0] != EVEN && key[0] != ODD)) {
            return null;
        }
        try {
            return curve.domain.getCurve().decodePoint(key);
        } catch (IllegalArgumentException notOnCurve) {
            // BouncyCastle's answer for an x beyond the field or without a square root
            return null;
        }
    }

    /** Whether {@code signature} (64 bytes) signs {@code digest} (32 bytes) for {@code key}. */
    static boolean verify(Curve curve, byte[] digest, byte[] signature, byte[] key) {
        ECPoint q = decompress(curve, key);
        if (q == null) {
            return false;
        }
        ECDSASigner signer = new ECDSASigner();
        signer.init(false, new ECPublicKeyParameters(q, curve.domain));
        // the signer itself refuses r or s outside [1, n-1]
        return signer.verifySignature(digest, scalar(signature, 0), scalar(signature, SCALAR_SIZE));
    }

    /**
     * The compressed secp256k1 public key that signed {@code digest} with {@code signature}
     * ({@code r || s}) and recovery id {@code recoveryId} (0 to 3), or null when there is none.
     */
    static byte[] recover(byte[] digest, byte[] signature, int recoveryId) {
        ECDomainParameters d = Curve.SECP256K1.domain;
        BigInteger n = d.getN();
        BigInteger r = scalar(signature, 0);
        BigInteger s = scalar(signature, SCALAR_SIZE);
        if (r.signum() == 0 || s.signum() == 0 || r.compareTo(n) >= 0 || s.compareTo(n) >= 0) {
            return null;
        }
        // ids 2 and 3 say that the x of the signing nonce's point was r + n, which must be a field element
        BigInteger x = recoveryId >= 2 ? r.add(n) : r;
        if (x.compareTo(d.getCurve().getField().getCharacteristic()) >= 0) {
            return null;
        }
        byte[] encoded = new byte[SCALAR_SIZE + 1];
        encoded[0] = (recoveryId & 1) == 0 ? EVEN : ODD;
        BigIntegers.asUnsignedByteArray(x, encoded, 1, SCALAR_SIZE);
        ECPoint nonce = decompress(Curve.SECP256K1, encoded);
        if (nonce == null) {
            return null;
        }
        // Q = r^-1 (s R - e G)
        BigInteger rInverse = r.modInverse(n);
        BigInteger e = new BigInteger(1, digest).mod(n);
        BigInteger u1 = n.subtract(e).multiply(rInverse).mod(n);
        BigInteger u2 = s.multiply(rInverse).mod(n);
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(d.getG(), u1, nonce, u2).normalize();
        return q.isInfinity() ? null : q.getEncoded(true);
    }

    private static BigInteger scalar(byte[] data, int from) {
        return new BigInteger(1, data, from, SCALAR_SIZE);
    }
}

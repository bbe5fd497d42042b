package io.clarity.value;

import java.math.BigInteger;

/** Small helpers for 128-bit values kept as two longs. */
public final class Int128 {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private Int128() {
    }

    /** The unsigned value of a long, as a BigInteger. */
    public static BigInteger unsignedLow(long v) {
        BigInteger b = BigInteger.valueOf(v);
        return v < 0 ? b.add(TWO_64) : b;
    }

    /** Compares two signed 128-bit values. */
    public static int compareSigned(long ahi, long alo, long bhi, long blo) {
        int c = Long.compare(ahi, bhi);
        return c != 0 ? c : Long.compareUnsigned(alo, blo);
    }

    /** Compares two unsigned 128-bit values. */
    public static int compareUnsigned(long ahi, long alo, long bhi, long blo) {
        int c = Long.compareUnsigned(ahi, bhi);
        return c != 0 ? c : Long.compareUnsigned(alo, blo);
    }

    /** The 16 big-endian bytes of a 128-bit value. */
    public static byte[] toBytesBigEndian(long hi, long lo) {
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (hi >>> (56 - 8 * i));
            out[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return out;
    }
}

package io.clarity.value;

import io.clarity.error.RuntimeErrorKind;
import java.math.BigInteger;

/**
 * 128-bit values kept as two longs: comparisons, bytes, and the checked addition and subtraction
 * that both the arithmetic natives and the chain's ledgers use.
 */
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

    /** {@code a + b}, or the reference's ArithmeticOverflow. */
    public static IntValue add(IntValue a, IntValue b) {
        long lo = a.lo() + b.lo();
        long carry = Long.compareUnsigned(lo, a.lo()) < 0 ? 1 : 0;
        long hi = a.hi() + b.hi() + carry;
        // overflow iff both operands have the same sign and the result's sign differs
        if (((a.hi() ^ hi) & (b.hi() ^ hi)) < 0) {
            throw RuntimeErrorKind.ArithmeticOverflow.error();
        }
        return new IntValue(hi, lo);
    }

    /** {@code a - b}, or the reference's ArithmeticUnderflow. */
    public static IntValue subtract(IntValue a, IntValue b) {
        long lo = a.lo() - b.lo();
        long borrow = Long.compareUnsigned(a.lo(), b.lo()) < 0 ? 1 : 0;
        long hi = a.hi() - b.hi() - borrow;
        // overflow iff the operands have different signs and the result's sign differs from a's
        if (((a.hi() ^ b.hi()) & (a.hi() ^ hi)) < 0) {
            throw RuntimeErrorKind.ArithmeticUnderflow.error();
        }
        return new IntValue(hi, lo);
    }

    /** {@code a + b}, or the reference's ArithmeticOverflow. */
    public static UIntValue add(UIntValue a, UIntValue b) {
        long lo = a.lo() + b.lo();
        long carry = Long.compareUnsigned(lo, a.lo()) < 0 ? 1 : 0;
        long hi1 = a.hi() + b.hi();
        boolean overflow = Long.compareUnsigned(hi1, a.hi()) < 0 || (carry == 1 && hi1 == -1L);
        if (overflow) {
            throw RuntimeErrorKind.ArithmeticOverflow.error();
        }
        return new UIntValue(hi1 + carry, lo);
    }

    /** {@code a - b}, or the reference's ArithmeticUnderflow. */
    public static UIntValue subtract(UIntValue a, UIntValue b) {
        if (compareUnsigned(a.hi(), a.lo(), b.hi(), b.lo()) < 0) {
            throw RuntimeErrorKind.ArithmeticUnderflow.error();
        }
        long lo = a.lo() - b.lo();
        long borrow = Long.compareUnsigned(a.lo(), b.lo()) < 0 ? 1 : 0;
        return new UIntValue(a.hi() - b.hi() - borrow, lo);
    }
}

package io.clarity.value;

import java.math.BigInteger;

/** An unsigned 128-bit integer, stored in two longs ({@code hi:lo}, both read as unsigned). */
public record UIntValue(long hi, long lo) implements Value {

    public static final BigInteger MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    public static final UIntValue ZERO = new UIntValue(0, 0);
    public static final UIntValue ONE = new UIntValue(0, 1);
    public static final UIntValue MAX_VALUE = new UIntValue(-1L, -1L);

    /** The value of a non-negative long. */
    public static UIntValue of(long v) {
        if (v < 0) {
            throw new ArithmeticException("negative uint: " + v);
        }
        return new UIntValue(0, v);
    }

    /** The value of {@code v}, which must be in the unsigned 128-bit range. */
    public static UIntValue of(BigInteger v) {
        if (v.signum() < 0 || v.compareTo(MAX) > 0) {
            throw new ArithmeticException("out of the 128-bit unsigned range: " + v);
        }
        return new UIntValue(v.shiftRight(64).longValue(), v.longValue());
    }

    /** Whether the value fits in a non-negative long. */
    public boolean isLong() {
        return hi == 0 && lo >= 0;
    }

    /** Whether the value fits in 64 unsigned bits (the reference's {@code usize}). */
    public boolean fitsIn64Bits() {
        return hi == 0;
    }

    /** Whether the value fits in 32 unsigned bits (the reference's {@code u32}, as block heights are). */
    public boolean fitsIn32Bits() {
        return hi == 0 && lo >= 0 && lo <= 0xFFFFFFFFL;
    }

    /** The value as a long; only meaningful when {@link #isLong()}. */
    public long longValue() {
        return lo;
    }

    /** The value as an int, or -1 when it does not fit (for lengths and indexes). */
    public int intOrMinusOne() {
        return hi == 0 && lo >= 0 && lo <= Integer.MAX_VALUE ? (int) lo : -1;
    }

    public BigInteger toBigInteger() {
        if (isLong()) {
            return BigInteger.valueOf(lo);
        }
        return Int128.unsignedLow(hi).shiftLeft(64).or(Int128.unsignedLow(lo));
    }

    public boolean isZero() {
        return hi == 0 && lo == 0;
    }

    @Override
    public String toString() {
        return "u" + (hi == 0 ? Long.toUnsignedString(lo) : toBigInteger().toString());
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof UIntValue o
                && hi == o.hi
                && lo == o.lo;
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(hi) + Long.hashCode(lo);
    }
}

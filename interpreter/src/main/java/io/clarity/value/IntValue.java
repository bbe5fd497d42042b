package io.clarity.value;

import java.math.BigInteger;

/**
 * A signed 128-bit integer, stored as two's complement in two longs ({@code hi:lo}) so that the
 * common case, a value that fits in a long, needs no {@link BigInteger}.
 */
public record IntValue(long hi, long lo) implements Value {

    public static final BigInteger MIN = BigInteger.ONE.shiftLeft(127).negate();
    public static final BigInteger MAX = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);
    public static final IntValue ZERO = new IntValue(0, 0);
    public static final IntValue MIN_VALUE = new IntValue(Long.MIN_VALUE, 0);
    public static final IntValue MAX_VALUE = new IntValue(Long.MAX_VALUE, -1L);

    public static IntValue of(long v) {
        return new IntValue(v >> 63, v);
    }

    /** The value of {@code v}, which must be in the signed 128-bit range. */
    public static IntValue of(BigInteger v) {
        if (v.compareTo(MIN) < 0 || v.compareTo(MAX) > 0) {
            throw new ArithmeticException("out of the 128-bit signed range: " + v);
        }
        return new IntValue(v.shiftRight(64).longValue(), v.longValue());
    }

    /** Whether the value fits in a long. */
    public boolean isLong() {
        return hi == (lo >> 63);
    }

    public BigInteger toBigInteger() {
        if (isLong()) {
            return BigInteger.valueOf(lo);
        }
        return BigInteger.valueOf(hi).shiftLeft(64).or(Int128.unsignedLow(lo));
    }

    public int signum() {
        return hi < 0 ? -1 : (hi == 0 && lo == 0 ? 0 : 1);
    }

    @Override
    public String toString() {
        return isLong() ? Long.toString(lo) : toBigInteger().toString();
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof IntValue o
                && hi == o.hi
                && lo == o.lo;
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(hi) + Long.hashCode(lo);
    }
}

package io.clarity.natives;

import io.clarity.error.RuntimeErrorKind;
import io.clarity.value.Int128;
import io.clarity.value.IntValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import java.math.BigInteger;
import java.util.List;

/**
 * All 128-bit arithmetic, exact, with the reference's error kinds: every addition or
 * multiplication failure is {@code ArithmeticOverflow}, every subtraction failure
 * {@code ArithmeticUnderflow}, division and remainder by zero, and also {@code i128::MIN / -1},
 * {@code DivisionByZero}. Values that fit in a long take a fast path without BigInteger.
 */
public final class Arithmetic {

    private static final BigInteger MINUS_ONE = BigInteger.ONE.negate();

    private Arithmetic() {
    }

    // ---------------------------------------------------------------------------------------
    // Natives (operands have been type-checked: all int or all uint)
    // ---------------------------------------------------------------------------------------

    static Value add(List<Value> args) {
        Value acc = args.get(0);
        for (int i = 1; i < args.size(); i++) {
            acc = add(acc, args.get(i));
        }
        return acc;
    }

    static Value subtract(List<Value> args) {
        Value first = args.get(0);
        if (args.size() == 1) {
            return first instanceof IntValue a ? Int128.subtract(IntValue.ZERO, a)
                    : Int128.subtract(UIntValue.ZERO, (UIntValue) first);
        }
        Value acc = first;
        for (int i = 1; i < args.size(); i++) {
            acc = subtract(acc, args.get(i));
        }
        return acc;
    }

    static Value multiply(List<Value> args) {
        Value acc = args.get(0);
        for (int i = 1; i < args.size(); i++) {
            acc = multiply(acc, args.get(i));
        }
        return acc;
    }

    static Value divide(List<Value> args) {
        Value acc = args.get(0);
        for (int i = 1; i < args.size(); i++) {
            acc = divide(acc, args.get(i));
        }
        return acc;
    }

    static Value add(Value a, Value b) {
        return a instanceof IntValue x ? Int128.add(x, (IntValue) b) : Int128.add((UIntValue) a, (UIntValue) b);
    }

    static Value subtract(Value a, Value b) {
        return a instanceof IntValue x ? Int128.subtract(x, (IntValue) b)
                : Int128.subtract((UIntValue) a, (UIntValue) b);
    }

    static Value multiply(Value a, Value b) {
        return a instanceof IntValue x ? multiply(x, (IntValue) b) : multiply((UIntValue) a, (UIntValue) b);
    }

    static Value divide(Value a, Value b) {
        if (a instanceof IntValue x) {
            IntValue y = (IntValue) b;
            if (y.signum() == 0 || (x.equals(IntValue.MIN_VALUE) && y.isLong() && y.lo() == -1)) {
                throw RuntimeErrorKind.DivisionByZero.error();
            }
            if (x.isLong() && y.isLong() && x.lo() != Long.MIN_VALUE) {
                return IntValue.of(x.lo() / y.lo());
            }
            return IntValue.of(x.toBigInteger().divide(y.toBigInteger()));
        }
        UIntValue x = (UIntValue) a;
        UIntValue y = (UIntValue) b;
        if (y.isZero()) {
            throw RuntimeErrorKind.DivisionByZero.error();
        }
        if (x.isLong() && y.isLong()) {
            return UIntValue.of(x.lo() / y.lo());
        }
        return UIntValue.of(x.toBigInteger().divide(y.toBigInteger()));
    }

    static Value modulo(Value a, Value b) {
        if (a instanceof IntValue x) {
            IntValue y = (IntValue) b;
            if (y.signum() == 0 || (x.equals(IntValue.MIN_VALUE) && y.isLong() && y.lo() == -1)) {
                throw RuntimeErrorKind.DivisionByZero.error();
            }
            if (x.isLong() && y.isLong() && x.lo() != Long.MIN_VALUE) {
                return IntValue.of(x.lo() % y.lo());
            }
            return IntValue.of(x.toBigInteger().remainder(y.toBigInteger()));
        }
        UIntValue x = (UIntValue) a;
        UIntValue y = (UIntValue) b;
        if (y.isZero()) {
            throw RuntimeErrorKind.DivisionByZero.error();
        }
        if (x.isLong() && y.isLong()) {
            return UIntValue.of(x.lo() % y.lo());
        }
        return UIntValue.of(x.toBigInteger().remainder(y.toBigInteger()));
    }

    /** {@code pow}, with the reference's order of special cases before the range check of the power. */
    static Value pow(Value base, Value power) {
        boolean signed = base instanceof IntValue;
        BigInteger b = toBig(base);
        BigInteger p = toBig(power);
        if (b.signum() == 0 && p.signum() == 0) {
            return signed ? IntValue.of(1) : UIntValue.ONE;
        }
        if (b.equals(BigInteger.ONE)) {
            return signed ? IntValue.of(1) : UIntValue.ONE;
        }
        if (b.signum() == 0) {
            return signed ? IntValue.ZERO : UIntValue.ZERO;
        }
        if (p.equals(BigInteger.ONE)) {
            return base;
        }
        if (p.signum() < 0 || p.bitLength() > 32) {
            throw RuntimeErrorKind.Arithmetic.error("the power argument of pow must be between 0 and 4294967295 (a u32)");
        }
        long exponent = p.longValue();
        if (b.equals(MINUS_ONE)) {
            // the reference's checked_pow takes any u32, where BigInteger.pow stops at 2^31 - 1
            return IntValue.of((exponent & 1) == 0 ? 1 : -1);
        }
        // |base| >= 2 here, so any exponent above 128 overflows
        if (exponent > 128) {
            throw RuntimeErrorKind.ArithmeticOverflow.error();
        }
        BigInteger r = b.pow((int) exponent);
        return fromBig(r, signed, RuntimeErrorKind.ArithmeticOverflow);
    }

    static Value sqrti(Value n) {
        BigInteger v = toBig(n);
        if (v.signum() < 0) {
            throw RuntimeErrorKind.Arithmetic.error("sqrti needs a non-negative integer");
        }
        BigInteger r = v.sqrt();
        return n instanceof IntValue ? IntValue.of(r) : UIntValue.of(r);
    }

    static Value log2(Value n) {
        BigInteger v = toBig(n);
        if (v.signum() <= 0) {
            throw RuntimeErrorKind.Arithmetic.error("log2 needs a positive integer");
        }
        int r = v.bitLength() - 1;
        return n instanceof IntValue ? IntValue.of(r) : UIntValue.of(r);
    }

    static Value toInt(Value v) {
        UIntValue u = (UIntValue) v;
        if (u.hi() < 0) {
            throw RuntimeErrorKind.ArithmeticOverflow.error();
        }
        return new IntValue(u.hi(), u.lo());
    }

    static Value toUInt(Value v) {
        IntValue i = (IntValue) v;
        if (i.hi() < 0) {
            throw RuntimeErrorKind.ArithmeticUnderflow.error();
        }
        return new UIntValue(i.hi(), i.lo());
    }

    /** Compares two ints or two uints. */
    static int compare(Value a, Value b) {
        if (a instanceof IntValue x) {
            IntValue y = (IntValue) b;
            return Int128.compareSigned(x.hi(), x.lo(), y.hi(), y.lo());
        }
        UIntValue x = (UIntValue) a;
        UIntValue y = (UIntValue) b;
        return Int128.compareUnsigned(x.hi(), x.lo(), y.hi(), y.lo());
    }

    // ---------------------------------------------------------------------------------------
    // 128-bit operations
    // ---------------------------------------------------------------------------------------

    public static IntValue multiply(IntValue a, IntValue b) {
        if (a.isLong() && b.isLong()) {
            // a 64x64-bit signed product always fits in 128 bits
            return new IntValue(Math.multiplyHigh(a.lo(), b.lo()), a.lo() * b.lo());
        }
        return (IntValue) fromBig(a.toBigInteger().multiply(b.toBigInteger()), true, RuntimeErrorKind.ArithmeticOverflow);
    }

    public static UIntValue multiply(UIntValue a, UIntValue b) {
        if (a.isLong() && b.isLong()) {
            return new UIntValue(Math.multiplyHigh(a.lo(), b.lo()), a.lo() * b.lo());
        }
        return (UIntValue) fromBig(a.toBigInteger().multiply(b.toBigInteger()), false, RuntimeErrorKind.ArithmeticOverflow);
    }

    static BigInteger toBig(Value v) {
        return v instanceof IntValue i ? i.toBigInteger() : ((UIntValue) v).toBigInteger();
    }

    private static Value fromBig(BigInteger r, boolean signed, RuntimeErrorKind onOverflow) {
        if (signed) {
            if (r.compareTo(IntValue.MIN) < 0 || r.compareTo(IntValue.MAX) > 0) {
                throw onOverflow.error();
            }
            return IntValue.of(r);
        }
        if (r.signum() < 0 || r.compareTo(UIntValue.MAX) > 0) {
            throw onOverflow.error();
        }
        return UIntValue.of(r);
    }
}

package io.clarity.natives;

import io.clarity.value.IntValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import java.util.List;
import java.util.function.LongBinaryOperator;

/**
 * The bitwise natives on 128-bit integers, worked on the two 64-bit halves of the value. None of
 * them can fail: the operands have been type-checked (all int or all uint; a uint shift amount),
 * and shifts wrap, as the reference's {@code wrapping_shl}/{@code wrapping_shr} do.
 */
final class Bits {

    /** Only the low 7 bits of a shift amount count: shifts are taken modulo 128. */
    private static final int SHIFT_MASK = 0x7f;

    private static final LongBinaryOperator AND = (a, b) -> a & b;
    private static final LongBinaryOperator OR = (a, b) -> a | b;
    private static final LongBinaryOperator XOR = (a, b) -> a ^ b;

    private Bits() {
    }

    /** {@code xor}: exactly two operands (Clarity 1's name, kept beside {@code bit-xor}). */
    static Value xor(Value a, Value b) {
        return combine(XOR, a, b);
    }

    /** {@code bit-and}: one or more operands. */
    static Value bitAnd(List<Value> args) {
        return fold(AND, args);
    }

    /** {@code bit-or}: one or more operands. */
    static Value bitOr(List<Value> args) {
        return fold(OR, args);
    }

    /** {@code bit-xor}: one or more operands. */
    static Value bitXor(List<Value> args) {
        return fold(XOR, args);
    }

    /** {@code bit-not}: the one's complement, so {@code (bit-not 0)} is -1. */
    static Value bitNot(Value v) {
        if (v instanceof IntValue i) {
            return new IntValue(~i.hi(), ~i.lo());
        }
        UIntValue u = (UIntValue) v;
        return new UIntValue(~u.hi(), ~u.lo());
    }

    /** {@code bit-shift-left}: bits shifted out are lost, even the sign of an int. */
    static Value bitShiftLeft(Value v, Value amount) {
        int n = shift(amount);
        long hi = hi(v);
        long lo = lo(v);
        // (x >>> 1) >>> (63 - n) is x >>> (64 - n) without Java's shift-by-64 being a no-op at n = 0
        return n < 64
                ? of(v, (hi << n) | ((lo >>> 1) >>> (63 - n)), lo << n)
                : of(v, lo << (n - 64), 0);
    }

    /** {@code bit-shift-right}: arithmetic (sign-filling) for int, logical for uint. */
    static Value bitShiftRight(Value v, Value amount) {
        int n = shift(amount);
        long hi = hi(v);
        long lo = lo(v);
        if (v instanceof IntValue) {
            return n < 64
                    ? of(v, hi >> n, (lo >>> n) | ((hi << 1) << (63 - n)))
                    : of(v, hi >> 63, hi >> (n - 64));
        }
        return n < 64
                ? of(v, hi >>> n, (lo >>> n) | ((hi << 1) << (63 - n)))
                : of(v, 0, hi >>> (n - 64));
    }

    private static Value fold(LongBinaryOperator op, List<Value> args) {
        Value acc = args.get(0);
        for (int i = 1; i < args.size(); i++) {
            acc = combine(op, acc, args.get(i));
        }
        return acc;
    }

    private static Value combine(LongBinaryOperator op, Value a, Value b) {
        if (a instanceof IntValue x) {
            IntValue y = (IntValue) b;
            return new IntValue(op.applyAsLong(x.hi(), y.hi()), op.applyAsLong(x.lo(), y.lo()));
        }
        UIntValue x = (UIntValue) a;
        UIntValue y = (UIntValue) b;
        return new UIntValue(op.applyAsLong(x.hi(), y.hi()), op.applyAsLong(x.lo(), y.lo()));
    }

    private static int shift(Value amount) {
        return (int) (((UIntValue) amount).lo() & SHIFT_MASK);
    }

    /** A value of {@code like}'s type from two halves. */
    private static Value of(Value like, long hi, long lo) {
        return like instanceof IntValue ? new IntValue(hi, lo) : new UIntValue(hi, lo);
    }

    private static long hi(Value v) {
        return v instanceof IntValue i ? i.hi() : ((UIntValue) v).hi();
    }

    private static long lo(Value v) {
        return v instanceof IntValue i ? i.lo() : ((UIntValue) v).lo();
    }
}

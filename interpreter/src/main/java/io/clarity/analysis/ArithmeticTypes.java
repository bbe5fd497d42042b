package io.clarity.analysis;

import io.clarity.value.TypeSignature;
import java.util.List;

/**
 * The type rules of arithmetic, comparison, the bitwise operators and the integer casts: all
 * simple natives, described by signature shapes (so {@code map}, {@code filter} and {@code fold}
 * accept them).
 */
final class ArithmeticTypes {

    /** {@code + - * /} and {@code bit-and bit-or bit-xor}: one or more ints, or one or more uints. */
    static final FunctionType VARIADIC = new FunctionType.ArithmeticVariadic();
    /** {@code < <= > >=}. */
    static final FunctionType COMPARISON = new FunctionType.ArithmeticComparison();
    /** {@code sqrti log2 bit-not}. */
    static final FunctionType UNARY = new FunctionType.ArithmeticUnary();
    /** {@code mod pow xor}. */
    static final FunctionType BINARY = new FunctionType.ArithmeticBinary();
    /** {@code bit-shift-left bit-shift-right}: an int or a uint, shifted by a uint. */
    static final FunctionType SHIFT = new FunctionType.Binary(
            List.of(TypeSignature.INT, TypeSignature.UINT), List.of(TypeSignature.UINT), null, true);
    /** {@code to-uint}. */
    static final FunctionType TO_UINT = new FunctionType.Fixed(List.of(TypeSignature.INT), TypeSignature.UINT);
    /** {@code to-int}. */
    static final FunctionType TO_INT = new FunctionType.Fixed(List.of(TypeSignature.UINT), TypeSignature.INT);

    private ArithmeticTypes() {
    }
}

package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.value.BufferType;
import io.clarity.value.StringAsciiType;
import io.clarity.value.StringUtf8Type;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.util.List;

/**
 * The signature shapes of natives whose arguments are all evaluated ("simple" natives), and how
 * arguments are checked against them. From epoch 2.1 arguments are checked one at a time as they
 * are typed, so that an arity error is reported before the types of surplus arguments.
 */
public sealed interface FunctionType {

    /** Any number (at least one) of {@code expected}, returning {@code returns}. */
    record Variadic(TypeSignature expected, TypeSignature returns) implements FunctionType {
    }

    /** Exactly these argument types. */
    record Fixed(List<TypeSignature> args, TypeSignature returns) implements FunctionType {
    }

    /** One argument of any of {@code accepted}. */
    record UnionArgs(List<TypeSignature> accepted, TypeSignature returns) implements FunctionType {
    }

    /** Two arguments; the left one of several types, the result of the left one's type or fixed. */
    record Binary(List<TypeSignature> left, List<TypeSignature> right, TypeSignature returns, boolean returnsLeft)
            implements FunctionType {
    }

    /** {@code + - * /} and the variadic bitwise operators: all int or all uint. */
    record ArithmeticVariadic() implements FunctionType {
    }

    /** {@code sqrti log2 bit-not}. */
    record ArithmeticUnary() implements FunctionType {
    }

    /** {@code mod pow xor}. */
    record ArithmeticBinary() implements FunctionType {
    }

    /** {@code < <= > >=}: ints, uints, and from Clarity 2 strings and buffers. */
    record ArithmeticComparison() implements FunctionType {
    }

    /**
     * The arity check made after typing argument {@code index} (epoch 2.1 and later), or null to go
     * on. For the variadic arithmetic and variadic types, also the type check of that argument.
     */
    static TypeSignature visit(FunctionType f, TypeSignature arg, int index, TypeSignature accumulated, Epoch epoch) {
        if (f instanceof Variadic v) {
            if (!Types.admits(epoch, v.expected(), arg)) {
                throw CheckErrorKind.TypeError.error(v.expected(), arg);
            }
            return null;
        } else if (f instanceof ArithmeticVariadic) {
            if (index == 0) {
                if (arg instanceof TypeSignature.IntType || arg instanceof TypeSignature.UIntType) {
                    return arg;
                }
                throw unionError(List.of(TypeSignature.INT, TypeSignature.UINT), arg);
            }
            if (!arg.equals(accumulated)) {
                throw CheckErrorKind.TypeError.error(accumulated, arg);
            }
            return null;
        } else if (f instanceof Fixed fixed) {
            if (index >= fixed.args().size()) {
                throw CheckErrorKind.IncorrectArgumentCount.error(fixed.args().size(), index);
            }
            return null;
        } else if (f instanceof ArithmeticUnary || f instanceof UnionArgs) {
            if (index >= 1) {
                throw CheckErrorKind.IncorrectArgumentCount.error(1, index);
            }
            return null;
        } else {
            if (index >= 2) {
                throw CheckErrorKind.IncorrectArgumentCount.error(2, index);
            }
            return null;
        }
    }

    /** Checks all argument types at once; returns the result type. */
    static TypeSignature check(FunctionType f, List<TypeSignature> args, Epoch epoch, ClarityVersion version) {
        return check(f, args, epoch, version, null);
    }

    /**
     * Checks all argument types at once; returns the result type. A type error is placed at the
     * argument's expression in {@code exprs} (null: no positions), an arity error is left to the call.
     */
    static TypeSignature check(FunctionType f, List<TypeSignature> args, Epoch epoch, ClarityVersion version,
                               List<Expr> exprs) {
        if (f instanceof Variadic v) {
            atLeast(1, args);
            for (int i = 0; i < args.size(); i++) {
                if (!Types.admits(epoch, v.expected(), args.get(i))) {
                    throw at(CheckErrorKind.TypeError.error(v.expected(), args.get(i)), i, exprs);
                }
            }
            return v.returns();
        } else if (f instanceof Fixed fixed) {
            exactly(fixed.args().size(), args);
            for (int i = 0; i < args.size(); i++) {
                if (!Types.admits(epoch, fixed.args().get(i), args.get(i))) {
                    throw at(CheckErrorKind.TypeError.error(fixed.args().get(i), args.get(i)), i, exprs);
                }
            }
            return fixed.returns();
        } else if (f instanceof UnionArgs u) {
            exactly(1, args);
            for (TypeSignature accepted : u.accepted()) {
                if (Types.admits(epoch, accepted, args.get(0))) {
                    return u.returns();
                }
            }
            throw at(unionError(u.accepted(), args.get(0)), 0, exprs);
        } else if (f instanceof Binary b) {
            exactly(2, args);
            checkOneOf(b.left(), args.get(0), epoch, 0, exprs);
            checkOneOf(b.right(), args.get(1), epoch, 1, exprs);
            return b.returnsLeft() ? args.get(0) : b.returns();
        } else if (f instanceof ArithmeticComparison) {
            exactly(2, args);
            TypeSignature first = args.get(0);
            TypeSignature second = args.get(1);
            boolean clarity2 = version.atLeast(ClarityVersion.CLARITY2);
            boolean supported = first instanceof TypeSignature.IntType || first instanceof TypeSignature.UIntType
                    || (clarity2 && (first instanceof StringAsciiType || first instanceof StringUtf8Type
                    || first instanceof BufferType));
            if (!supported) {
                // the 2.05 checker names only the integer types
                List<TypeSignature> accepted = epoch.usesTypeChecker21()
                        ? List.of(TypeSignature.INT, TypeSignature.UINT, Types.STRING_ASCII_MAX, Types.STRING_UTF8_MAX,
                                Types.BUFFER_MAX)
                        : List.of(TypeSignature.INT, TypeSignature.UINT);
                throw at(unionError(accepted, first), 0, exprs);
            }
            boolean same = (first instanceof TypeSignature.IntType && second instanceof TypeSignature.IntType)
                    || (first instanceof TypeSignature.UIntType && second instanceof TypeSignature.UIntType)
                    || (first instanceof StringAsciiType && second instanceof StringAsciiType)
                    || (first instanceof StringUtf8Type && second instanceof StringUtf8Type)
                    || (first instanceof BufferType && second instanceof BufferType);
            if (!same) {
                throw at(CheckErrorKind.TypeError.error(first, second), 1, exprs);
            }
            return TypeSignature.BOOL;
        } else {
            if (f instanceof ArithmeticUnary) {
                exactly(1, args);
            } else if (f instanceof ArithmeticBinary) {
                exactly(2, args);
            }
            atLeast(1, args);
            TypeSignature first = args.get(0);
            if (!(first instanceof TypeSignature.IntType || first instanceof TypeSignature.UIntType)) {
                throw at(unionError(List.of(TypeSignature.INT, TypeSignature.UINT), first), 0, exprs);
            }
            for (int i = 1; i < args.size(); i++) {
                if (!args.get(i).equals(first)) {
                    throw at(CheckErrorKind.TypeError.error(first, args.get(i)), i, exprs);
                }
            }
            return first;
        }
    }

    /** {@code UnionTypeError}, naming the accepted types as "'int' or 'uint'". */
    static ClarityError unionError(List<TypeSignature> accepted, TypeSignature found) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < accepted.size(); i++) {
            if (i > 0) {
                sb.append(i == accepted.size() - 1 ? " or " : ", ");
            }
            sb.append('\'').append(accepted.get(i)).append('\'');
        }
        return CheckErrorKind.UnionTypeError.error(sb, found);
    }

    private static ClarityError at(ClarityError e, int argument, List<Expr> exprs) {
        return exprs == null || argument >= exprs.size() ? e : e.at(exprs.get(argument).span());
    }

    private static void checkOneOf(List<TypeSignature> accepted, TypeSignature found, Epoch epoch, int argument,
                                   List<Expr> exprs) {
        for (TypeSignature t : accepted) {
            if (Types.admits(epoch, t, found)) {
                return;
            }
        }
        if (accepted.size() == 1) {
            throw at(CheckErrorKind.TypeError.error(accepted.get(0), found), argument, exprs);
        }
        throw at(unionError(accepted, found), argument, exprs);
    }

    private static void exactly(int n, List<TypeSignature> args) {
        if (args.size() != n) {
            throw CheckErrorKind.IncorrectArgumentCount.error(n, args.size());
        }
    }

    private static void atLeast(int n, List<TypeSignature> args) {
        if (args.size() < n) {
            throw CheckErrorKind.RequiresAtLeastArguments.error(n, args.size());
        }
    }
}

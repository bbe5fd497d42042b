package io.clarity.analysis;

import static io.clarity.analysis.NativeTypeRules.atLeast;
import static io.clarity.analysis.NativeTypeRules.count;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.value.BufferType;
import io.clarity.value.ListType;
import io.clarity.value.OptionalType;
import io.clarity.value.StringAsciiType;
import io.clarity.value.StringUtf8Type;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.value.UIntValue;
import io.clarity.vocabulary.NativeFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * The type rules of sequences: the higher-order {@code map filter fold}, and access and
 * construction. The element type of a list is its item type, of a buffer {@code (buff 1)}, of a
 * string a one-character string.
 */
final class SequenceTypes {

    private SequenceTypes() {
    }

    /** The element type of a sequence type and its maximum length; null when not a sequence. */
    private record Unit(TypeSignature type, long maxLength) {

        static Unit of(TypeSignature t) {
            if (t instanceof ListType l) {
                return new Unit(l.elementType(), l.maxLength());
            } else if (t instanceof BufferType b) {
                return new Unit(new BufferType(1), b.maxLength());
            } else if (t instanceof StringAsciiType s) {
                return new Unit(new StringAsciiType(1), s.maxLength());
            } else if (t instanceof StringUtf8Type s) {
                return new Unit(new StringUtf8Type(1), s.maxLength());
            }
            return null;
        }

        /** The unit of {@code t}, the type of {@code where}; ExpectedSequence there when it is no sequence. */
        static Unit required(TypeSignature t, Expr where) {
            Unit u = of(t);
            if (u == null) {
                throw CheckErrorKind.ExpectedSequence.error(t).at(where.span());
            }
            return u;
        }
    }

    /**
     * The signature of the function given to map, filter or fold: a simple native of the
     * contract's version, or a function of the contract.
     */
    private static FunctionType iterated(TypeChecker tc, Expr name) {
        if (!(name instanceof AtomExpr atom)) {
            throw CheckErrorKind.NonFunctionApplication.error().at(name.span());
        }
        NativeFunction f = NativeFunction.lookup(atom.name(), tc.version());
        if (f != null) {
            // map, filter and fold accept the natives the reference types as "simple"
            // (type_native_function); others, such as concat, some or is-eq, are refused
            FunctionType type = NativeTypeRules.simpleType(f);
            if (type == null) {
                throw CheckErrorKind.IllegalOrUnknownFunctionApplication.error(atom.name()).at(name.span());
            }
            return type;
        }
        FunctionSignature user = tc.contract().function(atom.name());
        if (user == null) {
            throw CheckErrorKind.UnknownFunction.error(atom.name()).at(name.span());
        }
        return new FunctionType.Fixed(user.parameterTypes(), user.returnType());
    }

    /** The argument count a fixed-arity signature shape expects. */
    private static int arity(FunctionType f) {
        if (f instanceof FunctionType.Fixed fixed) {
            return fixed.args().size();
        }
        return f instanceof FunctionType.ArithmeticUnary || f instanceof FunctionType.UnionArgs ? 1 : 2;
    }

    /**
     * {@code (map f s1 ... sn)}: {@code f} applied to the element types, as a list as long as
     * the shortest sequence can be. From epoch 2.1 the element types are checked against
     * {@code f} one by one while the sequences are typed, as for a call.
     */
    static TypeSignature map(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(2, args);
        FunctionType f = iterated(tc, args.get(0));
        boolean oneByOne = tc.epoch().usesTypeChecker21();
        long shortest = Long.MAX_VALUE;
        List<TypeSignature> elements = new ArrayList<>(args.size() - 1);
        TypeSignature accumulated = null;
        ClarityError failure = null;
        for (int i = 1; i < args.size(); i++) {
            Expr arg = args.get(i);
            TypeSignature t = tc.typeCheck(arg, ctx);
            Unit unit = Unit.required(t, arg);
            shortest = Math.min(shortest, unit.maxLength());
            if (oneByOne && failure == null) {
                try {
                    TypeSignature r = FunctionType.visit(f, unit.type(), i - 1, accumulated, tc.epoch());
                    if (r != null) {
                        accumulated = r;
                    }
                } catch (ClarityError e) {
                    failure = e.kind() == CheckErrorKind.IncorrectArgumentCount
                            ? CheckErrorKind.IncorrectArgumentCount.error(arity(f), args.size() - 1)
                            : e.at(arg.span());
                }
            }
            elements.add(unit.type());
        }
        if (failure != null) {
            throw failure;
        }
        TypeSignature mapped = FunctionType.check(f, elements, tc.epoch(), tc.version());
        try {
            return Types.list(mapped, shortest);
        } catch (ClarityError e) {
            throw CheckErrorKind.ConstructedListTooLarge.error();
        }
    }

    /** {@code (filter f s)}: {@code f} takes an element and returns a bool; the result has the type of s. */
    static TypeSignature filter(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(2, args);
        FunctionType f = iterated(tc, args.get(0));
        TypeSignature seq = tc.typeCheck(args.get(1), ctx);
        Unit unit = Unit.required(seq, args.get(1));
        TypeSignature result = FunctionType.check(f, List.of(unit.type()), tc.epoch(), tc.version());
        if (!(result instanceof TypeSignature.BoolType)) {
            throw CheckErrorKind.TypeError.error(TypeSignature.BOOL, result);
        }
        return seq;
    }

    /**
     * {@code (fold f s init)}: {@code f} takes an element and the accumulator; it must accept
     * the initial value and then its own result, which is the type of the fold.
     */
    static TypeSignature fold(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(3, args);
        FunctionType f = iterated(tc, args.get(0));
        Unit unit = Unit.required(tc.typeCheck(args.get(1), ctx), args.get(1));
        TypeSignature initial = tc.typeCheck(args.get(2), ctx);
        TypeSignature first = FunctionType.check(f, List.of(unit.type(), initial), tc.epoch(), tc.version());
        return FunctionType.check(f, List.of(unit.type(), first), tc.epoch(), tc.version());
    }

    /** {@code (append list e)}: a list one longer, of the common type of its items and e. */
    static TypeSignature append(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(2, args);
        TypeSignature seq = tc.typeCheck(args.get(0), ctx);
        if (!(seq instanceof ListType list)) {
            throw CheckErrorKind.ExpectedListApplication.error().at(args.get(0).span());
        }
        TypeSignature element = tc.typeCheck(args.get(1), ctx);
        TypeSignature common;
        try {
            common = Types.leastSupertype(tc.epoch(), list.elementType(), element);
        } catch (ClarityError e) {
            throw e.at(args.get(1).span());
        }
        return Types.list(common, checkedLength((long) list.maxLength() + 1));
    }

    /** {@code (concat a b)}: two sequences of the same kind; the lengths add up. */
    static TypeSignature concat(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(2, args);
        TypeSignature a = tc.typeCheck(args.get(0), ctx);
        TypeSignature b = tc.typeCheck(args.get(1), ctx);
        Unit.required(a, args.get(0));
        Unit.required(b, args.get(1));
        if (a instanceof ListType la && b instanceof ListType lb) {
            TypeSignature common;
            try {
                common = Types.leastSupertype(tc.epoch(), la.elementType(), lb.elementType());
            } catch (ClarityError e) {
                throw e.at(args.get(1).span());
            }
            return Types.list(common, checkedLength((long) la.maxLength() + lb.maxLength()));
        } else if (a instanceof BufferType x && b instanceof BufferType y) {
            return Types.buffer(checkedLength((long) x.maxLength() + y.maxLength()));
        } else if (a instanceof StringAsciiType x && b instanceof StringAsciiType y) {
            return Types.stringAscii(checkedLength((long) x.maxLength() + y.maxLength()));
        } else if (a instanceof StringUtf8Type x && b instanceof StringUtf8Type y) {
            return Types.stringUtf8(checkedLength((long) x.maxLength() + y.maxLength()));
        }
        throw CheckErrorKind.TypeError.error(a, b).at(args.get(1).span());
    }

    /**
     * {@code (as-max-len? s uN)}: {@code (optional s')}, s' of maximum length N. N must be
     * written as a uint literal.
     */
    static TypeSignature asMaxLen(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(2, args);
        Expr lengthExpr = args.get(1);
        if (!(lengthExpr instanceof LiteralExpr lit && lit.value() instanceof UIntValue length)) {
            TypeSignature found = tc.typeCheck(lengthExpr, ctx);
            throw CheckErrorKind.TypeError.error(TypeSignature.UINT, found).at(lengthExpr.span());
        }
        long max = checkedLength(length.isLong() ? length.longValue() : Long.MAX_VALUE);
        TypeSignature seq = tc.typeCheck(args.get(0), ctx);
        TypeSignature resized;
        if (seq instanceof ListType l) {
            resized = Types.list(l.elementType(), max);
        } else if (seq instanceof BufferType) {
            resized = Types.buffer(max);
        } else if (seq instanceof StringAsciiType) {
            resized = Types.stringAscii(max);
        } else if (seq instanceof StringUtf8Type) {
            resized = Types.stringUtf8(max);
        } else {
            throw CheckErrorKind.ExpectedSequence.error(seq).at(args.get(0).span());
        }
        // unchecked, as the reference builds it: (optional (string-utf8 262144)) is accepted
        return new OptionalType(resized);
    }

    /** {@code (len s)}: a uint. */
    static TypeSignature len(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        Unit.required(tc.typeCheck(args.get(0), ctx), args.get(0));
        return TypeSignature.UINT;
    }

    /** {@code (slice? s left right)}: {@code (optional s)}. */
    static TypeSignature slice(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(3, args);
        TypeSignature seq = tc.typeCheck(args.get(0), ctx);
        Unit.required(seq, args.get(0));
        TypeSignature result = Types.optional(seq);
        tc.typeCheckExpects(args.get(1), ctx, TypeSignature.UINT);
        tc.typeCheckExpects(args.get(2), ctx, TypeSignature.UINT);
        return result;
    }

    /** {@code (replace-at? s index e)}: e an element of s; {@code (optional s)}. */
    static TypeSignature replaceAt(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(3, args);
        TypeSignature seq = tc.typeCheck(args.get(0), ctx);
        Unit unit = Unit.required(seq, args.get(0));
        tc.typeCheckExpects(args.get(1), ctx, TypeSignature.UINT);
        tc.typeCheckExpects(args.get(2), ctx, unit.type());
        return Types.optional(seq);
    }

    /** {@code (element-at? s index)}: {@code (optional element)}; the index is checked first. */
    static TypeSignature elementAt(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(2, args);
        tc.typeCheckExpects(args.get(1), ctx, TypeSignature.UINT);
        Unit unit = Unit.required(tc.typeCheck(args.get(0), ctx), args.get(0));
        return Types.optional(unit.type());
    }

    /** {@code (index-of? s e)}: e an element of s; {@code (optional uint)}. */
    static TypeSignature indexOf(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(2, args);
        Unit unit = Unit.required(tc.typeCheck(args.get(0), ctx), args.get(0));
        tc.typeCheckExpects(args.get(1), ctx, unit.type());
        return Types.optional(TypeSignature.UINT);
    }

    /** A sequence length must fit in 32 bits. */
    private static long checkedLength(long length) {
        if (length > 0xFFFFFFFFL) {
            throw CheckErrorKind.MaxLengthOverflow.error();
        }
        return length;
    }

    /** {@code (list e ...)}: the least supertype of the items, as long as there are items. */
    static TypeSignature list(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        List<TypeSignature> types = new ArrayList<>(args.size());
        long size = 0;
        for (Expr a : args) {
            TypeSignature t = tc.typeCheck(a, ctx);
            size += Types.size(t);
            types.add(t);
        }
        // the 2.05 checker has no such check: its list construction fails in the unification
        if (size > Types.MAX_VALUE_SIZE && tc.epoch().usesTypeChecker21()) {
            throw CheckErrorKind.ValueTooLarge.error();
        }
        return Types.parentListType(types);
    }
}

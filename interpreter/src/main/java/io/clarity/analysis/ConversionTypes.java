package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.value.BufferType;
import io.clarity.value.CallableType;
import io.clarity.value.ListType;
import io.clarity.value.ListUnionType;
import io.clarity.value.OptionalType;
import io.clarity.value.ResponseType;
import io.clarity.value.StringAsciiType;
import io.clarity.value.StringUtf8Type;
import io.clarity.value.TraitReferenceType;
import io.clarity.value.TupleType;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import java.util.List;

/** The type rules of conversions between buffers, strings, integers and the consensus serialization. */
final class ConversionTypes {

    /** The longest text of an int or uint: {@code -170141183460469231731687303715884105728}. */
    private static final int INTEGER_TEXT = 40;
    /** The longest buffer {@code to-ascii?} converts: its text, {@code 0x} and two digits a byte, fits a value. */
    private static final int TO_ASCII_MAX_BUFFER = (Types.MAX_VALUE_SIZE - 5 - 2) / 2;
    /** The longest principal text: an address, a dot and a (legacy, 128-character) contract name. */
    private static final int PRINCIPAL_TEXT = 170;

    static final FunctionType BUFF_TO_INT = new FunctionType.Fixed(List.of(new BufferType(16)), TypeSignature.INT);
    static final FunctionType BUFF_TO_UINT = new FunctionType.Fixed(List.of(new BufferType(16)), TypeSignature.UINT);
    static final FunctionType STRING_TO_INT = new FunctionType.UnionArgs(
            List.of(Types.STRING_ASCII_MAX, Types.STRING_UTF8_MAX), new OptionalType(TypeSignature.INT));
    static final FunctionType STRING_TO_UINT = new FunctionType.UnionArgs(
            List.of(Types.STRING_ASCII_MAX, Types.STRING_UTF8_MAX), new OptionalType(TypeSignature.UINT));
    static final FunctionType INT_TO_ASCII = new FunctionType.UnionArgs(
            List.of(TypeSignature.INT, TypeSignature.UINT), new StringAsciiType(INTEGER_TEXT));
    static final FunctionType INT_TO_UTF8 = new FunctionType.UnionArgs(
            List.of(TypeSignature.INT, TypeSignature.UINT), new StringUtf8Type(INTEGER_TEXT));

    private ConversionTypes() {
    }

    /**
     * {@code (to-ascii? v)}: {@code (response (string-ascii N) uint)}, N the longest text of the
     * input's type; a UTF-8 string keeps its length, a buffer doubles it plus two.
     */
    static TypeSignature toAscii(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(1, args);
        TypeSignature input = tc.typeCheck(args.get(0), ctx);
        int length;
        if (input instanceof TypeSignature.IntType || input instanceof TypeSignature.UIntType) {
            length = INTEGER_TEXT;
        } else if (input instanceof TypeSignature.BoolType) {
            length = "false".length();
        } else if (input instanceof TypeSignature.PrincipalType || input instanceof CallableType) {
            length = PRINCIPAL_TEXT;
        } else if (input instanceof BufferType b && b.maxLength() <= TO_ASCII_MAX_BUFFER) {
            length = b.maxLength() * 2 + 2;
        } else if (input instanceof StringUtf8Type u) {
            length = u.maxLength();
        } else {
            throw FunctionType.unionError(List.of(TypeSignature.INT, TypeSignature.UINT,
                    TypeSignature.BOOL, TypeSignature.PRINCIPAL, new BufferType(TO_ASCII_MAX_BUFFER),
                    Types.STRING_UTF8_MAX), input).at(args.get(0).span());
        }
        return Types.response(Types.stringAscii(length), TypeSignature.UINT);
    }

    /**
     * {@code (to-consensus-buff? v)}: {@code (optional (buff N))}, N the longest serialization of
     * the input's type, which must fit a buffer.
     */
    static TypeSignature toConsensusBuff(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(1, args);
        TypeSignature input = tc.typeCheck(args.get(0), ctx);
        return Types.optional(Types.buffer(maxSerializedSize(input)));
    }

    /** {@code (from-consensus-buff? type buff)}: {@code (optional type)}. */
    static TypeSignature fromConsensusBuff(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(2, args);
        TypeSignature type = tc.typeParser().parse(args.get(0));
        tc.typeCheckExpects(args.get(1), ctx, Types.BUFFER_MAX);
        return Types.optional(type);
    }

    /**
     * The longest consensus serialization of a value of type {@code t} (the reference's
     * max_serialized_size): the prefix byte plus the longest payload. The unknown half of an
     * optional or response adds nothing; a type with no known content (a response with neither
     * half known among them) cannot be serialized.
     */
    static long maxSerializedSize(TypeSignature t) {
        long payload;
        if (t instanceof TypeSignature.NoType || t instanceof ListUnionType) {
            throw CheckErrorKind.CouldNotDetermineSerializationType.error();
        } else if (t instanceof TypeSignature.IntType || t instanceof TypeSignature.UIntType) {
            payload = 16;
        } else if (t instanceof TypeSignature.BoolType) {
            payload = 0;
        } else if (t instanceof ListType l) {
            payload = 4 + (long) l.maxLength() * maxSerializedSize(l.elementType());
        } else if (t instanceof BufferType b) {
            payload = 4L + b.maxLength();
        } else if (t instanceof StringAsciiType s) {
            payload = 4L + s.maxLength();
        } else if (t instanceof StringUtf8Type s) {
            payload = 4L + 4L * s.maxLength();
        } else if (t instanceof TypeSignature.PrincipalType || t instanceof CallableType
                || t instanceof TraitReferenceType) {
            // version and hash, a name length and the longest (legacy) contract name
            payload = 21 + 1 + 128;
        } else if (t instanceof TupleType tuple) {
            payload = 4;
            for (int i = 0; i < tuple.names().size(); i++) {
                payload += 1 + tuple.names().get(i).length() + maxSerializedSize(tuple.types().get(i));
            }
        } else if (t instanceof OptionalType o) {
            payload = Math.max(0, knownOrMinusOne(o.inner()));
        } else if (t instanceof ResponseType r) {
            // one side may be unknown, not both: (ok (list)) has no known side (found by scripts/diff-fuzz.py)
            long ok = knownOrMinusOne(r.ok());
            long err = knownOrMinusOne(r.err());
            if (ok < 0 && err < 0) {
                throw CheckErrorKind.CouldNotDetermineSerializationType.error();
            }
            payload = Math.max(ok, err);
        } else {
            throw new IllegalStateException("unknown type " + t);
        }
        return 1 + payload;
    }

    /** The longest serialization of {@code t}, or -1 when its type has no known content. */
    private static long knownOrMinusOne(TypeSignature t) {
        try {
            return maxSerializedSize(t);
        } catch (ClarityError e) {
            if (e.kind() == CheckErrorKind.CouldNotDetermineSerializationType) {
                return -1;
            }
            throw e;
        }
    }
}

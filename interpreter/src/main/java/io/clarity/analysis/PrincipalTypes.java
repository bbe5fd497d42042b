package io.clarity.analysis;

import static io.clarity.analysis.NativeTypeRules.atLeast;
import static io.clarity.analysis.NativeTypeRules.count;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.value.ResponseType;
import io.clarity.value.TupleType;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import java.util.List;
import java.util.Map;

/**
 * The type rules of principals. {@code is-standard}, {@code principal-destruct?} and
 * {@code contract-hash?} are simple natives; {@code principal-construct?} (two or three
 * arguments) and {@code principal-of?} are special forms, as in the reference, so {@code map}
 * and its kin refuse them.
 */
final class PrincipalTypes {

    /** The longest contract name, which is also the longest name a principal can carry. */
    private static final int CONTRACT_NAME_MAX = 40;

    /** The parts of a principal, in both branches of {@code principal-destruct?}'s response. */
    private static final TupleType PARTS = Types.tuple(Map.of(
            "version", Types.buffer(1),
            "hash-bytes", Types.buffer(20),
            "name", Types.optional(Types.stringAscii(CONTRACT_NAME_MAX))));

    /** What {@code principal-construct?} returns: the principal, or an error code and maybe the principal. */
    private static final ResponseType CONSTRUCTED = new ResponseType(TypeSignature.PRINCIPAL, Types.tuple(Map.of(
            "error_code", TypeSignature.UINT,
            "value", Types.optional(TypeSignature.PRINCIPAL))));

    /** {@code is-standard}: principal to bool. */
    static final FunctionType IS_STANDARD = new FunctionType.Fixed(List.of(TypeSignature.PRINCIPAL), TypeSignature.BOOL);
    /** {@code principal-destruct?}: principal to {@code (response parts parts)}. */
    static final FunctionType PRINCIPAL_DESTRUCT = new FunctionType.Fixed(List.of(TypeSignature.PRINCIPAL),
            new ResponseType(PARTS, PARTS));
    /** {@code contract-hash?}: principal to {@code (response (buff 32) uint)}. */
    static final FunctionType CONTRACT_HASH = new FunctionType.Fixed(List.of(TypeSignature.PRINCIPAL),
            new ResponseType(Types.buffer(32), TypeSignature.UINT));

    private PrincipalTypes() {
    }

    /**
     * {@code (principal-construct? (buff 1) (buff 20) [(string-ascii 40)])}: {@code (response
     * principal {error_code: uint, value: (optional principal)})}.
     */
    static TypeSignature principalConstruct(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(2, args);
        if (args.size() > 3) {
            throw CheckErrorKind.RequiresAtMostArguments.error(3, args.size());
        }
        tc.typeCheckExpects(args.get(0), ctx, Types.buffer(1));
        tc.typeCheckExpects(args.get(1), ctx, Types.buffer(20));
        if (args.size() > 2) {
            tc.typeCheckExpects(args.get(2), ctx, Types.stringAscii(CONTRACT_NAME_MAX));
        }
        return CONSTRUCTED;
    }

    /** {@code (principal-of? (buff 33))}: {@code (response principal uint)}. */
    static TypeSignature principalOf(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        tc.typeCheckExpects(args.get(0), ctx, Types.buffer(33));
        return new ResponseType(TypeSignature.PRINCIPAL, TypeSignature.UINT);
    }
}

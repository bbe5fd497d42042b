package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.natives.NativeFunction;
import io.clarity.type.TypeSignature;
import java.util.List;

/** The type rules of conversions between buffers, strings, integers and the consensus serialization. */
final class ConversionTypes {

    private ConversionTypes() {
    }

    /** {@code buff-to-int-le}. */
    static TypeSignature buffToIntLe(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.BUFF_TO_INT_LE);
    }

    /** {@code buff-to-uint-le}. */
    static TypeSignature buffToUintLe(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.BUFF_TO_UINT_LE);
    }

    /** {@code buff-to-int-be}. */
    static TypeSignature buffToIntBe(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.BUFF_TO_INT_BE);
    }

    /** {@code buff-to-uint-be}. */
    static TypeSignature buffToUintBe(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.BUFF_TO_UINT_BE);
    }

    /** {@code string-to-int?}. */
    static TypeSignature stringToInt(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.STRING_TO_INT);
    }

    /** {@code string-to-uint?}. */
    static TypeSignature stringToUint(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.STRING_TO_UINT);
    }

    /** {@code int-to-ascii}. */
    static TypeSignature intToAscii(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.INT_TO_ASCII);
    }

    /** {@code int-to-utf8}. */
    static TypeSignature intToUtf8(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.INT_TO_UTF8);
    }

    /** {@code to-ascii?}. */
    static TypeSignature toAscii(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.TO_ASCII);
    }

    /** {@code to-consensus-buff?}. */
    static TypeSignature toConsensusBuff(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.TO_CONSENSUS_BUFF);
    }

    /** {@code from-consensus-buff?}. */
    static TypeSignature fromConsensusBuff(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.FROM_CONSENSUS_BUFF);
    }
}

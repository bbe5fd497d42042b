package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.natives.NativeFunction;
import io.clarity.type.TypeSignature;
import java.util.List;

/** The type rules of sequences: list transformation and access. */
final class SequenceTypes {

    private SequenceTypes() {
    }

    /** {@code map}. */
    static TypeSignature map(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.MAP);
    }

    /** {@code filter}. */
    static TypeSignature filter(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.FILTER);
    }

    /** {@code fold}. */
    static TypeSignature fold(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.FOLD);
    }

    /** {@code append}. */
    static TypeSignature append(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.APPEND);
    }

    /** {@code concat}. */
    static TypeSignature concat(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.CONCAT);
    }

    /** {@code as-max-len?}. */
    static TypeSignature asMaxLen(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.AS_MAX_LEN);
    }

    /** {@code len}. */
    static TypeSignature len(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.LEN);
    }

    /** {@code slice?}. */
    static TypeSignature slice(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.SLICE);
    }

    /** {@code replace-at?}. */
    static TypeSignature replaceAt(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.REPLACE_AT);
    }

    /** {@code element-at}. */
    static TypeSignature elementAtAlias(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.ELEMENT_AT_ALIAS);
    }

    /** {@code element-at?}. */
    static TypeSignature elementAt(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.ELEMENT_AT);
    }

    /** {@code index-of}. */
    static TypeSignature indexOfAlias(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.INDEX_OF_ALIAS);
    }

    /** {@code index-of?}. */
    static TypeSignature indexOf(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.INDEX_OF);
    }
}

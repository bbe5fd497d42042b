package io.clarity.analysis;

import static io.clarity.analysis.NativeTypeRules.atLeast;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import java.util.List;

/**
 * The type rules of the boolean natives: {@code and}, {@code or} and {@code not} are simple
 * natives; {@code is-eq} takes one or more arguments of a common type.
 */
final class LogicTypes {

    /** {@code and}, {@code or}: one or more bools. */
    static final FunctionType AND_OR = new FunctionType.Variadic(TypeSignature.BOOL, TypeSignature.BOOL);
    /** {@code not}. */
    static final FunctionType NOT = new FunctionType.Fixed(List.of(TypeSignature.BOOL), TypeSignature.BOOL);

    private LogicTypes() {
    }

    /** {@code (is-eq a b ...)}: the arguments have a least supertype; every argument is typed even after a mismatch. */
    static TypeSignature isEq(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(1, args);
        TypeSignature current = null;
        ClarityError failure = null;
        for (Expr arg : args) {
            TypeSignature t = tc.typeCheck(arg, ctx);
            if (failure != null) {
                continue;
            }
            if (current == null) {
                current = t;
            }
            try {
                current = Types.leastSupertype(tc.epoch(), t, current);
            } catch (ClarityError e) {
                failure = CheckErrorKind.TypeError.error(t, current).at(arg.span());
            }
        }
        if (failure != null) {
            throw failure;
        }
        return TypeSignature.BOOL;
    }
}

package io.clarity.analysis;

import static io.clarity.analysis.NativeTypeRules.atLeast;
import static io.clarity.analysis.NativeTypeRules.bindingPair;
import static io.clarity.analysis.NativeTypeRules.count;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import java.util.List;

/**
 * The type rules of control flow: {@code if}, {@code let}, {@code begin}, {@code asserts!},
 * {@code print} and {@code as-contract}. An early exit ({@code asserts!}) records the type it may
 * return from the function.
 */
final class ControlFlowTypes {

    private ControlFlowTypes() {
    }

    /** {@code (if c a b)}: the arms have a least supertype. */
    static TypeSignature ifForm(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(3, args);
        tc.typeCheckExpects(args.get(0), ctx, TypeSignature.BOOL);
        TypeSignature a = tc.typeCheck(args.get(1), ctx);
        TypeSignature b = tc.typeCheck(args.get(2), ctx);
        try {
            return Types.concretize(Types.leastSupertype(tc.epoch(), a, b));
        } catch (ClarityError e) {
            throw CheckErrorKind.IfArmsMustMatch.error(a, b);
        }
    }

    /** {@code (let ((name value) ...) body ...)}: each binding sees the ones before it. */
    static TypeSignature let(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(2, args);
        if (!(args.get(0) instanceof ListExpr bindings)) {
            throw CheckErrorKind.BadLetSyntax.error().at(args.get(0).span());
        }
        TypingContext inner = ctx.extend();
        List<Expr> items = bindings.items();
        for (int i = 0; i < items.size(); i++) {
            ListExpr pair = bindingPair(items.get(i), i, "let binding");
            if (!(pair.get(0) instanceof AtomExpr name)) {
                throw CheckErrorKind.BadSyntaxBinding.error("let binding #" + (i + 1) + "'s name is not a name").at(pair.get(0).span());
            }
            try {
                tc.contract().checkNameUsed(name.name());
                if (inner.lookupVariable(name.name()) != null) {
                    throw CheckErrorKind.NameAlreadyUsed.error(name.name());
                }
            } catch (ClarityError e) {
                throw e.at(name.span());
            }
            TypeSignature t = tc.typeCheck(pair.get(1), inner);
            inner.addVariable(name.name(), t, tc.version());
        }
        return tc.typeCheckConsecutive(args.subList(1, args.size()), inner);
    }

    /** {@code (begin e ...)}: the type of the last expression. */
    static TypeSignature begin(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(1, args);
        return tc.typeCheckConsecutive(args, ctx);
    }

    /** {@code (asserts! c thrown)}: bool; {@code thrown} is a possible early return. */
    static TypeSignature asserts(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(2, args);
        tc.typeCheckExpects(args.get(0), ctx, TypeSignature.BOOL);
        TypeSignature onError = tc.typeCheck(args.get(1), ctx);
        tc.trackReturnType(onError);
        return TypeSignature.BOOL;
    }

    /** {@code (print v)}: the type of {@code v}. */
    static TypeSignature print(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        return tc.typeCheck(args.get(0), ctx);
    }

    /** {@code (as-contract e)}: the type of {@code e}. */
    static TypeSignature asContract(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        return tc.typeCheck(args.get(0), ctx);
    }
}

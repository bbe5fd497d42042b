package io.clarity.analysis;

import static io.clarity.analysis.NativeTypeRules.atLeast;
import static io.clarity.analysis.NativeTypeRules.count;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.value.OptionalType;
import io.clarity.value.ResponseType;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import java.util.List;

/**
 * The type rules of optionals and responses: construction ({@code some ok err}), tests
 * ({@code is-some is-none is-ok is-err}), {@code default-to}, {@code match}, and the unwrapping
 * forms, of which {@code unwrap! unwrap-err! try!} record the type they may return early.
 */
final class OptionTypes {

    private OptionTypes() {
    }

    /** {@code (some v)}. */
    static TypeSignature some(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        return Types.optional(tc.typeCheck(args.get(0), ctx));
    }

    /** {@code (ok v)}: a response whose err type is not known yet. */
    static TypeSignature ok(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        return Types.response(tc.typeCheck(args.get(0), ctx), TypeSignature.NO_TYPE);
    }

    /** {@code (err v)}: a response whose ok type is not known yet. */
    static TypeSignature err(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        return Types.response(TypeSignature.NO_TYPE, tc.typeCheck(args.get(0), ctx));
    }

    /** {@code is-ok}, {@code is-err}: a response to bool. */
    static TypeSignature isOkOrErr(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        TypeSignature input = tc.typeCheck(args.get(0), ctx);
        if (!(input instanceof ResponseType)) {
            throw CheckErrorKind.ExpectedResponseType.error(input).at(args.get(0).span());
        }
        return TypeSignature.BOOL;
    }

    /** {@code is-some}, {@code is-none}: an optional to bool. */
    static TypeSignature isSomeOrNone(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        TypeSignature input = tc.typeCheck(args.get(0), ctx);
        if (!(input instanceof OptionalType)) {
            throw CheckErrorKind.ExpectedOptionalType.error(input).at(args.get(0).span());
        }
        return TypeSignature.BOOL;
    }

    /** {@code (default-to dflt opt)}: the least supertype of the default and the inner type. */
    static TypeSignature defaultTo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(2, args);
        TypeSignature dflt = tc.typeCheck(args.get(0), ctx);
        TypeSignature input = tc.typeCheck(args.get(1), ctx);
        if (!(input instanceof OptionalType o)) {
            throw CheckErrorKind.ExpectedOptionalType.error(input).at(args.get(1).span());
        }
        try {
            return Types.leastSupertype(tc.epoch(), dflt, o.inner());
        } catch (ClarityError e) {
            throw CheckErrorKind.DefaultTypesMustMatch.error(dflt, o.inner());
        }
    }

    /** {@code (unwrap! input thrown)}. */
    static TypeSignature unwrap(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        return unwrapOrReturn(tc, args, ctx, false);
    }

    /** {@code (unwrap-err! input thrown)}. */
    static TypeSignature unwrapErr(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        return unwrapOrReturn(tc, args, ctx, true);
    }

    /** {@code unwrap!} or, with {@code err}, {@code unwrap-err!}: {@code thrown} is a possible early return. */
    private static TypeSignature unwrapOrReturn(TypeChecker tc, List<Expr> args, TypingContext ctx, boolean err) {
        count(2, args);
        TypeSignature input = tc.typeCheck(args.get(0), ctx);
        TypeSignature onError = tc.typeCheck(args.get(1), ctx);
        tc.trackReturnType(onError);
        return err ? unwrapErr(input, args.get(0)) : unwrapOk(input, args.get(0));
    }

    /** {@code (unwrap-panic input)}. */
    static TypeSignature unwrapPanic(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        return unwrapOk(tc.typeCheck(args.get(0), ctx), args.get(0));
    }

    /** {@code (unwrap-err-panic input)}. */
    static TypeSignature unwrapErrPanic(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        return unwrapErr(tc.typeCheck(args.get(0), ctx), args.get(0));
    }

    /** {@code (try! input)}: the ok or some value; the err or none is a possible early return. */
    static TypeSignature tryForm(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        TypeSignature input = tc.typeCheck(args.get(0), ctx);
        if (input instanceof OptionalType o) {
            if (o.inner() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineResponseOkType.error().at(args.get(0).span());
            }
            tc.trackReturnType(Types.optional(TypeSignature.NO_TYPE));
            return o.inner();
        }
        if (input instanceof ResponseType r) {
            if (r.ok() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineResponseOkType.error().at(args.get(0).span());
            }
            if (r.err() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineResponseErrType.error().at(args.get(0).span());
            }
            tc.trackReturnType(Types.response(TypeSignature.NO_TYPE, r.err()));
            return r.ok();
        }
        throw CheckErrorKind.ExpectedOptionalOrResponseType.error(input).at(args.get(0).span());
    }

    /** {@code (match input some-name some-arm none-arm)} or its response form with two bindings. */
    static TypeSignature match(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(1, args);
        TypeSignature input = tc.typeCheck(args.get(0), ctx);
        List<Expr> rest = args.subList(1, args.size());
        if (input instanceof OptionalType o) {
            if (rest.size() != 3) {
                throw CheckErrorKind.BadMatchOptionSyntax.error(
                        String.format(CheckErrorKind.IncorrectArgumentCount.template(), 4, rest.size() + 1));
            }
            String name = bindName(rest.get(0), CheckErrorKind.BadMatchOptionSyntax);
            if (o.inner() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineMatchTypes.error().at(args.get(0).span());
            }
            TypeSignature someType = tc.checkWithBinding(rest.get(1), name, o.inner(), ctx);
            TypeSignature noneType = tc.typeCheck(rest.get(2), ctx);
            try {
                return Types.leastSupertype(tc.epoch(), someType, noneType);
            } catch (ClarityError e) {
                throw CheckErrorKind.MatchArmsMustMatch.error(someType, noneType);
            }
        }
        if (input instanceof ResponseType r) {
            if (rest.size() != 4) {
                throw CheckErrorKind.BadMatchResponseSyntax.error(
                        String.format(CheckErrorKind.IncorrectArgumentCount.template(), 5, rest.size() + 1));
            }
            String okName = bindName(rest.get(0), CheckErrorKind.BadMatchResponseSyntax);
            String errName = bindName(rest.get(2), CheckErrorKind.BadMatchResponseSyntax);
            if (r.ok() instanceof TypeSignature.NoType || r.err() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineMatchTypes.error().at(args.get(0).span());
            }
            TypeSignature okType = tc.checkWithBinding(rest.get(1), okName, r.ok(), ctx);
            TypeSignature errType = tc.checkWithBinding(rest.get(3), errName, r.err(), ctx);
            try {
                return Types.leastSupertype(tc.epoch(), okType, errType);
            } catch (ClarityError e) {
                throw CheckErrorKind.MatchArmsMustMatch.error(okType, errType);
            }
        }
        throw CheckErrorKind.BadMatchInput.error(input).at(args.get(0).span());
    }

    /** What unwrap!, unwrap-panic and try! give from {@code input}, the type of {@code where}. */
    private static TypeSignature unwrapOk(TypeSignature input, Expr where) {
        if (input instanceof OptionalType o) {
            if (o.inner() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineResponseOkType.error().at(where.span());
            }
            return o.inner();
        }
        if (input instanceof ResponseType r) {
            if (r.ok() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineResponseOkType.error().at(where.span());
            }
            return r.ok();
        }
        throw CheckErrorKind.ExpectedOptionalOrResponseType.error(input).at(where.span());
    }

    /** What unwrap-err! and unwrap-err-panic give from {@code input}, the type of {@code where}. */
    private static TypeSignature unwrapErr(TypeSignature input, Expr where) {
        if (input instanceof ResponseType r) {
            if (r.err() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineResponseErrType.error().at(where.span());
            }
            return r.err();
        }
        throw CheckErrorKind.ExpectedResponseType.error(input).at(where.span());
    }

    private static String bindName(Expr e, CheckErrorKind syntax) {
        if (e instanceof AtomExpr a) {
            return a.name();
        }
        throw syntax.error(CheckErrorKind.ExpectedName.template()).at(e.span());
    }
}

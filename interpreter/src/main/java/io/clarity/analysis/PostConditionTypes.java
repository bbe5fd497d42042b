package io.clarity.analysis;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.value.ListType;
import io.clarity.value.ResponseType;
import io.clarity.value.StringAsciiType;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;

/**
 * The type rules of Clarity 4 asset guards: {@code restrict-assets?}, {@code as-contract?} and
 * their allowances. An allowance is only typed as an item of a guard's allowance list; anywhere
 * else it is {@code AllowanceExprNotAllowed}. A guard's value is {@code (response body uint)},
 * and none of its body expressions, not even the last, may be a response.
 */
final class PostConditionTypes {

    /** At most this many allowances per guard; also the index reported for an asset without one. */
    static final int MAX_ALLOWANCES = 128;
    /** At most this many ids in a {@code with-nft} list. */
    static final int MAX_NFT_IDENTIFIERS = 128;
    /** The type of a token name in {@code with-ft} and {@code with-nft}. */
    private static final StringAsciiType TOKEN_NAME = new StringAsciiType(128);

    private PostConditionTypes() {
    }

    /** {@code (restrict-assets? owner (allowance...) body...)}. */
    static TypeSignature restrictAssets(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.atLeast(3, args);
        ListExpr allowances = allowanceList(args.get(1), "restrict-assets?", 2);
        tc.typeCheckExpects(args.get(0), ctx, TypeSignature.PRINCIPAL);
        for (Expr a : allowances.items()) {
            if (checkAllowance(tc, a, ctx)) {
                throw CheckErrorKind.WithAllAllowanceNotAllowed.error().at(a.span());
            }
        }
        return body(tc, args.subList(2, args.size()), ctx);
    }

    /** {@code (as-contract? (allowance...) body...)}. */
    static TypeSignature asContractSafe(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.atLeast(2, args);
        ListExpr allowances = allowanceList(args.get(0), "as-contract?", 1);
        for (Expr a : allowances.items()) {
            if (checkAllowance(tc, a, ctx) && allowances.size() > 1) {
                throw CheckErrorKind.WithAllAllowanceNotAlone.error().at(a.span());
            }
        }
        return body(tc, args.subList(1, args.size()), ctx);
    }

    private static ListExpr allowanceList(Expr e, String form, int position) {
        if (!(e instanceof ListExpr list)) {
            throw CheckErrorKind.ExpectedListOfAllowances.error(form, position).at(e.span());
        }
        if (list.size() > MAX_ALLOWANCES) {
            throw CheckErrorKind.TooManyAllowances.error(MAX_ALLOWANCES, list.size()).at(e.span());
        }
        return list;
    }

    /** The body: every expression is checked at once, so the first response among them is reported. */
    private static TypeSignature body(TypeChecker tc, List<Expr> body, TypingContext ctx) {
        TypeSignature last = null;
        for (Expr e : body) {
            last = tc.typeCheck(e, ctx);
            if (last instanceof ResponseType) {
                throw CheckErrorKind.UncheckedIntermediaryResponses.error().at(e.span());
            }
        }
        return Types.response(last, TypeSignature.UINT);
    }

    /** Checks one item of an allowance list; true if it is {@code with-all-assets-unsafe}. */
    private static boolean checkAllowance(TypeChecker tc, Expr allowance, TypingContext ctx) {
        if (!(allowance instanceof ListExpr list) || list.size() == 0) {
            throw CheckErrorKind.ExpectedListApplication.error().at(allowance.span());
        }
        if (!(list.get(0) instanceof AtomExpr head)) {
            throw CheckErrorKind.NonFunctionApplication.error().at(allowance.span());
        }
        NativeFunction f = NativeFunction.lookup(head.name(), tc.version());
        if (f == null) {
            throw CheckErrorKind.ExpectedAllowanceExpr.error(head.name()).at(allowance.span());
        }
        List<Expr> args = list.args();
        try {
            if (f == NativeFunction.WITH_STX || f == NativeFunction.WITH_STACKING || f == NativeFunction.WITH_STAKING) {
                NativeTypeRules.count(1, args);
                tc.typeCheckExpects(args.get(0), ctx, TypeSignature.UINT);
            } else if (f == NativeFunction.WITH_FT) {
                NativeTypeRules.count(3, args);
                tc.typeCheckExpects(args.get(0), ctx, TypeSignature.PRINCIPAL);
                tc.typeCheckExpects(args.get(1), ctx, TOKEN_NAME);
                tc.typeCheckExpects(args.get(2), ctx, TypeSignature.UINT);
            } else if (f == NativeFunction.WITH_NFT) {
                NativeTypeRules.count(3, args);
                tc.typeCheckExpects(args.get(0), ctx, TypeSignature.PRINCIPAL);
                tc.typeCheckExpects(args.get(1), ctx, TOKEN_NAME);
                // ids of any type are accepted: one of the wrong type simply never matches
                if (!(tc.typeCheck(args.get(2), ctx) instanceof ListType ids)) {
                    throw CheckErrorKind.WithNftExpectedListOfIdentifiers.error().at(args.get(2).span());
                }
                if (ids.maxLength() > MAX_NFT_IDENTIFIERS) {
                    throw CheckErrorKind.MaxIdentifierLengthExceeded.error(MAX_NFT_IDENTIFIERS, ids.maxLength())
                            .at(args.get(2).span());
                }
            } else if (f == NativeFunction.WITH_POX) {
                NativeTypeRules.count(0, args);
            } else if (f == NativeFunction.WITH_ALL_ASSETS_UNSAFE) {
                NativeTypeRules.count(0, args);
                return true;
            } else {
                throw CheckErrorKind.ExpectedAllowanceExpr.error(head.name());
            }
        } catch (ClarityError e) {
            throw e.at(allowance.span());
        }
        return false;
    }

    /**
     * An allowance ({@code with-stx}, {@code with-ft}, ...) outside the allowance list of a guard
     * ({@code with-all-assets-unsafe}: of {@code as-contract?}), which checks its own list.
     */
    static TypeSignature allowanceOutsideGuard(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw CheckErrorKind.AllowanceExprNotAllowed.error();
    }
}

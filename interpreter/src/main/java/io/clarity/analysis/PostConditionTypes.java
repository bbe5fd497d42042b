package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.natives.NativeFunction;
import io.clarity.type.TypeSignature;
import java.util.List;

/** The type rules of Clarity 4 asset guards: restrict-assets?, as-contract? and their allowances. */
final class PostConditionTypes {

    private PostConditionTypes() {
    }

    /** {@code restrict-assets?}. */
    static TypeSignature restrictAssets(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.RESTRICT_ASSETS);
    }

    /** {@code as-contract?}. */
    static TypeSignature asContractSafe(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.AS_CONTRACT_SAFE);
    }

    /** {@code with-stx}. */
    static TypeSignature withStx(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.WITH_STX);
    }

    /** {@code with-ft}. */
    static TypeSignature withFt(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.WITH_FT);
    }

    /** {@code with-nft}. */
    static TypeSignature withNft(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.WITH_NFT);
    }

    /** {@code with-stacking}. */
    static TypeSignature withStacking(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.WITH_STACKING);
    }

    /** {@code with-staking}. */
    static TypeSignature withStaking(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.WITH_STAKING);
    }

    /** {@code with-pox}. */
    static TypeSignature withPox(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.WITH_POX);
    }

    /** {@code with-all-assets-unsafe}. */
    static TypeSignature withAllAssetsUnsafe(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.WITH_ALL_ASSETS_UNSAFE);
    }
}

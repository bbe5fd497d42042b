package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.value.Value;
import java.util.List;

/** The natives of Clarity 4 asset guards: restrict-assets?, as-contract? and their allowances. */
final class PostConditions {

    private PostConditions() {
    }

    /** {@code restrict-assets?}. */
    static Value restrictAssets(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.RESTRICT_ASSETS);
    }

    /** {@code as-contract?}. */
    static Value asContractSafe(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.AS_CONTRACT_SAFE);
    }

    /** {@code with-stx}. */
    static Value withStx(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.WITH_STX);
    }

    /** {@code with-ft}. */
    static Value withFt(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.WITH_FT);
    }

    /** {@code with-nft}. */
    static Value withNft(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.WITH_NFT);
    }

    /** {@code with-stacking}. */
    static Value withStacking(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.WITH_STACKING);
    }

    /** {@code with-staking}. */
    static Value withStaking(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.WITH_STAKING);
    }

    /** {@code with-pox}. */
    static Value withPox(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.WITH_POX);
    }

    /** {@code with-all-assets-unsafe}. */
    static Value withAllAssetsUnsafe(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.WITH_ALL_ASSETS_UNSAFE);
    }
}

package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.value.Value;
import java.util.List;

/** The natives of fungible and non-fungible tokens, and the STX functions beyond transfer and balance. */
final class Tokens {

    private Tokens() {
    }

    /** {@code ft-mint?}. */
    static Value ftMint(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.FT_MINT);
    }

    /** {@code ft-transfer?}. */
    static Value ftTransfer(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.FT_TRANSFER);
    }

    /** {@code ft-burn?}. */
    static Value ftBurn(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.FT_BURN);
    }

    /** {@code ft-get-balance}. */
    static Value ftGetBalance(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.FT_GET_BALANCE);
    }

    /** {@code ft-get-supply}. */
    static Value ftGetSupply(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.FT_GET_SUPPLY);
    }

    /** {@code nft-mint?}. */
    static Value nftMint(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.NFT_MINT);
    }

    /** {@code nft-transfer?}. */
    static Value nftTransfer(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.NFT_TRANSFER);
    }

    /** {@code nft-burn?}. */
    static Value nftBurn(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.NFT_BURN);
    }

    /** {@code nft-get-owner?}. */
    static Value nftGetOwner(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.NFT_GET_OWNER);
    }

    /** {@code stx-account}. */
    static Value stxAccount(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.STX_ACCOUNT);
    }

    /** {@code stx-transfer-memo?}. */
    static Value stxTransferMemo(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.STX_TRANSFER_MEMO);
    }

    /** {@code stx-burn?}. */
    static Value stxBurn(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.STX_BURN);
    }
}

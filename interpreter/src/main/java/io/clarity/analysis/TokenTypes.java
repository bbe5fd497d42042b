package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.natives.NativeFunction;
import io.clarity.type.TypeSignature;
import java.util.List;

/** The type rules of fungible and non-fungible tokens, and the STX functions beyond transfer and balance. */
final class TokenTypes {

    private TokenTypes() {
    }

    /** {@code ft-mint?}. */
    static TypeSignature ftMint(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.FT_MINT);
    }

    /** {@code ft-transfer?}. */
    static TypeSignature ftTransfer(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.FT_TRANSFER);
    }

    /** {@code ft-burn?}. */
    static TypeSignature ftBurn(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.FT_BURN);
    }

    /** {@code ft-get-balance}. */
    static TypeSignature ftGetBalance(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.FT_GET_BALANCE);
    }

    /** {@code ft-get-supply}. */
    static TypeSignature ftGetSupply(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.FT_GET_SUPPLY);
    }

    /** {@code nft-mint?}. */
    static TypeSignature nftMint(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.NFT_MINT);
    }

    /** {@code nft-transfer?}. */
    static TypeSignature nftTransfer(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.NFT_TRANSFER);
    }

    /** {@code nft-burn?}. */
    static TypeSignature nftBurn(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.NFT_BURN);
    }

    /** {@code nft-get-owner?}. */
    static TypeSignature nftGetOwner(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.NFT_GET_OWNER);
    }

    /** {@code stx-account}. */
    static TypeSignature stxAccount(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.STX_ACCOUNT);
    }

    /** {@code stx-transfer-memo?}. */
    static TypeSignature stxTransferMemo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.STX_TRANSFER_MEMO);
    }

    /** {@code stx-burn?}. */
    static TypeSignature stxBurn(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.STX_BURN);
    }
}

package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.value.BufferType;
import io.clarity.value.OptionalType;
import io.clarity.value.ResponseType;
import io.clarity.value.TupleType;
import io.clarity.value.TypeSignature;
import java.util.List;
import java.util.Map;

/**
 * The type rules of fungible and non-fungible tokens, and the STX functions beyond transfer and
 * balance. The token must be defined by the contract itself ({@code NoSuchFT}, {@code NoSuchNFT});
 * the reference looks a fungible token up after typing the other arguments of mint, transfer and
 * burn, but before them for the balance and supply, and a non-fungible token always first.
 */
final class TokenTypes {

    private static final ResponseType BOOL_OR_UINT = new ResponseType(TypeSignature.BOOL, TypeSignature.UINT);
    /** A memo of {@code stx-transfer-memo?} is at most 34 bytes ({@code TOKEN_TRANSFER_MEMO_LENGTH}). */
    private static final BufferType MEMO = new BufferType(34);
    /** {@code (stx-get-balance principal)}: a simple native. */
    static final FunctionType STX_GET_BALANCE = new FunctionType.Fixed(List.of(TypeSignature.PRINCIPAL), TypeSignature.UINT);
    /** {@code (stx-account principal)}: a simple native (usable with map, filter and fold). */
    static final FunctionType STX_ACCOUNT = new FunctionType.Fixed(List.of(TypeSignature.PRINCIPAL),
            TupleType.of(Map.of("locked", TypeSignature.UINT, "unlock-height", TypeSignature.UINT,
                    "unlocked", TypeSignature.UINT)));
    /** {@code (stx-burn? uint principal)}: a simple native. */
    static final FunctionType STX_BURN = new FunctionType.Fixed(
            List.of(TypeSignature.UINT, TypeSignature.PRINCIPAL), BOOL_OR_UINT);

    private TokenTypes() {
    }

    private static String tokenName(List<Expr> args) {
        return NativeTypeRules.atom(args.get(0), CheckErrorKind.BadTokenName);
    }

    /** The token named by the first argument must be a fungible token of this contract. */
    private static void requireFungible(TypeChecker tc, List<Expr> args) {
        String name = tokenName(args);
        if (!tc.contract().hasFungibleToken(name)) {
            throw CheckErrorKind.NoSuchFT.error(name).at(args.get(0).span());
        }
    }

    /** The id type of the non-fungible token named by the first argument. */
    private static TypeSignature nonFungibleType(TypeChecker tc, List<Expr> args) {
        String name = tokenName(args);
        TypeSignature t = tc.contract().nonFungibleTokenType(name);
        if (t == null) {
            throw CheckErrorKind.NoSuchNFT.error(name).at(args.get(0).span());
        }
        return t;
    }

    /** {@code (ft-transfer? token uint principal principal)}. */
    static TypeSignature ftTransfer(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(4, args);
        tokenName(args);
        tc.typeCheckExpects(args.get(1), ctx, TypeSignature.UINT);
        tc.typeCheckExpects(args.get(2), ctx, TypeSignature.PRINCIPAL);
        tc.typeCheckExpects(args.get(3), ctx, TypeSignature.PRINCIPAL);
        requireFungible(tc, args);
        return BOOL_OR_UINT;
    }

    /** {@code (ft-mint? token uint principal)} and {@code (ft-burn? token uint principal)}. */
    static TypeSignature ftMintOrBurn(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(3, args);
        tokenName(args);
        tc.typeCheckExpects(args.get(1), ctx, TypeSignature.UINT);
        tc.typeCheckExpects(args.get(2), ctx, TypeSignature.PRINCIPAL);
        requireFungible(tc, args);
        return BOOL_OR_UINT;
    }

    /** {@code (ft-get-balance token principal)}. */
    static TypeSignature ftGetBalance(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(2, args);
        requireFungible(tc, args);
        tc.typeCheckExpects(args.get(1), ctx, TypeSignature.PRINCIPAL);
        return TypeSignature.UINT;
    }

    /** {@code (ft-get-supply token)}. */
    static TypeSignature ftGetSupply(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(1, args);
        requireFungible(tc, args);
        return TypeSignature.UINT;
    }

    /**
     * {@code (nft-mint? token id principal)} and {@code (nft-burn? token id principal)}: the id
     * must be admitted by the token's id type.
     */
    static TypeSignature nftMintOrBurn(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(3, args);
        TypeSignature id = nonFungibleType(tc, args);
        tc.typeCheckExpects(args.get(1), ctx, id);
        tc.typeCheckExpects(args.get(2), ctx, TypeSignature.PRINCIPAL);
        return BOOL_OR_UINT;
    }

    /** {@code (nft-transfer? token id principal principal)}. */
    static TypeSignature nftTransfer(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(4, args);
        TypeSignature id = nonFungibleType(tc, args);
        tc.typeCheckExpects(args.get(1), ctx, id);
        tc.typeCheckExpects(args.get(2), ctx, TypeSignature.PRINCIPAL);
        tc.typeCheckExpects(args.get(3), ctx, TypeSignature.PRINCIPAL);
        return BOOL_OR_UINT;
    }

    /** {@code (nft-get-owner? token id)}. */
    static TypeSignature nftGetOwner(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(2, args);
        TypeSignature id = nonFungibleType(tc, args);
        tc.typeCheckExpects(args.get(1), ctx, id);
        return new OptionalType(TypeSignature.PRINCIPAL);
    }

    /** {@code (stx-transfer-memo? uint principal principal (buff 34))}. */
    static TypeSignature stxTransferMemo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(4, args);
        tc.typeCheckExpects(args.get(0), ctx, TypeSignature.UINT);
        tc.typeCheckExpects(args.get(1), ctx, TypeSignature.PRINCIPAL);
        tc.typeCheckExpects(args.get(2), ctx, TypeSignature.PRINCIPAL);
        tc.typeCheckExpects(args.get(3), ctx, MEMO);
        return BOOL_OR_UINT;
    }

    /** {@code (stx-transfer? amount sender recipient)}. */
    static TypeSignature stxTransfer(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(3, args);
        tc.typeCheckExpects(args.get(0), ctx, TypeSignature.UINT);
        tc.typeCheckExpects(args.get(1), ctx, TypeSignature.PRINCIPAL);
        tc.typeCheckExpects(args.get(2), ctx, TypeSignature.PRINCIPAL);
        return new ResponseType(TypeSignature.BOOL, TypeSignature.UINT);
    }
}

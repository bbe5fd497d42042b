package io.clarity.natives;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.chain.AssetIdentifier;
import io.clarity.chain.ContractStorage;
import io.clarity.chain.Event;
import io.clarity.cost.CostInputs;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.ExecutionContext;
import io.clarity.eval.Locals;
import io.clarity.eval.instrument.StateAccess.Store;
import io.clarity.value.ErrValue;
import io.clarity.value.Int128;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.SomeValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;

/**
 * The natives of fungible and non-fungible tokens, and the STX functions beyond transfer and
 * balance. A token native works on a token of the contract whose code runs; its name is the first
 * argument, unevaluated. Every outflow (a transfer or burn) is recorded in the current context's
 * asset map for the asset guards, and every change emits its event.
 */
final class Tokens {

    // the reference's error codes, per native (assets.rs)
    private static final ErrValue ERR_1 = new ErrValue(UIntValue.of(1));
    private static final ErrValue ERR_2 = new ErrValue(UIntValue.of(2));
    private static final ErrValue ERR_3 = new ErrValue(UIntValue.of(3));


    private Tokens() {
    }

    private static String tokenName(Expr e) {
        return ((AtomExpr) e).name();
    }

    private static AssetIdentifier asset(CallContext ctx, String token) {
        return new AssetIdentifier(ctx.contract().id(), token);
    }

    // the token natives only look at their arguments (an NFT's id is kept for its event)

    private static UIntValue uint(Expr e, CallContext ctx, Locals locals) {
        return (UIntValue) Evaluator.evalBorrowed(e, ctx, locals);
    }

    private static PrincipalValue principal(Expr e, CallContext ctx, Locals locals) {
        return (PrincipalValue) Evaluator.evalBorrowed(e, ctx, locals);
    }

    // --- fungible tokens ------------------------------------------------------------------

    /** {@code (ft-mint? token amount recipient)}: u1 for a zero amount; the supply is checked. */
    static Value ftMint(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.FT_MINT);
        String token = tokenName(args.get(0));
        UIntValue amount = uint(args.get(1), ctx, locals);
        PrincipalValue to = principal(args.get(2), ctx, locals);
        if (amount.isZero()) {
            return ERR_1;
        }
        ContractStorage storage = ctx.contract().storage();
        // the sum is checked before the cap, as the reference's checked_increase_token_supply does
        UIntValue supply = Int128.add(storage.ftSupply(token), amount);
        UIntValue max = storage.ftMaxSupply(token);
        if (max != null && Arithmetic.compare(supply, max) > 0) {
            throw RuntimeErrorKind.SupplyOverflow.error(supply, max);
        }
        ctx.exec().costs().addMemory(CostInputs.PRINCIPAL_MEMORY + CostInputs.AMOUNT_MEMORY);
        UIntValue supplyBefore = storage.ftSupply(token);
        UIntValue balanceBefore = storage.ftBalance(token, to);
        storage.setFtSupply(token, supply);
        UIntValue balance = Int128.add(balanceBefore, amount);
        storage.setFtBalance(token, to, balance);
        StateWatch.write(ctx, Store.FT_SUPPLY, token, null, supplyBefore, supply);
        StateWatch.write(ctx, Store.FT_BALANCE, token, to, balanceBefore, balance);
        ctx.emit(new Event.FtMint(asset(ctx, token).toString(), to, amount));
        return OkValue.TRUE;
    }

    /** {@code (ft-transfer? token amount sender recipient)}: u3 zero amount, u2 same principal, u1 balance. */
    static Value ftTransfer(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.FT_TRANSFER);
        String token = tokenName(args.get(0));
        UIntValue amount = uint(args.get(1), ctx, locals);
        PrincipalValue from = principal(args.get(2), ctx, locals);
        PrincipalValue to = principal(args.get(3), ctx, locals);
        if (amount.isZero()) {
            return ERR_3;
        }
        if (from.equals(to)) {
            return ERR_2;
        }
        ContractStorage storage = ctx.contract().storage();
        UIntValue fromBalance = storage.ftBalance(token, from);
        if (Arithmetic.compare(fromBalance, amount) < 0) {
            return ERR_1;
        }
        UIntValue toBefore = storage.ftBalance(token, to);
        UIntValue toBalance = Int128.add(toBefore, amount);
        ctx.exec().costs().addMemory(2 * CostInputs.PRINCIPAL_MEMORY + 2 * CostInputs.AMOUNT_MEMORY);
        UIntValue fromAfter = Int128.subtract(fromBalance, amount);
        storage.setFtBalance(token, from, fromAfter);
        storage.setFtBalance(token, to, toBalance);
        StateWatch.write(ctx, Store.FT_BALANCE, token, from, fromBalance, fromAfter);
        StateWatch.write(ctx, Store.FT_BALANCE, token, to, toBefore, toBalance);
        AssetIdentifier asset = asset(ctx, token);
        ctx.exec().state().log().outflows().addTokenTransfer(from, asset, amount);
        ctx.emit(new Event.FtTransfer(asset.toString(), from, to, amount));
        return OkValue.TRUE;
    }

    /** {@code (ft-burn? token amount sender)}: u1 for a zero amount or too small a balance. */
    static Value ftBurn(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.FT_BURN);
        String token = tokenName(args.get(0));
        UIntValue amount = uint(args.get(1), ctx, locals);
        PrincipalValue from = principal(args.get(2), ctx, locals);
        if (amount.isZero()) {
            return ERR_1;
        }
        ContractStorage storage = ctx.contract().storage();
        UIntValue balance = storage.ftBalance(token, from);
        if (Arithmetic.compare(amount, balance) > 0) {
            return ERR_1;
        }
        // a balance never exceeds the supply, so neither subtraction can go below zero
        ctx.exec().costs().addMemory(CostInputs.PRINCIPAL_MEMORY + CostInputs.AMOUNT_MEMORY);
        UIntValue supplyBefore = storage.ftSupply(token);
        UIntValue supply = Int128.subtract(supplyBefore, amount);
        UIntValue after = Int128.subtract(balance, amount);
        storage.setFtSupply(token, supply);
        storage.setFtBalance(token, from, after);
        StateWatch.write(ctx, Store.FT_SUPPLY, token, null, supplyBefore, supply);
        StateWatch.write(ctx, Store.FT_BALANCE, token, from, balance, after);
        AssetIdentifier asset = asset(ctx, token);
        ctx.exec().state().log().outflows().addTokenTransfer(from, asset, amount);
        ctx.emit(new Event.FtBurn(asset.toString(), from, amount));
        return OkValue.TRUE;
    }

    /** {@code (ft-get-balance token owner)}. */
    static Value ftGetBalance(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.FT_GET_BALANCE);
        String token = tokenName(args.get(0));
        PrincipalValue owner = principal(args.get(1), ctx, locals);
        UIntValue balance = ctx.contract().storage().ftBalance(token, owner);
        StateWatch.read(ctx, Store.FT_BALANCE, token, owner, balance);
        return balance;
    }

    /** {@code (ft-get-supply token)}: what has been minted and not burned. */
    static Value ftGetSupply(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.FT_GET_SUPPLY);
        UIntValue supply = ctx.contract().storage().ftSupply(tokenName(args.get(0)));
        if (supply == null) {
            // an at-block before the token existed: the reference finds no supply and fails internally
            throw RuntimeErrorKind.Internal.error("the token's supply is not tracked at this block (it was defined later)");
        }
        StateWatch.read(ctx, Store.FT_SUPPLY, tokenName(args.get(0)), null, supply);
        return supply;
    }

    // --- non-fungible tokens --------------------------------------------------------------
    //
    // An NFT native is charged by its id: from epoch 2.05 the id's serialized size, in 2.0 the
    // size of the token's declared id type (its input is computed after the arguments). A change
    // counts the owner and the id in memory, and keeps (copies) the id for its event.

    /** {@code (nft-mint? token id recipient)}: u1 if the id exists. */
    static Value nftMint(List<Expr> args, CallContext ctx, Locals locals) {
        String token = tokenName(args.get(0));
        Value id = Evaluator.evalBorrowed(args.get(1), ctx, locals);
        PrincipalValue to = principal(args.get(2), ctx, locals);
        long size = chargeNft(NativeFunction.NFT_MINT, token, id, ctx);
        ContractStorage storage = ctx.contract().storage();
        if (storage.nftOwner(token, id) != null) {
            return ERR_1;
        }
        ctx.exec().costs().addMemory(CostInputs.PRINCIPAL_MEMORY + size);
        storage.setNftOwner(token, id, to);
        StateWatch.write(ctx, Store.NFT_OWNER, token, id, null, to);
        Evaluator.chargeCopy(args.get(1), id, ctx);
        ctx.emit(new Event.NftMint(asset(ctx, token).toString(), to, id));
        return OkValue.TRUE;
    }

    /** {@code (nft-transfer? token id sender recipient)}: u2 same principal, u3 no such id, u1 not the owner. */
    static Value nftTransfer(List<Expr> args, CallContext ctx, Locals locals) {
        String token = tokenName(args.get(0));
        Value id = Evaluator.evalBorrowed(args.get(1), ctx, locals);
        PrincipalValue from = principal(args.get(2), ctx, locals);
        PrincipalValue to = principal(args.get(3), ctx, locals);
        long size = chargeNft(NativeFunction.NFT_TRANSFER, token, id, ctx);
        if (from.equals(to)) {
            return ERR_2;
        }
        return moveNft(args.get(1), ctx, token, id, size, from, to);
    }

    /** {@code (nft-burn? token id sender)}: u3 no such id, u1 not the owner. */
    static Value nftBurn(List<Expr> args, CallContext ctx, Locals locals) {
        // charged twice, as the reference does: once before the arguments, once by the id
        ctx.exec().costs().charge(NativeFunction.NFT_BURN, 0);
        String token = tokenName(args.get(0));
        Value id = Evaluator.evalBorrowed(args.get(1), ctx, locals);
        PrincipalValue from = principal(args.get(2), ctx, locals);
        long size = chargeNft(NativeFunction.NFT_BURN, token, id, ctx);
        return moveNft(args.get(1), ctx, token, id, size, from, null);
    }

    /**
     * Moves token {@code id} from {@code from} to {@code to} (null burns it), after the checks
     * that transfer and burn share: u3 if it does not exist, u1 if {@code from} does not own it.
     */
    private static Value moveNft(Expr idExpr, CallContext ctx, String token, Value id, long size, PrincipalValue from,
                                 PrincipalValue to) {
        ContractStorage storage = ctx.contract().storage();
        PrincipalValue owner = storage.nftOwner(token, id);
        if (owner == null) {
            return ERR_3;
        }
        if (!owner.equals(from)) {
            return ERR_1;
        }
        ctx.exec().costs().addMemory(CostInputs.PRINCIPAL_MEMORY + size);
        storage.setNftOwner(token, id, to);
        StateWatch.write(ctx, Store.NFT_OWNER, token, id, owner, to);
        Evaluator.chargeCopy(idExpr, id, ctx);
        AssetIdentifier asset = asset(ctx, token);
        ctx.exec().state().log().outflows().addAssetTransfer(from, asset, id);
        ctx.emit(to == null ? new Event.NftBurn(asset.toString(), from, id)
                : new Event.NftTransfer(asset.toString(), from, to, id));
        return OkValue.TRUE;
    }

    /** {@code (nft-get-owner? token id)}. */
    static Value nftGetOwner(List<Expr> args, CallContext ctx, Locals locals) {
        String token = tokenName(args.get(0));
        Value id = Evaluator.evalBorrowed(args.get(1), ctx, locals);
        chargeNft(NativeFunction.NFT_GET_OWNER, token, id, ctx);
        PrincipalValue owner = ctx.contract().storage().nftOwner(token, id);
        StateWatch.read(ctx, Store.NFT_OWNER, token, id, owner);
        return owner == null ? NoneValue.INSTANCE : new SomeValue(owner);
    }

    /** Charges {@code f} by token {@code id} (see above); returns that input, which is also the id's memory. */
    private static long chargeNft(NativeFunction f, String token, Value id, CallContext ctx) {
        ExecutionContext exec = ctx.exec();
        if (exec.epoch().atLeast(Epoch.E2_05)) {
            return exec.costs().chargeSerialized(f, id, 0);
        }
        return exec.costs().chargeTypeSize(f, ctx.contract().analysis().nonFungibleTokenType(token));
    }
}

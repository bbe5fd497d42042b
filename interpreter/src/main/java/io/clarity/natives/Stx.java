package io.clarity.natives;

import io.clarity.chain.ChainState;
import io.clarity.chain.Event;
import io.clarity.cost.CostInputs;
import io.clarity.eval.CallContext;
import io.clarity.eval.instrument.StateAccess.Store;
import io.clarity.value.BufferValue;
import io.clarity.value.Bytes;
import io.clarity.value.ErrValue;
import io.clarity.value.OkValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.TupleValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import java.util.List;

/** STX: balances and transfers. */
final class Stx {

    private static final ErrValue NOT_ENOUGH_BALANCE = new ErrValue(UIntValue.of(1));
    private static final ErrValue SENDER_IS_RECIPIENT = new ErrValue(UIntValue.of(2));
    private static final ErrValue NON_POSITIVE_AMOUNT = new ErrValue(UIntValue.of(3));
    private static final ErrValue SENDER_IS_NOT_TX_SENDER = new ErrValue(UIntValue.of(4));

    private static final String LOCKED = "locked";
    private static final String UNLOCK_HEIGHT = "unlock-height";
    private static final String UNLOCKED = "unlocked";

    private Stx() {
    }

    static Value getBalance(List<Value> args, CallContext ctx) {
        UIntValue balance = ctx.exec().state().stxBalance((PrincipalValue) args.get(0));
        StateWatch.read(ctx, Store.STX_BALANCE, null, args.get(0), balance);
        return balance;
    }

    static Value transfer(List<Value> args, CallContext ctx) {
        return transfer((UIntValue) args.get(0), (PrincipalValue) args.get(1), (PrincipalValue) args.get(2),
                Bytes.EMPTY, ctx);
    }

    /**
     * {@code stx-transfer?} and {@code stx-transfer-memo?}: the checks in the reference's order
     * (amount, same principal, sender, balance), then the move, its outflow and its event.
     */
    static Value transfer(UIntValue amount, PrincipalValue from, PrincipalValue to, Bytes memo, CallContext ctx) {
        if (amount.isZero()) {
            return NON_POSITIVE_AMOUNT;
        }
        if (from.equals(to)) {
            return SENDER_IS_RECIPIENT;
        }
        if (!from.equals(ctx.sender())) {
            return SENDER_IS_NOT_TX_SENDER;
        }
        ctx.exec().costs().addMemory(CostInputs.STX_TRANSFER_MEMORY);
        ChainState state = ctx.exec().state();
        UIntValue fromBefore = state.stxBalance(from);
        if (Arithmetic.compare(fromBefore, amount) < 0) {
            return NOT_ENOUGH_BALANCE;
        }
        UIntValue toBefore = StateWatch.watched(ctx) ? state.stxBalance(to) : null;
        state.transferStx(from, to, amount);
        StateWatch.write(ctx, Store.STX_BALANCE, null, from, fromBefore, state.stxBalance(from));
        StateWatch.write(ctx, Store.STX_BALANCE, null, to, toBefore, state.stxBalance(to));
        state.log().outflows().addStxTransfer(from, amount);
        ctx.emit(new Event.StxTransfer(from, to, amount, memo));
        return OkValue.TRUE;
    }

    /** {@code (stx-account owner)}: nothing is ever locked on this chain, so all of it is unlocked. */
    static Value account(List<Value> args, CallContext ctx) {
        UIntValue unlocked = ctx.exec().state().stxBalance((PrincipalValue) args.get(0));
        StateWatch.read(ctx, Store.STX_BALANCE, null, args.get(0), unlocked);
        return TupleValue.of(LOCKED, UIntValue.ZERO, UNLOCK_HEIGHT, UIntValue.ZERO, UNLOCKED, unlocked);
    }

    /** {@code (stx-transfer-memo? amount sender recipient memo)}: the codes of stx-transfer?. */
    static Value transferMemo(List<Value> args, CallContext ctx) {
        return transfer((UIntValue) args.get(0), (PrincipalValue) args.get(1), (PrincipalValue) args.get(2),
                ((BufferValue) args.get(3)).bytes(), ctx);
    }

    /** {@code (stx-burn? amount sender)}: u3 zero amount, u4 sender is not tx-sender, u1 balance. */
    static Value burn(List<Value> args, CallContext ctx) {
        UIntValue amount = (UIntValue) args.get(0);
        PrincipalValue from = (PrincipalValue) args.get(1);
        if (amount.isZero()) {
            return NON_POSITIVE_AMOUNT;
        }
        if (!from.equals(ctx.sender())) {
            return SENDER_IS_NOT_TX_SENDER;
        }
        ctx.exec().costs().addMemory(CostInputs.STX_BURN_MEMORY);
        ChainState state = ctx.exec().state();
        UIntValue before = state.stxBalance(from);
        if (Arithmetic.compare(before, amount) < 0) {
            return NOT_ENOUGH_BALANCE;
        }
        state.burnStx(from, amount);
        StateWatch.write(ctx, Store.STX_BALANCE, null, from, before, state.stxBalance(from));
        state.log().outflows().addStxBurn(from, amount);
        ctx.emit(new Event.StxBurn(from, amount));
        return OkValue.TRUE;
    }
}

package io.clarity.natives;

import io.clarity.chain.ChainState;
import io.clarity.chain.Event;
import io.clarity.eval.CallContext;
import io.clarity.value.Bytes;
import io.clarity.value.ErrValue;
import io.clarity.value.OkValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import java.util.List;

/** STX: balances and transfers. */
final class Stx {

    static final ErrValue NOT_ENOUGH_BALANCE = new ErrValue(UIntValue.of(1));
    static final ErrValue SENDER_IS_RECIPIENT = new ErrValue(UIntValue.of(2));
    static final ErrValue NON_POSITIVE_AMOUNT = new ErrValue(UIntValue.of(3));
    static final ErrValue SENDER_IS_NOT_TX_SENDER = new ErrValue(UIntValue.of(4));

    private Stx() {
    }

    static Value getBalance(List<Value> args, CallContext ctx) {
        return ctx.exec().state().stxBalance((PrincipalValue) args.get(0));
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
        ctx.exec().costs().addMemory(io.clarity.cost.CostInputs.STX_TRANSFER_MEMORY);
        ChainState state = ctx.exec().state();
        if (Arithmetic.compare(state.stxBalance(from), amount) < 0) {
            return NOT_ENOUGH_BALANCE;
        }
        state.transferStx(from, to, amount);
        state.log().outflows().addStxTransfer(from, amount);
        state.log().emit(new Event.StxTransfer(from, to, amount, memo));
        return OkValue.TRUE;
    }
}

package io.clarity.chain;

import io.clarity.natives.Arithmetic;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.UIntValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * All mutable state of the mocked chain: STX balances, deployed contracts and their storage,
 * and the events of the transaction in progress, under one {@link UndoLog}.
 */
public final class ChainState {

    private final UndoLog log = new UndoLog();
    private final Map<PrincipalValue, UIntValue> stx = new LinkedHashMap<>();
    private final Map<ContractPrincipalValue, DeployedContract> contracts = new LinkedHashMap<>();
    private UIntValue liquidSupply = UIntValue.ZERO;

    public UndoLog log() {
        return log;
    }

    // --- STX ------------------------------------------------------------------------------

    /** The unlocked balance of a principal (zero for one never seen). */
    public UIntValue stxBalance(PrincipalValue who) {
        UIntValue b = stx.get(who);
        return b == null ? UIntValue.ZERO : b;
    }

    private void setStx(PrincipalValue who, UIntValue amount) {
        UIntValue old = stx.get(who);
        log.recordWrite(() -> {
            if (old == null) {
                stx.remove(who);
            } else {
                stx.put(who, old);
            }
        });
        stx.put(who, amount);
    }

    /** Moves STX; the caller has checked the balance. */
    public void transferStx(PrincipalValue from, PrincipalValue to, UIntValue amount) {
        setStx(from, Arithmetic.subtract(stxBalance(from), amount));
        setStx(to, Arithmetic.add(stxBalance(to), amount));
    }

    /** Destroys STX; the caller has checked the balance. */
    public void burnStx(PrincipalValue from, UIntValue amount) {
        setStx(from, Arithmetic.subtract(stxBalance(from), amount));
        UIntValue old = liquidSupply;
        log.recordWrite(() -> liquidSupply = old);
        liquidSupply = Arithmetic.subtract(liquidSupply, amount);
    }

    /** Creates STX (the genesis balances, and minting in tests). */
    public void mintStx(PrincipalValue to, UIntValue amount) {
        setStx(to, Arithmetic.add(stxBalance(to), amount));
        UIntValue old = liquidSupply;
        log.recordWrite(() -> liquidSupply = old);
        liquidSupply = Arithmetic.add(liquidSupply, amount);
    }

    public UIntValue liquidSupply() {
        return liquidSupply;
    }

    /** Every principal that holds or held STX, with its balance. */
    public Map<PrincipalValue, UIntValue> stxBalances() {
        return Collections.unmodifiableMap(stx);
    }

    // --- contracts ------------------------------------------------------------------------

    public DeployedContract contract(ContractPrincipalValue id) {
        return contracts.get(id);
    }

    public void addContract(DeployedContract c) {
        log.recordWrite(() -> contracts.remove(c.id()));
        contracts.put(c.id(), c);
    }

    public Map<ContractPrincipalValue, DeployedContract> contracts() {
        return Collections.unmodifiableMap(contracts);
    }

    /**
     * A deep copy of this state with an undo log of its own: the copy and the original change
     * independently. Only between transactions (no context open).
     */
    public ChainState copy() {
        if (log.depth() != 0) {
            throw new IllegalStateException("state copied inside a transaction");
        }
        ChainState c = new ChainState();
        c.stx.putAll(stx);
        c.liquidSupply = liquidSupply;
        contracts.forEach((id, contract) -> c.contracts.put(id, contract.withStorage(contract.storage().copy(c.log))));
        return c;
    }

    /** Fresh storage for a contract, under this chain's undo log. */
    public ContractStorage newStorage() {
        return new ContractStorage(log);
    }
}

package io.clarity.chain;

import io.clarity.natives.Arithmetic;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.UIntValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * All mutable state of the mocked chain: STX balances, deployed contracts and their storage,
 * and the events of the transaction in progress, under one {@link UndoLog}.
 */
public final class ChainState {

    private final UndoLog log;
    private final Map<PrincipalValue, UIntValue> stx = new LinkedHashMap<>();
    private final Map<ContractPrincipalValue, DeployedContract> contracts = new LinkedHashMap<>();
    private UIntValue liquidSupply = UIntValue.ZERO;

    /** An empty chain whose writes are recorded at the block {@code blockHeight} names. */
    public ChainState(LongSupplier blockHeight) {
        this.log = new UndoLog(blockHeight);
    }

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
        log.write(() -> {
            if (old == null) {
                stx.remove(who);
            } else {
                stx.put(who, old);
            }
        }, () -> stx.put(who, amount));
        stx.put(who, amount);
    }

    private void setLiquidSupply(UIntValue supply) {
        UIntValue old = liquidSupply;
        log.write(() -> liquidSupply = old, () -> liquidSupply = supply);
        liquidSupply = supply;
    }

    /** Moves STX; the caller has checked the balance. */
    public void transferStx(PrincipalValue from, PrincipalValue to, UIntValue amount) {
        setStx(from, Arithmetic.subtract(stxBalance(from), amount));
        setStx(to, Arithmetic.add(stxBalance(to), amount));
    }

    /** Destroys STX; the caller has checked the balance. */
    public void burnStx(PrincipalValue from, UIntValue amount) {
        setStx(from, Arithmetic.subtract(stxBalance(from), amount));
        setLiquidSupply(Arithmetic.subtract(liquidSupply, amount));
    }

    /** Creates STX (the genesis balances, and minting in tests). */
    public void mintStx(PrincipalValue to, UIntValue amount) {
        setStx(to, Arithmetic.add(stxBalance(to), amount));
        setLiquidSupply(Arithmetic.add(liquidSupply, amount));
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

    /** Fresh storage for a contract, under this chain's undo log. */
    public ContractStorage newStorage() {
        return new ContractStorage(log);
    }
}

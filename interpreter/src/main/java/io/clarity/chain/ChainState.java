package io.clarity.chain;

import io.clarity.natives.Arithmetic;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.UIntValue;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * All mutable state of the mocked chain: STX balances, deployed contracts and their storage,
 * and the events of the transaction in progress, under one {@link UndoLog}.
 */
public final class ChainState {

    /** The key of the liquid STX supply among the chain-wide counters. */
    private static final String LIQUID_SUPPLY = "liquid-supply";

    private final UndoLog log = new UndoLog();
    private final Map<PrincipalValue, UIntValue> stx = new LinkedHashMap<>();
    private final Map<ContractPrincipalValue, DeployedContract> contracts = new LinkedHashMap<>();
    /** Chain-wide counters (the liquid supply), in a map so that they are data like the rest. */
    private final Map<String, UIntValue> counters = new HashMap<>(Map.of(LIQUID_SUPPLY, UIntValue.ZERO));

    public UndoLog log() {
        return log;
    }

    // --- STX ------------------------------------------------------------------------------

    /** The unlocked balance of a principal (zero for one never seen). */
    public UIntValue stxBalance(PrincipalValue who) {
        UIntValue b = stx.get(who);
        return b == null ? UIntValue.ZERO : b;
    }

    /** Moves STX; the caller has checked the balance. */
    public void transferStx(PrincipalValue from, PrincipalValue to, UIntValue amount) {
        log.write(stx, from, Arithmetic.subtract(stxBalance(from), amount));
        log.write(stx, to, Arithmetic.add(stxBalance(to), amount));
    }

    /** Destroys STX; the caller has checked the balance. */
    public void burnStx(PrincipalValue from, UIntValue amount) {
        log.write(stx, from, Arithmetic.subtract(stxBalance(from), amount));
        log.write(counters, LIQUID_SUPPLY, Arithmetic.subtract(liquidSupply(), amount));
    }

    /** Creates STX (the genesis balances, and minting in tests). */
    public void mintStx(PrincipalValue to, UIntValue amount) {
        log.write(stx, to, Arithmetic.add(stxBalance(to), amount));
        log.write(counters, LIQUID_SUPPLY, Arithmetic.add(liquidSupply(), amount));
    }

    public UIntValue liquidSupply() {
        return counters.get(LIQUID_SUPPLY);
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
     * A deep copy of this state with an undo log of its own (and the history that at-block
     * reads): the copy and the original change independently. Only between transactions (no
     * context open). The copy records its writes at height 0 until told of its blocks.
     */
    public ChainState copy() {
        if (log.depth() != 0) {
            throw new IllegalStateException("state copied inside a transaction");
        }
        ChainState c = new ChainState();
        Map<Object, Object> copies = new IdentityHashMap<>();
        c.stx.putAll(stx);
        copies.put(stx, c.stx);
        c.counters.putAll(counters);
        copies.put(counters, c.counters);
        contracts.forEach((id, contract) ->
                c.contracts.put(id, contract.withStorage(contract.storage().copy(c.log, copies))));
        log.copyHistoryTo(c.log, copies);
        return c;
    }

    /** Fresh storage for a contract, under this chain's undo log. */
    public ContractStorage newStorage() {
        return new ContractStorage(log);
    }
}

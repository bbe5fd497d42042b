package io.clarity.chain;

import io.clarity.value.BoolValue;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.Int128;
import io.clarity.value.PrincipalValue;
import io.clarity.value.UIntValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    /** The contracts again, as data (each to true), so that at-block sees each only from its own block on. */
    private final Map<ContractPrincipalValue, BoolValue> deployed = new HashMap<>();
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
        log.write(stx, from, Int128.subtract(stxBalance(from), amount));
        log.write(stx, to, Int128.add(stxBalance(to), amount));
    }

    /** Destroys STX; the caller has checked the balance. */
    public void burnStx(PrincipalValue from, UIntValue amount) {
        log.write(stx, from, Int128.subtract(stxBalance(from), amount));
        log.write(counters, LIQUID_SUPPLY, Int128.subtract(liquidSupply(), amount));
    }

    /** Creates STX (the genesis balances, and minting in tests). */
    public void mintStx(PrincipalValue to, UIntValue amount) {
        log.write(stx, to, Int128.add(stxBalance(to), amount));
        log.write(counters, LIQUID_SUPPLY, Int128.add(liquidSupply(), amount));
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
        log.write(deployed, c.id(), BoolValue.TRUE);
    }

    /**
     * Whether the contract is deployed as of the block the code reads at: inside at-block, not one
     * deployed after that block. Contract-hash? reads it so; calls see every contract, as the
     * reference keeps contracts outside its versioned store.
     */
    public boolean deployedAsOfBlock(ContractPrincipalValue id) {
        return deployed.containsKey(id);
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
        c.deployed.putAll(deployed);
        copies.put(deployed, c.deployed);
        log.copyHistoryTo(c.log, copies);
        return c;
    }

    // --- the history at-block reads ----------------------------------------------------------

    /**
     * A committed data write that at-block reads behind: entry {@code key} of the map at
     * {@code location} went from {@code before} to {@code after} (null: absent) in block
     * {@code height}. Keys are names ({@link String}) where {@link DataLocation.Part#keyedByName()},
     * {@link io.clarity.value.Value}s otherwise; values are {@link io.clarity.value.Value}s.
     */
    public record KeptWrite(DataLocation location, Object key, Object before, Object after, long height) {
    }

    /** Whether committed writes are still kept for at-block (until epoch 3.4). */
    public boolean keepsHistory() {
        return log.keepsHistory();
    }

    /**
     * The committed writes kept for at-block, oldest first, each with where it went (writes to
     * a map outside the state, a console snippet's that was not kept, cannot be read and are
     * left out). Only between transactions.
     */
    public List<KeptWrite> keptWrites() {
        Map<Object, DataLocation> where = new IdentityHashMap<>();
        where.put(stx, new DataLocation(DataLocation.Part.STX_BALANCES, null, null));
        where.put(counters, new DataLocation(DataLocation.Part.COUNTERS, null, null));
        where.put(deployed, new DataLocation(DataLocation.Part.DEPLOYED_CONTRACTS, null, null));
        contracts.forEach((id, c) -> c.storage().locate(id, where::put));
        List<KeptWrite> out = new ArrayList<>();
        log.forEachKept((target, key, before, after, height) -> {
            DataLocation location = where.get(target);
            if (location != null) {
                out.add(new KeptWrite(location, key, before, after, height));
            }
        });
        return out;
    }

    /**
     * Gives this state the history of {@code writes} (as {@link #keptWrites} gave it, oldest
     * first), or none with {@code keeping} false; for a state built outside any transaction,
     * with no history yet.
     *
     * @throws IllegalArgumentException when a write goes to a map this state does not have,
     *         or the writes are not in the order of their blocks
     */
    public void restoreHistory(List<KeptWrite> writes, boolean keeping) {
        if (!keeping) {
            if (!writes.isEmpty()) {
                throw new IllegalArgumentException("writes kept by a chain that keeps none");
            }
            log.forgetHistory();
            return;
        }
        for (KeptWrite w : writes) {
            log.keep(dataMap(w.location()), w.key(), w.before(), w.after(), w.height());
        }
    }

    private Map<Object, Object> dataMap(DataLocation where) {
        @SuppressWarnings("unchecked")
        Map<Object, Object> m = switch (where.part()) {
            case STX_BALANCES -> (Map<Object, Object>) (Map<?, ?>) stx;
            case COUNTERS -> (Map<Object, Object>) (Map<?, ?>) counters;
            case DEPLOYED_CONTRACTS -> (Map<Object, Object>) (Map<?, ?>) deployed;
            case DATA_VARS, MAP, FT_BALANCES, FT_SUPPLIES, NFT_OWNERS, DELETED_MAP_ENTRIES -> {
                DeployedContract c = contracts.get(where.contract());
                yield c == null ? null : c.storage().dataMap(where);
            }
        };
        if (m == null) {
            throw new IllegalArgumentException("no data map at " + where);
        }
        return m;
    }

    /** Fresh storage for a contract, under this chain's undo log. */
    public ContractStorage newStorage() {
        return new ContractStorage(log);
    }
}

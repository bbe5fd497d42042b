package io.clarity.chain;

import io.clarity.value.BoolValue;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The persisted state of one contract: data-vars, maps and token ledgers. Every write goes
 * through the chain's {@link UndoLog}: creating a data-var, map or token is a structural change,
 * the writes after it are data (which at-block reads as of earlier blocks).
 */
public final class ContractStorage {

    private final UndoLog log;
    /** The data-vars defined (structure), and their values (data, which at-block reads as of a block). */
    private final Set<String> dataVarNames = new LinkedHashSet<>();
    private final Map<String, Value> dataVars = new LinkedHashMap<>();
    private final Map<String, Map<Value, Value>> maps = new LinkedHashMap<>();
    /**
     * Per map, the keys whose entry was deleted (and not written since): the reference stores
     * {@code none} there, which a read then pays for. Written through the log like the entries,
     * so that at-block and snapshots see the markers of their time.
     */
    private final Map<String, Map<Value, BoolValue>> deleted = new HashMap<>();
    private final Map<String, Map<PrincipalValue, UIntValue>> ftBalances = new LinkedHashMap<>();
    private final Map<String, UIntValue> ftSupply = new HashMap<>();
    private final Map<String, UIntValue> ftMaxSupply = new HashMap<>();
    private final Map<String, Map<Value, PrincipalValue>> nftOwners = new LinkedHashMap<>();

    public ContractStorage(UndoLog log) {
        this.log = log;
    }

    // --- data-vars ------------------------------------------------------------------------

    /**
     * Defines a data-var. Its initial value is a data write, as the reference stores it: an
     * at-block before the definition's block finds no value.
     */
    public void createDataVar(String name, Value initial) {
        log.recordWrite(() -> dataVarNames.remove(name));
        dataVarNames.add(name);
        log.write(dataVars, name, initial);
    }

    /** The data-var's value; null only inside an at-block of a block before it was defined. */
    public Value dataVar(String name) {
        return dataVars.get(name);
    }

    public boolean hasDataVar(String name) {
        return dataVarNames.contains(name);
    }

    public void setDataVar(String name, Value value) {
        log.write(dataVars, name, value);
    }

    public Map<String, Value> dataVars() {
        return Collections.unmodifiableMap(dataVars);
    }

    // --- maps -----------------------------------------------------------------------------

    public void createMap(String name) {
        log.recordWrite(() -> {
            maps.remove(name);
            deleted.remove(name);
        });
        maps.put(name, new HashMap<>());
        deleted.put(name, new HashMap<>());
    }

    public boolean hasMap(String name) {
        return maps.containsKey(name);
    }

    /** The maps, in the order they were defined. */
    public Set<String> mapNames() {
        return Collections.unmodifiableSet(maps.keySet());
    }

    public Value mapGet(String map, Value key) {
        return maps.get(map).get(key);
    }

    /** Whether the entry at {@code key} was deleted (and not set again): the reference keeps a stored {@code none}. */
    public boolean mapEntryDeleted(String map, Value key) {
        Map<Value, BoolValue> d = deleted.get(map);
        return !d.isEmpty() && d.containsKey(key);
    }

    /** Sets an entry; returns true. */
    public boolean mapSet(String map, Value key, Value value) {
        log.write(maps.get(map), key, value);
        forgetDeletion(map, key);
        return true;
    }

    /** Sets an entry only if absent; returns whether it did. */
    public boolean mapInsert(String map, Value key, Value value) {
        Map<Value, Value> m = maps.get(map);
        if (m.containsKey(key)) {
            return false;
        }
        log.write(m, key, value);
        forgetDeletion(map, key);
        return true;
    }

    /** Removes an entry; returns whether there was one. */
    public boolean mapDelete(String map, Value key) {
        Map<Value, Value> m = maps.get(map);
        if (!m.containsKey(key)) {
            return false;
        }
        log.write(m, key, null);
        log.write(deleted.get(map), key, BoolValue.TRUE);
        return true;
    }

    /** The keys of {@code map} whose entries were deleted and not written since (for saving a chain). */
    public Set<Value> deletedKeys(String map) {
        Map<Value, BoolValue> d = deleted.get(map);
        return d == null ? Set.of() : Collections.unmodifiableSet(d.keySet());
    }

    /** Marks the entry at {@code key} of {@code map} as deleted (a saved chain read back). */
    public void markDeleted(String map, Value key) {
        log.write(deleted.get(map), key, BoolValue.TRUE);
    }

    /** A written entry is no longer a deleted one. */
    private void forgetDeletion(String map, Value key) {
        Map<Value, BoolValue> d = deleted.get(map);
        if (!d.isEmpty() && d.containsKey(key)) {
            log.write(d, key, null);
        }
    }

    /** All entries of a map (for tools: the REPL, state dumps). */
    public Map<Value, Value> mapEntries(String map) {
        Map<Value, Value> m = maps.get(map);
        return m == null ? Map.of() : Collections.unmodifiableMap(m);
    }


    // --- fungible tokens ------------------------------------------------------------------

    /**
     * Defines a fungible token. Its supply starts as a data write, as the reference stores it:
     * an at-block before the definition's block finds none.
     */
    public void createFungibleToken(String name, UIntValue maxSupply) {
        log.recordWrite(() -> {
            ftBalances.remove(name);
            ftMaxSupply.remove(name);
        });
        ftBalances.put(name, new HashMap<>());
        if (maxSupply != null) {
            ftMaxSupply.put(name, maxSupply);
        }
        log.write(ftSupply, name, UIntValue.ZERO);
    }

    public boolean hasFungibleToken(String name) {
        return ftBalances.containsKey(name);
    }

    public UIntValue ftBalance(String token, PrincipalValue owner) {
        UIntValue b = ftBalances.get(token).get(owner);
        return b == null ? UIntValue.ZERO : b;
    }

    public void setFtBalance(String token, PrincipalValue owner, UIntValue amount) {
        log.write(ftBalances.get(token), owner, amount);
    }

    /** The token's supply; null only inside an at-block of a block before it was defined. */
    public UIntValue ftSupply(String token) {
        return ftSupply.get(token);
    }

    public void setFtSupply(String token, UIntValue supply) {
        log.write(ftSupply, token, supply);
    }

    /** The declared total supply, or null when unbounded. */
    public UIntValue ftMaxSupply(String token) {
        return ftMaxSupply.get(token);
    }

    public Map<PrincipalValue, UIntValue> ftBalances(String token) {
        Map<PrincipalValue, UIntValue> m = ftBalances.get(token);
        return m == null ? Map.of() : Collections.unmodifiableMap(m);
    }

    public Set<String> fungibleTokens() {
        return Collections.unmodifiableSet(ftBalances.keySet());
    }

    // --- non-fungible tokens --------------------------------------------------------------

    public void createNonFungibleToken(String name) {
        log.recordWrite(() -> nftOwners.remove(name));
        nftOwners.put(name, new HashMap<>());
    }

    /** The owner of an asset, or null if it does not exist. */
    public PrincipalValue nftOwner(String token, Value id) {
        return nftOwners.get(token).get(id);
    }

    /** Sets the owner of an asset; a null owner burns it. */
    public void setNftOwner(String token, Value id, PrincipalValue owner) {
        log.write(nftOwners.get(token), id, owner);
    }

    public Map<Value, PrincipalValue> nftOwners(String token) {
        Map<Value, PrincipalValue> m = nftOwners.get(token);
        return m == null ? Map.of() : Collections.unmodifiableMap(m);
    }

    public Set<String> nonFungibleTokens() {
        return Collections.unmodifiableSet(nftOwners.keySet());
    }

    // --- snapshots ------------------------------------------------------------------------

    /**
     * A copy of all of this storage, writing through {@code undo} from now on. Values are
     * immutable, so copying the maps copies the state; only allowed between transactions. Each
     * data map is entered in {@code copies} with its copy (for the history at-block reads).
     */
    public ContractStorage copy(UndoLog undo, Map<Object, Object> copies) {
        ContractStorage c = new ContractStorage(undo);
        c.dataVarNames.addAll(dataVarNames);
        c.dataVars.putAll(dataVars);
        copies.put(dataVars, c.dataVars);
        maps.forEach((name, m) -> c.maps.put(name, copyOf(m, copies)));
        deleted.forEach((name, m) -> c.deleted.put(name, copyOf(m, copies)));
        ftBalances.forEach((name, m) -> c.ftBalances.put(name, copyOf(m, copies)));
        c.ftSupply.putAll(ftSupply);
        copies.put(ftSupply, c.ftSupply);
        c.ftMaxSupply.putAll(ftMaxSupply);
        nftOwners.forEach((name, m) -> c.nftOwners.put(name, copyOf(m, copies)));
        return c;
    }

    /** Tells {@code out} of each data map of this storage (of contract {@code id}) and its location. */
    void locate(ContractPrincipalValue id, BiConsumer<Map<?, ?>, DataLocation> out) {
        out.accept(dataVars, new DataLocation(DataLocation.Part.DATA_VARS, id, null));
        maps.forEach((name, m) -> out.accept(m, new DataLocation(DataLocation.Part.MAP, id, name)));
        ftBalances.forEach((name, m) -> out.accept(m, new DataLocation(DataLocation.Part.FT_BALANCES, id, name)));
        out.accept(ftSupply, new DataLocation(DataLocation.Part.FT_SUPPLIES, id, null));
        nftOwners.forEach((name, m) -> out.accept(m, new DataLocation(DataLocation.Part.NFT_OWNERS, id, name)));
        deleted.forEach((name, m) -> out.accept(m, new DataLocation(DataLocation.Part.DELETED_MAP_ENTRIES, id, name)));
    }

    /** The data map at {@code where} (a location in this storage), or null when there is none. */
    @SuppressWarnings("unchecked")
    Map<Object, Object> dataMap(DataLocation where) {
        Map<?, ?> m = switch (where.part()) {
            case DATA_VARS -> dataVars;
            case MAP -> maps.get(where.name());
            case FT_BALANCES -> ftBalances.get(where.name());
            case FT_SUPPLIES -> ftSupply;
            case NFT_OWNERS -> nftOwners.get(where.name());
            case DELETED_MAP_ENTRIES -> deleted.get(where.name());
            case STX_BALANCES, COUNTERS, DEPLOYED_CONTRACTS -> null;
        };
        return (Map<Object, Object>) m;
    }

    private static <K, V> Map<K, V> copyOf(Map<K, V> m, Map<Object, Object> copies) {
        Map<K, V> c = new HashMap<>(m);
        copies.put(m, c);
        return c;
    }
}

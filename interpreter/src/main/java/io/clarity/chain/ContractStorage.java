package io.clarity.chain;

import io.clarity.value.PrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The persisted state of one contract: data-vars, maps and token ledgers. Every write goes
 * through the chain's {@link UndoLog}.
 */
public final class ContractStorage {

    private final UndoLog log;
    private final Map<String, Value> dataVars = new LinkedHashMap<>();
    private final Map<String, Map<Value, Value>> maps = new LinkedHashMap<>();
    /** Per map, the keys whose entry was deleted: the reference stores {@code none} there, which reads cost. */
    private final Map<String, java.util.Set<Value>> deleted = new HashMap<>();
    private final Map<String, Map<PrincipalValue, UIntValue>> ftBalances = new LinkedHashMap<>();
    private final Map<String, UIntValue> ftSupply = new HashMap<>();
    private final Map<String, UIntValue> ftMaxSupply = new HashMap<>();
    private final Map<String, Map<Value, PrincipalValue>> nftOwners = new LinkedHashMap<>();

    public ContractStorage(UndoLog log) {
        this.log = log;
    }

    // --- data-vars ------------------------------------------------------------------------

    public void createDataVar(String name, Value initial) {
        log.recordWrite(() -> dataVars.remove(name));
        dataVars.put(name, initial);
    }

    public Value dataVar(String name) {
        return dataVars.get(name);
    }

    public boolean hasDataVar(String name) {
        return dataVars.containsKey(name);
    }

    public void setDataVar(String name, Value value) {
        Value old = dataVars.get(name);
        log.recordWrite(() -> dataVars.put(name, old));
        dataVars.put(name, value);
    }

    public Map<String, Value> dataVars() {
        return java.util.Collections.unmodifiableMap(dataVars);
    }

    // --- maps -----------------------------------------------------------------------------

    public void createMap(String name) {
        log.recordWrite(() -> {
            maps.remove(name);
            deleted.remove(name);
        });
        maps.put(name, new HashMap<>());
        deleted.put(name, new java.util.HashSet<>());
    }

    public boolean hasMap(String name) {
        return maps.containsKey(name);
    }

    public Value mapGet(String map, Value key) {
        return maps.get(map).get(key);
    }

    /** Whether the entry at {@code key} was deleted (and not set again): the reference keeps a stored {@code none}. */
    public boolean mapEntryDeleted(String map, Value key) {
        java.util.Set<Value> d = deleted.get(map);
        return !d.isEmpty() && d.contains(key);
    }

    /** Sets an entry; returns true. */
    public boolean mapSet(String map, Value key, Value value) {
        Map<Value, Value> m = maps.get(map);
        Value old = m.get(key);
        java.util.Set<Value> d = deleted.get(map);
        boolean wasDeleted = !d.isEmpty() && d.remove(key);
        log.recordWrite(() -> {
            restore(m, key, old);
            if (wasDeleted) {
                deleted.get(map).add(key);
            }
        });
        m.put(key, value);
        return true;
    }

    /** Sets an entry only if absent; returns whether it did. */
    public boolean mapInsert(String map, Value key, Value value) {
        Map<Value, Value> m = maps.get(map);
        if (m.containsKey(key)) {
            return false;
        }
        java.util.Set<Value> d = deleted.get(map);
        boolean wasDeleted = !d.isEmpty() && d.remove(key);
        log.recordWrite(() -> {
            m.remove(key);
            if (wasDeleted) {
                deleted.get(map).add(key);
            }
        });
        m.put(key, value);
        return true;
    }

    /** Removes an entry; returns whether there was one. */
    public boolean mapDelete(String map, Value key) {
        Map<Value, Value> m = maps.get(map);
        if (!m.containsKey(key)) {
            return false;
        }
        Value old = m.get(key);
        log.recordWrite(() -> {
            m.put(key, old);
            deleted.get(map).remove(key);
        });
        m.remove(key);
        deleted.get(map).add(key);
        return true;
    }

    /** All entries of a map (for tools: the REPL, state dumps). */
    public Map<Value, Value> mapEntries(String map) {
        Map<Value, Value> m = maps.get(map);
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(m);
    }

    private static <K, V> void restore(Map<K, V> m, K key, V old) {
        if (old == null) {
            m.remove(key);
        } else {
            m.put(key, old);
        }
    }

    // --- fungible tokens ------------------------------------------------------------------

    public void createFungibleToken(String name, UIntValue maxSupply) {
        log.recordWrite(() -> {
            ftBalances.remove(name);
            ftSupply.remove(name);
            ftMaxSupply.remove(name);
        });
        ftBalances.put(name, new HashMap<>());
        ftSupply.put(name, UIntValue.ZERO);
        if (maxSupply != null) {
            ftMaxSupply.put(name, maxSupply);
        }
    }

    public boolean hasFungibleToken(String name) {
        return ftBalances.containsKey(name);
    }

    public UIntValue ftBalance(String token, PrincipalValue owner) {
        UIntValue b = ftBalances.get(token).get(owner);
        return b == null ? UIntValue.ZERO : b;
    }

    public void setFtBalance(String token, PrincipalValue owner, UIntValue amount) {
        Map<PrincipalValue, UIntValue> m = ftBalances.get(token);
        UIntValue old = m.get(owner);
        log.recordWrite(() -> restore(m, owner, old));
        m.put(owner, amount);
    }

    public UIntValue ftSupply(String token) {
        return ftSupply.get(token);
    }

    public void setFtSupply(String token, UIntValue supply) {
        UIntValue old = ftSupply.get(token);
        log.recordWrite(() -> ftSupply.put(token, old));
        ftSupply.put(token, supply);
    }

    /** The declared total supply, or null when unbounded. */
    public UIntValue ftMaxSupply(String token) {
        return ftMaxSupply.get(token);
    }

    public Map<PrincipalValue, UIntValue> ftBalances(String token) {
        Map<PrincipalValue, UIntValue> m = ftBalances.get(token);
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(m);
    }

    public java.util.Set<String> fungibleTokens() {
        return java.util.Collections.unmodifiableSet(ftBalances.keySet());
    }

    // --- non-fungible tokens --------------------------------------------------------------

    public void createNonFungibleToken(String name) {
        log.recordWrite(() -> nftOwners.remove(name));
        nftOwners.put(name, new HashMap<>());
    }

    public boolean hasNonFungibleToken(String name) {
        return nftOwners.containsKey(name);
    }

    /** The owner of an asset, or null if it does not exist. */
    public PrincipalValue nftOwner(String token, Value id) {
        return nftOwners.get(token).get(id);
    }

    /** Sets the owner of an asset; a null owner burns it. */
    public void setNftOwner(String token, Value id, PrincipalValue owner) {
        Map<Value, PrincipalValue> m = nftOwners.get(token);
        PrincipalValue old = m.get(id);
        log.recordWrite(() -> restore(m, id, old));
        if (owner == null) {
            m.remove(id);
        } else {
            m.put(id, owner);
        }
    }

    public Map<Value, PrincipalValue> nftOwners(String token) {
        Map<Value, PrincipalValue> m = nftOwners.get(token);
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(m);
    }

    public java.util.Set<String> nonFungibleTokens() {
        return java.util.Collections.unmodifiableSet(nftOwners.keySet());
    }
}

package io.clarity.cli.console;

import io.clarity.ContractInterface;
import io.clarity.Simnet;
import io.clarity.chain.ContractStorage;
import io.clarity.chain.DeployedContract;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the REPL and {@code clarity state} show of a chain: the contracts with their callable
 * functions, who holds what, and a contract's storage.
 */
public final class ChainViews {

    private ChainViews() {
    }

    /** Clarinet's {@code ::get_contracts}: each contract with its public and read-only functions. */
    public static TextTable contracts(Simnet simnet) {
        TextTable t = new TextTable("Contract identifier", "Public functions");
        for (ContractInterface c : simnet.getContractInterfaces().values()) {
            t.row(c.contract().address(), String.join("\n", callable(c)));
        }
        return t;
    }

    /** {@code (name (arg type) ...)} of each public and read-only function, as Clarinet lists them (by name). */
    public static List<String> callable(ContractInterface c) {
        TreeMap<String, String> out = new TreeMap<>();
        for (ContractInterface.Function f : c.functions()) {
            if (f.access() == ContractInterface.Access.PRIVATE) {
                continue;
            }
            StringBuilder sb = new StringBuilder("(").append(f.name());
            for (ContractInterface.Parameter p : f.args()) {
                sb.append(" (").append(p.name()).append(' ').append(p.type()).append(')');
            }
            out.put(f.name(), sb.append(')').toString());
        }
        return new ArrayList<>(out.values());
    }

    /**
     * Clarinet's {@code ::get_assets_maps}: one row per principal holding STX or a token (sorted
     * by address, accounts labelled with their names), one column per asset.
     */
    public static TextTable assets(Simnet simnet) {
        Map<String, Map<String, BigInteger>> assets = simnet.getAssetsMap();
        List<String> columns = new ArrayList<>(assets.keySet());
        columns.remove("STX");
        columns.add(0, "STX");
        TreeSet<String> holders = new TreeSet<>();
        assets.values().forEach(m -> holders.addAll(m.keySet()));
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<String, StandardPrincipalValue> a : simnet.accounts().entrySet()) {
            names.put(a.getValue().address(), a.getKey());
        }
        String[] headers = new String[columns.size() + 1];
        headers[0] = "Address";
        for (int i = 0; i < columns.size(); i++) {
            headers[i + 1] = columns.get(i).equals("STX") ? "uSTX" : columns.get(i);
        }
        TextTable t = new TextTable(headers);
        for (String holder : holders) {
            String[] row = new String[headers.length];
            String name = names.get(holder);
            row[0] = name == null ? holder : holder + " (" + name + ")";
            for (int i = 0; i < columns.size(); i++) {
                row[i + 1] = assets.get(columns.get(i)).getOrDefault(holder, BigInteger.ZERO).toString();
            }
            t.row(row);
        }
        return t;
    }

    /** The constants, data-vars, maps (every entry) and tokens of a contract, one per line. */
    public static List<String> storage(DeployedContract c) {
        List<String> out = new ArrayList<>();
        new TreeMap<>(c.constants()).forEach((name, v) -> out.add("constant " + name + " = " + v));
        ContractStorage s = c.storage();
        s.dataVars().forEach((name, v) -> out.add("data-var " + name + " = " + v));
        for (String map : new TreeSet<>(c.analysis().mapNames())) {
            Map<Value, Value> entries = s.mapEntries(map);
            out.add("map " + map + " (" + entries.size() + (entries.size() == 1 ? " entry)" : " entries)"));
            out.addAll(entries(entries));
        }
        for (String ft : s.fungibleTokens()) {
            out.add("fungible-token " + ft + " supply " + s.ftSupply(ft)
                    + (s.ftMaxSupply(ft) == null ? "" : " of " + s.ftMaxSupply(ft)));
        }
        for (String nft : s.nonFungibleTokens()) {
            out.add("non-fungible-token " + nft + " (" + s.nftOwners(nft).size() + " owned)");
            out.addAll(entries(s.nftOwners(nft)));
        }
        return out;
    }

    /** {@code key => value} lines, sorted by key as printed, so that the order is stable. */
    public static List<String> entries(Map<? extends Value, ? extends Value> entries) {
        TreeMap<String, String> sorted = new TreeMap<>();
        entries.forEach((k, v) -> sorted.put(k.toString(), v.toString()));
        List<String> out = new ArrayList<>();
        sorted.forEach((k, v) -> out.add("  " + k + " => " + v));
        return out;
    }
}

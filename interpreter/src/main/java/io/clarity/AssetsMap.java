package io.clarity;

import io.clarity.chain.ChainState;
import io.clarity.chain.ContractStorage;
import io.clarity.chain.DeployedContract;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Who holds what on a chain, in the shape of the clarinet-sdk's {@code getAssetsMap} ({@link Simnet#getAssetsMap}). */
final class AssetsMap {

    private AssetsMap() {
    }

    /**
     * {@code "STX"} and one entry per token ({@code ".contract.token"}), each from address to
     * amount (for a non-fungible token, the number of its assets owned). Keys are sorted.
     */
    static Map<String, Map<String, BigInteger>> of(ChainState state) {
        Map<String, Map<String, BigInteger>> out = new TreeMap<>();
        Map<String, BigInteger> stx = new TreeMap<>();
        state.stxBalances().forEach((p, b) -> stx.put(p.address(), b.toBigInteger()));
        out.put("STX", Collections.unmodifiableMap(stx));
        for (DeployedContract c : state.contracts().values()) {
            ContractStorage storage = c.storage();
            for (String token : storage.fungibleTokens()) {
                Map<String, BigInteger> holders = new TreeMap<>();
                storage.ftBalances(token).forEach((p, b) -> holders.put(p.address(), b.toBigInteger()));
                out.put("." + c.name() + "." + token, Collections.unmodifiableMap(holders));
            }
            for (String token : storage.nonFungibleTokens()) {
                Map<String, BigInteger> holders = new TreeMap<>();
                storage.nftOwners(token).values().forEach(p -> holders.merge(p.address(), BigInteger.ONE, BigInteger::add));
                out.put("." + c.name() + "." + token, Collections.unmodifiableMap(holders));
            }
        }
        return Collections.unmodifiableMap(out);
    }
}

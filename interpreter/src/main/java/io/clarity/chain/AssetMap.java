package io.clarity.chain;

import io.clarity.value.Int128;
import io.clarity.value.PrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the code of one nested context moved out of each principal (the reference's asset map):
 * STX sent, STX burned, fungible-token amounts sent or burned, and the non-fungible tokens sent
 * or burned. Inflows and mints are not recorded. The asset guards ({@code restrict-assets?},
 * {@code as-contract?}) check their body's map; a committed context adds its map to its parent's.
 *
 * <p>Amounts add up with the reference's overflow check: the sums of a transaction can overflow
 * (mint and burn the largest uint twice) and that is an {@code ArithmeticOverflow}.
 */
public final class AssetMap {

    private final Map<PrincipalValue, UIntValue> stx = new HashMap<>(4);
    private final Map<PrincipalValue, UIntValue> stxBurned = new HashMap<>(4);
    private final Map<PrincipalValue, Map<AssetIdentifier, UIntValue>> tokens = new HashMap<>(4);
    private final Map<PrincipalValue, Map<AssetIdentifier, List<Value>>> nfts = new HashMap<>(4);

    AssetMap() {
    }

    /** STX sent by {@code from}. */
    public void addStxTransfer(PrincipalValue from, UIntValue amount) {
        stx.put(from, Int128.add(stx.getOrDefault(from, UIntValue.ZERO), amount));
    }

    /** STX burned by {@code from}. */
    public void addStxBurn(PrincipalValue from, UIntValue amount) {
        stxBurned.put(from, Int128.add(stxBurned.getOrDefault(from, UIntValue.ZERO), amount));
    }

    /** A fungible-token amount sent or burned by {@code from}. */
    public void addTokenTransfer(PrincipalValue from, AssetIdentifier asset, UIntValue amount) {
        Map<AssetIdentifier, UIntValue> m = tokens.computeIfAbsent(from, k -> new HashMap<>(2));
        m.put(asset, Int128.add(m.getOrDefault(asset, UIntValue.ZERO), amount));
    }

    /** A non-fungible token sent or burned by {@code from}. */
    public void addAssetTransfer(PrincipalValue from, AssetIdentifier asset, Value id) {
        nfts.computeIfAbsent(from, k -> new HashMap<>(2)).computeIfAbsent(asset, k -> new ArrayList<>(2)).add(id);
    }

    /** The STX {@code owner} sent, or null if none. */
    public UIntValue stxSent(PrincipalValue owner) {
        return stx.get(owner);
    }

    /** The STX {@code owner} burned, or null if none. */
    public UIntValue stxBurned(PrincipalValue owner) {
        return stxBurned.get(owner);
    }

    /** The fungible-token amounts {@code owner} sent or burned, by token (empty if none). */
    public Map<AssetIdentifier, UIntValue> tokensSent(PrincipalValue owner) {
        return tokens.getOrDefault(owner, Map.of());
    }

    /** The non-fungible tokens {@code owner} sent or burned, by token (empty if none). */
    public Map<AssetIdentifier, List<Value>> nftsSent(PrincipalValue owner) {
        return nfts.getOrDefault(owner, Map.of());
    }

    /**
     * Adds a committed child's outflows to this map. Every sum is checked before anything
     * changes, so an overflow leaves this map as it was.
     */
    void absorb(AssetMap child) {
        for (Map.Entry<PrincipalValue, UIntValue> e : child.stx.entrySet()) {
            Int128.add(stx.getOrDefault(e.getKey(), UIntValue.ZERO), e.getValue());
        }
        for (Map.Entry<PrincipalValue, UIntValue> e : child.stxBurned.entrySet()) {
            Int128.add(stxBurned.getOrDefault(e.getKey(), UIntValue.ZERO), e.getValue());
        }
        for (Map.Entry<PrincipalValue, Map<AssetIdentifier, UIntValue>> e : child.tokens.entrySet()) {
            Map<AssetIdentifier, UIntValue> mine = tokensSent(e.getKey());
            for (Map.Entry<AssetIdentifier, UIntValue> t : e.getValue().entrySet()) {
                Int128.add(mine.getOrDefault(t.getKey(), UIntValue.ZERO), t.getValue());
            }
        }
        child.stx.forEach(this::addStxTransfer);
        child.stxBurned.forEach(this::addStxBurn);
        child.tokens.forEach((who, m) -> m.forEach((asset, amount) -> addTokenTransfer(who, asset, amount)));
        child.nfts.forEach((who, m) -> m.forEach((asset, ids) ->
                nfts.computeIfAbsent(who, k -> new HashMap<>(2)).computeIfAbsent(asset, k -> new ArrayList<>(ids.size()))
                        .addAll(ids)));
    }
}

package io.clarity.eval.instrument;

import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.Value;

/**
 * One read or write of chain state. For a read {@code before} and {@code after} are both the
 * value read; for a write they are the value before and after it. A value that is absent (a map
 * entry not there, an NFT without owner, a data var read under {@code at-block} before it
 * existed) is null.
 *
 * @param store what kind of state
 * @param write whether it was written (else read)
 * @param contract the contract that owns it (the token's contract for FT and NFT); null for STX
 * @param name the data var, map or token; null for STX
 * @param key the map key, the owner of a balance (STX or FT), the NFT's id; null for a data
 *            var and a token's supply
 * @param before the value before
 * @param after the value after
 */
public record StateAccess(Store store, boolean write, ContractPrincipalValue contract, String name, Value key,
                          Value before, Value after) {

    /** The kinds of chain state code reads and writes. */
    public enum Store {
        DATA_VAR, MAP_ENTRY, STX_BALANCE, FT_BALANCE, FT_SUPPLY, NFT_OWNER
    }

    /** A read of {@code value}. */
    public static StateAccess read(Store store, ContractPrincipalValue contract, String name, Value key, Value value) {
        return new StateAccess(store, false, contract, name, key, value, value);
    }

    /** A write from {@code before} to {@code after}. */
    public static StateAccess write(Store store, ContractPrincipalValue contract, String name, Value key, Value before,
                                    Value after) {
        return new StateAccess(store, true, contract, name, key, before, after);
    }

    /** {@code var}, {@code map[key]}, {@code stx[owner]}, {@code token[owner]}, {@code token.supply}, {@code nft[id]}. */
    public String place() {
        return switch (store) {
            case DATA_VAR -> name;
            case MAP_ENTRY, FT_BALANCE, NFT_OWNER -> name + "[" + key + "]";
            case STX_BALANCE -> "stx[" + key + "]";
            case FT_SUPPLY -> name + ".supply";
        };
    }

    @Override
    public String toString() {
        return write ? place() + ": " + show(before) + " -> " + show(after) : place() + " = " + show(after);
    }

    private static String show(Value v) {
        return v == null ? "(none)" : v.toString();
    }
}

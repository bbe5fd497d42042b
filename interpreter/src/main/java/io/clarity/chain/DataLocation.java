package io.clarity.chain;

import io.clarity.value.ContractPrincipalValue;
import java.util.Objects;

/**
 * Which data map of the chain's state a versioned write went to, named so that it can be found
 * again in another copy of the state (a saved chain read back).
 *
 * @param part the kind of map, which fixes the types of its keys and values
 * @param contract the contract whose storage holds the map (null for the chain's own maps)
 * @param name the map or token (only for {@link Part#MAP}, {@link Part#FT_BALANCES},
 *        {@link Part#NFT_OWNERS} and {@link Part#DELETED_MAP_ENTRIES}; null otherwise)
 */
public record DataLocation(Part part, ContractPrincipalValue contract, String name) {

    /**
     * The kinds of data map, with the types of their keys and values. A saved chain names them
     * by their position here: add new ones at the end.
     */
    public enum Part {
        /** principal to uint: the STX balances. */
        STX_BALANCES,
        /** counter name to uint: the chain-wide counters (the liquid supply). */
        COUNTERS,
        /** data-var name to value: a contract's data-vars. */
        DATA_VARS,
        /** key to value: the entries of a contract's map {@code name}. */
        MAP,
        /** principal to uint: the balances of a contract's fungible token {@code name}. */
        FT_BALANCES,
        /** token name to uint: the supplies of a contract's fungible tokens. */
        FT_SUPPLIES,
        /** asset to principal: the owners of a contract's non-fungible token {@code name}. */
        NFT_OWNERS,
        /**
         * key to {@code true}: the keys of a contract's map {@code name} whose entries were
         * deleted (the reference stores {@code none} there, which a later read pays for).
         */
        DELETED_MAP_ENTRIES,
        /** contract principal to {@code true}: the contracts deployed (what contract-hash? sees). */
        DEPLOYED_CONTRACTS;

        /** Whether a contract's storage holds it (the others are the chain's own). */
        public boolean inContract() {
            return this != STX_BALANCES && this != COUNTERS && this != DEPLOYED_CONTRACTS;
        }

        /** Whether there is one per map or token, named by the location. */
        public boolean named() {
            return this == MAP || this == FT_BALANCES || this == NFT_OWNERS || this == DELETED_MAP_ENTRIES;
        }

        /** Whether its keys are names (strings) rather than Clarity values. */
        public boolean keyedByName() {
            return this == COUNTERS || this == DATA_VARS || this == FT_SUPPLIES;
        }
    }

    public DataLocation {
        if (part.inContract() != (contract != null) || part.named() != (name != null)) {
            throw new IllegalArgumentException("a " + part + " location with contract " + contract + " and name " + name);
        }
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof DataLocation o
                && Objects.equals(part, o.part)
                && Objects.equals(contract, o.contract)
                && Objects.equals(name, o.name);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(part);
        h = 31 * h + Objects.hashCode(contract);
        return 31 * h + Objects.hashCode(name);
    }
}

package io.clarity.chain;

import io.clarity.value.ContractPrincipalValue;
import java.util.Objects;

/**
 * A token of a contract: the contract that defines it and the token's name. {@link #toString()}
 * is the form events print, {@code ST....contract::token}.
 */
public record AssetIdentifier(ContractPrincipalValue contract, String name) {

    /** The name an allowance uses to cover every token of a contract. */
    public static final String WILDCARD = "*";

    /** The wildcard identifier of the same contract. */
    public AssetIdentifier wildcard() {
        return new AssetIdentifier(contract, WILDCARD);
    }

    @Override
    public String toString() {
        return contract.address() + "::" + name;
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof AssetIdentifier o
                && Objects.equals(contract, o.contract)
                && Objects.equals(name, o.name);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(contract) + Objects.hashCode(name);
    }
}

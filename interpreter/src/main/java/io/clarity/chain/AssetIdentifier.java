package io.clarity.chain;

import io.clarity.value.ContractPrincipalValue;

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
}

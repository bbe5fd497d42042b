package io.clarity.value;

import java.util.Objects;

/** A trait: the contract that defines it and its name, written {@code 'ST....contract.trait}. */
public record TraitIdentifier(ContractPrincipalValue contract, String name) {

    public TraitIdentifier {
        Objects.requireNonNull(contract);
        Objects.requireNonNull(name);
    }

    @Override
    public String toString() {
        return contract.address() + "." + name;
    }
}

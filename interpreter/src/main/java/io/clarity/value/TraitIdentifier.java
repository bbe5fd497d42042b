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

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof TraitIdentifier o
                && Objects.equals(contract, o.contract)
                && Objects.equals(name, o.name);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(contract) + Objects.hashCode(name);
    }
}

package io.clarity.value;

import java.util.Objects;

/**
 * A contract principal used as a trait reference (Clarity 2 and later): it behaves and prints as
 * the contract principal, and remembers the trait it was checked against.
 */
public record CallableValue(ContractPrincipalValue contract, TraitIdentifier trait) implements Value {

    public CallableValue {
        Objects.requireNonNull(contract);
    }

    @Override
    public String toString() {
        return contract.toString();
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof CallableValue o
                && Objects.equals(contract, o.contract)
                && Objects.equals(trait, o.trait);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(contract) + Objects.hashCode(trait);
    }
}

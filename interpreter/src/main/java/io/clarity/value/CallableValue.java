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
}

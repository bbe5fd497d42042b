package io.clarity.value;

import java.util.Objects;


/**
 * Clarity 2's callable types: a trait reference ({@code <trait>}), or a contract principal
 * literal that may still be used either as a {@code principal} or as a trait reference.
 * Exactly one of {@code contract} and {@code trait} is set.
 */
public record CallableType(ContractPrincipalValue contract, TraitIdentifier trait)
        implements TypeSignature, Comparable<CallableType> {

    public static CallableType ofTrait(TraitIdentifier trait) {
        return new CallableType(null, trait);
    }

    public static CallableType ofPrincipal(ContractPrincipalValue contract) {
        return new CallableType(contract, null);
    }

    public boolean isTrait() {
        return trait != null;
    }

    @Override
    public int compareTo(CallableType o) {
        return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
        return trait != null ? "<" + trait + ">" : "principal";
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof CallableType o
                && Objects.equals(contract, o.contract)
                && Objects.equals(trait, o.trait);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(contract) + Objects.hashCode(trait);
    }
}

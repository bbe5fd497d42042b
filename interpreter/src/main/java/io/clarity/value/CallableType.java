package io.clarity.value;


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
}

package io.clarity.value;

import java.util.Objects;


/** A trait reference type as epochs before 2.1 type it. */
public record TraitReferenceType(TraitIdentifier trait) implements TypeSignature {
    @Override
    public String toString() {
        return "<" + trait + ">";
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof TraitReferenceType o
                && Objects.equals(trait, o.trait);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(trait);
    }
}

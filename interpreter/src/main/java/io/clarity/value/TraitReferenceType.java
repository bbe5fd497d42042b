package io.clarity.value;


/** A trait reference type as epochs before 2.1 type it. */
public record TraitReferenceType(TraitIdentifier trait) implements TypeSignature {
    @Override
    public String toString() {
        return "<" + trait + ">";
    }
}

package io.clarity.value;

import java.util.Set;
import java.util.TreeSet;

/**
 * The type of a list of contract principals and trait references, before it is known whether it
 * will be used as a list of principals or of a trait (Clarity 2).
 */
public record ListUnionType(Set<CallableType> members) implements TypeSignature {

    public ListUnionType {
        members = Set.copyOf(new TreeSet<>(members));
    }

    @Override
    public String toString() {
        return "principal";
    }
}

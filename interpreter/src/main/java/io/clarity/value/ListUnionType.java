package io.clarity.value;

import java.util.Objects;
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

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof ListUnionType o
                && Objects.equals(members, o.members);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(members);
    }
}

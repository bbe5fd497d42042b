package io.clarity.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** {@code (tuple (a T) ...)}: fields sorted by name, unique, at least one. */
public record TupleType(List<String> names, List<TypeSignature> types) implements TypeSignature {

    public TupleType {
        names = List.copyOf(names);
        types = List.copyOf(types);
    }

    /** The tuple type of the given fields, in any order (sizes not checked; see {@link Types#tuple}). */
    public static TupleType of(Map<String, TypeSignature> fields) {
        TreeMap<String, TypeSignature> sorted = new TreeMap<>(fields);
        return new TupleType(new ArrayList<>(sorted.keySet()), new ArrayList<>(sorted.values()));
    }

    /** The type of field {@code name}, or null. */
    public TypeSignature field(String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals(name)) {
                return types.get(i);
            }
        }
        return null;
    }

    /** The fields as a sorted map. */
    public TreeMap<String, TypeSignature> asMap() {
        TreeMap<String, TypeSignature> m = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), types.get(i));
        }
        return m;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(tuple");
        for (int i = 0; i < names.size(); i++) {
            sb.append(" (").append(names.get(i)).append(' ').append(types.get(i)).append(')');
        }
        return sb.append(')').toString();
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof TupleType o
                && Objects.equals(names, o.names)
                && Objects.equals(types, o.types);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(names) + Objects.hashCode(types);
    }
}

package io.clarity.value;

import java.util.Objects;

/** {@code (response OK ERR)}. */
public record ResponseType(TypeSignature ok, TypeSignature err) implements TypeSignature {
    @Override
    public String toString() {
        return "(response " + ok + " " + err + ")";
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof ResponseType o
                && Objects.equals(ok, o.ok)
                && Objects.equals(err, o.err);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(ok) + Objects.hashCode(err);
    }
}

package io.clarity.value;

/** {@code (response OK ERR)}. */
public record ResponseType(TypeSignature ok, TypeSignature err) implements TypeSignature {
    @Override
    public String toString() {
        return "(response " + ok + " " + err + ")";
    }
}

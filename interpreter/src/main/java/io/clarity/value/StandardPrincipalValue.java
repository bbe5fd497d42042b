package io.clarity.value;

import java.util.Objects;

/** A standard principal: a c32 version (0 to 31) and a 20-byte hash. */
public record StandardPrincipalValue(int version, Bytes hash) implements PrincipalValue {

    public StandardPrincipalValue {
        Objects.requireNonNull(hash);
        if (version < 0 || version >= 32 || hash.length() != 20) {
            throw new IllegalArgumentException("a standard principal needs a version below 32 and a 20-byte hash");
        }
    }

    /** Parses an address such as {@code ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM}; null if invalid. */
    public static StandardPrincipalValue parse(String address) {
        C32.Decoded d = C32.decodeAddress(address);
        return d == null ? null : new StandardPrincipalValue(d.version(), d.hash());
    }

    /** Like {@link #parse} but throws on an invalid address (for addresses known to be valid). */
    public static StandardPrincipalValue of(String address) {
        StandardPrincipalValue p = parse(address);
        if (p == null) {
            throw new IllegalArgumentException("invalid address: " + address);
        }
        return p;
    }

    @Override
    public String address() {
        return C32.encodeAddress(version, hash);
    }

    @Override
    public String toString() {
        return "'" + address();
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start (a map of balances hashes principals before the first deploy)

    @Override
    public boolean equals(Object o) {
        return o instanceof StandardPrincipalValue p && version == p.version && hash.equals(p.hash);
    }

    @Override
    public int hashCode() {
        return 31 * Integer.hashCode(version) + hash.hashCode();
    }
}

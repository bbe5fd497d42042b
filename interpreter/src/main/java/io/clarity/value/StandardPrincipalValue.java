package io.clarity.value;

import java.util.Objects;

/**
 * A standard principal: a c32 version (0 to 31) and a 20-byte hash. Its address text is kept once
 * made (from the text it was parsed from, or at its first printing): each making costs a checksum
 * of two SHA-256s, and a transcript prints the same few principals in every event.
 */
public final class StandardPrincipalValue implements PrincipalValue {

    private final int version;
    private final Bytes hash;
    /** The address text, null until first needed; racing threads make equal strings. */
    private String address;

    public StandardPrincipalValue(int version, Bytes hash) {
        this(version, hash, null);
    }

    private StandardPrincipalValue(int version, Bytes hash, String address) {
        Objects.requireNonNull(hash);
        if (version < 0 || version >= 32 || hash.length() != 20) {
            throw new IllegalArgumentException("a standard principal needs a version below 32 and a 20-byte hash");
        }
        this.version = version;
        this.hash = hash;
        this.address = address;
    }

    /** Parses an address such as {@code ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM}; null if invalid. */
    public static StandardPrincipalValue parse(String address) {
        return of(C32.decodeAddress(address));
    }

    /** Like {@link #parse} but throws on an invalid address (for addresses known to be valid). */
    public static StandardPrincipalValue of(String address) {
        return valid(parse(address), address);
    }

    /**
     * One of the interpreter's own addresses (the standard accounts), decoded without verifying
     * its checksum; throws when it is malformed.
     */
    public static StandardPrincipalValue known(String address) {
        return valid(of(C32.decodeKnownAddress(address)), address);
    }

    private static StandardPrincipalValue valid(StandardPrincipalValue p, String address) {
        if (p == null) {
            throw new IllegalArgumentException("invalid address: " + address);
        }
        return p;
    }

    private static StandardPrincipalValue of(C32.Decoded d) {
        return d == null ? null : new StandardPrincipalValue(d.version(), d.hash(), d.address());
    }

    /** The c32 version, 0 to 31. */
    public int version() {
        return version;
    }

    /** The 20-byte hash. */
    public Bytes hash() {
        return hash;
    }

    @Override
    public String address() {
        String a = address;
        if (a == null) {
            a = C32.encodeAddress(version, hash);
            address = a;
        }
        return a;
    }

    @Override
    public String toString() {
        return "'" + address();
    }

    // equality is of version and hash (the address text follows from them)

    @Override
    public boolean equals(Object o) {
        return o instanceof StandardPrincipalValue p && version == p.version && hash.equals(p.hash);
    }

    @Override
    public int hashCode() {
        return 31 * Integer.hashCode(version) + hash.hashCode();
    }
}

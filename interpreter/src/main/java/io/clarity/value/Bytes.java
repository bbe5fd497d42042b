package io.clarity.value;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable byte string with content equality: the payload of buffers and principals. */
public final class Bytes implements Comparable<Bytes> {

    public static final Bytes EMPTY = new Bytes(new byte[0]);
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] data;
    private int hash;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /** A copy of {@code data}. */
    public static Bytes of(byte... data) {
        return data.length == 0 ? EMPTY : new Bytes(data.clone());
    }

    /** Takes ownership of {@code data}, which the caller must not change afterwards. */
    public static Bytes wrap(byte[] data) {
        return data.length == 0 ? EMPTY : new Bytes(data);
    }

    /** Parses lower- or upper-case hex digits (an even number of them). */
    public static Bytes fromHex(String hex) {
        return wrap(HEX.parseHex(hex));
    }

    public int length() {
        return data.length;
    }

    public byte get(int i) {
        return data[i];
    }

    /** A copy of the bytes. */
    public byte[] toArray() {
        return data.clone();
    }

    /** Bytes {@code [from, to)}. */
    public Bytes slice(int from, int to) {
        return wrap(Arrays.copyOfRange(data, from, to));
    }

    public Bytes concat(Bytes other) {
        if (other.data.length == 0) {
            return this;
        }
        if (data.length == 0) {
            return other;
        }
        byte[] out = Arrays.copyOf(data, data.length + other.data.length);
        System.arraycopy(other.data, 0, out, data.length, other.data.length);
        return new Bytes(out);
    }

    /** Lower-case hex without a prefix. */
    public String toHex() {
        return HEX.formatHex(data);
    }

    /** Direct access for hashing and encoding inside the interpreter; never modify the array. */
    public byte[] unsafeArray() {
        return data;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(data);
            hash = h;
        }
        return h;
    }

    /** Unsigned lexicographic order, as Clarity compares buffers. */
    @Override
    public int compareTo(Bytes o) {
        return Arrays.compareUnsigned(data, o.data);
    }

    @Override
    public String toString() {
        return "0x" + toHex();
    }
}

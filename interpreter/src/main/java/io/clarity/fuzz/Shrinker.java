package io.clarity.fuzz;

import io.clarity.value.AsciiStringValue;
import io.clarity.value.BoolValue;
import io.clarity.value.BufferValue;
import io.clarity.value.Bytes;
import io.clarity.value.ErrValue;
import io.clarity.value.IntValue;
import io.clarity.value.ListValue;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.SomeValue;
import io.clarity.value.TupleValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Utf8StringValue;
import io.clarity.value.Value;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Proposes simpler versions of a value, simplest first: a smaller number (0, 1, half, one less),
 * {@code false}, an earlier principal of the pool, a shorter or plainer sequence, {@code none},
 * or a simpler part of a compound value. Every proposal is smaller by a measure that cannot
 * decrease forever, so shrinking ends; each keeps the value's type.
 */
final class Shrinker {

    private final List<PrincipalValue> principals;

    Shrinker(List<PrincipalValue> principals) {
        this.principals = principals;
    }

    /** Simpler versions of {@code v}; empty when it is as simple as it gets. */
    List<Value> candidates(Value v) {
        LinkedHashSet<Value> out = new LinkedHashSet<>();
        if (v instanceof UIntValue u) {
            BigInteger n = u.toBigInteger();
            if (n.signum() > 0) {
                out.add(UIntValue.ZERO);
                if (n.compareTo(BigInteger.ONE) > 0) {
                    out.add(UIntValue.ONE);
                    out.add(UIntValue.of(n.shiftRight(1)));
                    out.add(UIntValue.of(n.subtract(BigInteger.ONE)));
                }
            }
        } else if (v instanceof IntValue i) {
            BigInteger n = i.toBigInteger();
            if (n.signum() != 0) {
                out.add(IntValue.ZERO);
                if (n.signum() < 0 && !i.equals(IntValue.MIN_VALUE)) {
                    out.add(IntValue.of(n.negate()));
                }
                if (n.abs().compareTo(BigInteger.ONE) > 0) {
                    out.add(IntValue.of(n.divide(BigInteger.TWO)));
                    out.add(IntValue.of(n.subtract(BigInteger.valueOf(n.signum()))));
                }
            }
        } else if (v instanceof BoolValue b) {
            if (b.equals(BoolValue.TRUE)) {
                out.add(BoolValue.FALSE);
            }
        } else if (v instanceof PrincipalValue p) {
            int at = principals.indexOf(p);
            // only towards the pool's first of the same kind, so that a contract stays a contract (traits)
            for (int k = 0; k < at; k++) {
                if (principals.get(k).getClass() == p.getClass()) {
                    out.add(principals.get(k));
                    break;
                }
            }
        } else if (v instanceof BufferValue b) {
            byte[] bytes = b.bytes().toArray();
            for (byte[] shorter : shorter(bytes.length)) {
                out.add(new BufferValue(Bytes.of(slice(bytes, shorter))));
            }
            byte[] zeros = new byte[bytes.length];
            if (!Arrays.equals(zeros, bytes)) {
                out.add(new BufferValue(Bytes.of(zeros)));
            }
        } else if (v instanceof AsciiStringValue s) {
            String text = s.value();
            for (byte[] shorter : shorter(text.length())) {
                out.add(new AsciiStringValue(pick(text, shorter)));
            }
            String plain = "a".repeat(text.length());
            if (!plain.equals(text)) {
                out.add(new AsciiStringValue(plain));
            }
        } else if (v instanceof Utf8StringValue s) {
            int[] cps = s.value().codePoints().toArray();
            for (byte[] shorter : shorter(cps.length)) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < cps.length; k++) {
                    if (shorter[k] != 0) {
                        sb.appendCodePoint(cps[k]);
                    }
                }
                out.add(new Utf8StringValue(sb.toString()));
            }
            String plain = "a".repeat(cps.length);
            if (!plain.equals(s.value())) {
                out.add(new Utf8StringValue(plain));
            }
        } else if (v instanceof ListValue l) {
            List<Value> items = l.items();
            for (byte[] shorter : shorter(items.size())) {
                List<Value> kept = new ArrayList<>();
                for (int k = 0; k < items.size(); k++) {
                    if (shorter[k] != 0) {
                        kept.add(items.get(k));
                    }
                }
                out.add(new ListValue(kept, l.type()));
            }
            for (int k = 0; k < items.size(); k++) {
                for (Value c : candidates(items.get(k))) {
                    List<Value> changed = new ArrayList<>(items);
                    changed.set(k, c);
                    out.add(new ListValue(changed, l.type()));
                }
            }
        } else if (v instanceof SomeValue s) {
            out.add(NoneValue.INSTANCE);
            candidates(s.value()).forEach(c -> out.add(new SomeValue(c)));
        } else if (v instanceof OkValue ok) {
            candidates(ok.inner()).forEach(c -> out.add(new OkValue(c)));
        } else if (v instanceof ErrValue err) {
            candidates(err.inner()).forEach(c -> out.add(new ErrValue(c)));
        } else if (v instanceof TupleValue t) {
            for (int k = 0; k < t.values().size(); k++) {
                for (Value c : candidates(t.values().get(k))) {
                    List<Value> changed = new ArrayList<>(t.values());
                    changed.set(k, c);
                    out.add(new TupleValue(t.names(), changed, t.type()));
                }
            }
        }
        out.remove(v);
        return new ArrayList<>(out);
    }

    /**
     * Masks of the shorter sequences to try, for a sequence of {@code n} items: empty, each half,
     * then without each single item (for short sequences) or without its last item.
     */
    private static List<byte[]> shorter(int n) {
        List<byte[]> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        out.add(new byte[n]);
        if (n > 1) {
            out.add(mask(n, 0, n / 2));
            out.add(mask(n, n / 2, n));
        }
        if (n > 1 && n <= 16) {
            for (int k = 0; k < n; k++) {
                byte[] m = mask(n, 0, n);
                m[k] = 0;
                out.add(m);
            }
        } else if (n > 16) {
            out.add(mask(n, 0, n - 1));
        }
        return out;
    }

    private static byte[] mask(int n, int from, int to) {
        byte[] m = new byte[n];
        Arrays.fill(m, from, to, (byte) 1);
        return m;
    }

    private static byte[] slice(byte[] bytes, byte[] mask) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = 0; k < bytes.length; k++) {
            if (mask[k] != 0) {
                out.write(bytes[k]);
            }
        }
        return out.toByteArray();
    }

    private static String pick(String text, byte[] mask) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            if (mask[k] != 0) {
                sb.append(text.charAt(k));
            }
        }
        return sb.toString();
    }
}

package io.clarity.fuzz;

import io.clarity.value.AsciiStringValue;
import io.clarity.value.BoolValue;
import io.clarity.value.BufferType;
import io.clarity.value.BufferValue;
import io.clarity.value.Bytes;
import io.clarity.value.CallableType;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.ErrValue;
import io.clarity.value.IntValue;
import io.clarity.value.ListType;
import io.clarity.value.ListValue;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.OptionalType;
import io.clarity.value.PrincipalValue;
import io.clarity.value.ResponseType;
import io.clarity.value.SomeValue;
import io.clarity.value.StringAsciiType;
import io.clarity.value.StringUtf8Type;
import io.clarity.value.TraitIdentifier;
import io.clarity.value.TraitReferenceType;
import io.clarity.value.TupleType;
import io.clarity.value.TupleValue;
import io.clarity.value.TypeSignature;
import io.clarity.value.UIntValue;
import io.clarity.value.Utf8StringValue;
import io.clarity.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Makes arguments from a function's parameter types: first the boundary values of each type
 * ({@link #boundaries}: 0, 1 and the largest {@code uint}; 0, 1, -1 and both ends of {@code int};
 * empty and full sequences; {@code none}; ...), then random values ({@link #random}) that mix
 * small numbers, wide numbers and, now and then, a boundary again. Principals are drawn from a
 * pool: the chain's accounts and its deployed contracts; a trait reference names one of the
 * other contracts that implement the trait.
 *
 * <p>Sequences are kept small: a random one has up to {@value #RANDOM_LENGTH} items (up to
 * {@value #NESTED_RANDOM_LENGTH} inside another value), and the full-length boundary is made only
 * for types of at most {@value #FULL_LENGTH} items ({@value #NESTED_FULL_LENGTH} inside another
 * value), so that a {@code (buff 1048576)} parameter does not make every call a megabyte.
 */
public final class Generator {

    static final int RANDOM_LENGTH = 32;
    static final int NESTED_RANDOM_LENGTH = 4;
    static final int FULL_LENGTH = 1024;
    static final int NESTED_FULL_LENGTH = 16;
    /** At most this many combinations of boundary values are tried before random values. */
    static final int MAX_COMBINATIONS = 64;
    /** At most this many boundary values per type, so that compound types do not multiply them. */
    private static final int MAX_BOUNDARIES = 8;
    private static final String UTF8_SAMPLES = "aZ0 ~\u00e9\u00df\u4e2d\u0416\ud83d\ude42";

    private final List<PrincipalValue> principals;
    private final List<ContractPrincipalValue> contracts;
    private final Function<TraitIdentifier, List<ContractPrincipalValue>> implementers;

    /**
     * A generator whose principals are {@code principals} (accounts first: the first is the
     * simplest), and whose trait references name one of the {@code implementers} of their trait.
     */
    public Generator(List<? extends PrincipalValue> principals, Function<TraitIdentifier, List<ContractPrincipalValue>> implementers) {
        if (principals.isEmpty()) {
            throw new IllegalArgumentException("a generator needs at least one principal");
        }
        this.principals = List.copyOf(principals);
        this.contracts = principals.stream()
                .filter(ContractPrincipalValue.class::isInstance).map(ContractPrincipalValue.class::cast).toList();
        this.implementers = implementers;
    }

    /** The contracts a value of the trait reference type {@code type} can name; refused when no contract implements it. */
    private List<ContractPrincipalValue> references(TypeSignature type) {
        TraitIdentifier trait = type instanceof TraitReferenceType t ? t.trait() : ((CallableType) type).trait();
        if (trait == null) {
            return List.of(((CallableType) type).contract());
        }
        List<ContractPrincipalValue> out = implementers.apply(trait);
        if (out.isEmpty()) {
            throw new FuzzException("no other contract of the chain implements the trait " + trait.name()
                    + " (" + trait.contract() + ")");
        }
        return out;
    }

    /** The principals values are drawn from, simplest first. */
    public List<PrincipalValue> principals() {
        return principals;
    }

    /**
     * How many argument lists of {@code types} are made from boundary values before random ones:
     * every combination of the parameters' boundary values when there are at most
     * {@value #MAX_COMBINATIONS} (so {@code (/ a d)} meets {@code a} = the least int with {@code d} = -1),
     * else as many as the longest list of boundaries.
     */
    public int boundaryCount(List<TypeSignature> types) {
        long combinations = 1;
        int longest = 0;
        for (TypeSignature t : types) {
            int n = boundaries(t).size();
            combinations *= n;
            longest = Math.max(longest, n);
        }
        return combinations <= MAX_COMBINATIONS ? (int) combinations : longest;
    }

    /**
     * The arguments of the {@code index}-th call with parameters {@code types}: while {@code index}
     * is below {@link #boundaryCount}, boundary values (the combination number {@code index}, the
     * last parameter changing fastest; or, when there are too many combinations, boundary value
     * number {@code index} of each parameter, cycling through shorter lists); after that, random values.
     */
    public List<Value> arguments(List<TypeSignature> types, int index, SplittableRandom random) {
        List<Value> out = new ArrayList<>();
        int count = boundaryCount(types);
        if (index >= count) {
            for (TypeSignature t : types) {
                out.add(random(t, random));
            }
            return out;
        }
        List<List<Value>> b = types.stream().map(this::boundaries).toList();
        boolean combining = b.stream().mapToLong(List::size).reduce(1, (x, y) -> x * y) == count;
        int rest = index;
        for (int i = types.size() - 1; i >= 0; i--) {
            List<Value> values = b.get(i);
            out.add(0, values.get(combining ? rest % values.size() : index % values.size()));
            rest /= values.size();
        }
        return out;
    }

    /** The boundary values of {@code type}, simplest first; never empty. */
    public List<Value> boundaries(TypeSignature type) {
        return boundaries(type, 0);
    }

    private List<Value> boundaries(TypeSignature type, int depth) {
        List<Value> out = new ArrayList<>();
        if (type instanceof TypeSignature.UIntType) {
            out.add(UIntValue.ZERO);
            out.add(UIntValue.ONE);
            out.add(UIntValue.MAX_VALUE);
        } else if (type instanceof TypeSignature.IntType) {
            out.add(IntValue.ZERO);
            out.add(IntValue.of(1));
            out.add(IntValue.of(-1));
            out.add(IntValue.MIN_VALUE);
            out.add(IntValue.MAX_VALUE);
        } else if (type instanceof TypeSignature.BoolType) {
            out.add(BoolValue.FALSE);
            out.add(BoolValue.TRUE);
        } else if (type instanceof TypeSignature.PrincipalType) {
            out.addAll(principals.subList(0, Math.min(3, principals.size())));
            if (!contracts.isEmpty()) {
                out.add(contracts.get(contracts.size() - 1));
            }
        } else if (type instanceof CallableType || type instanceof TraitReferenceType) {
            out.addAll(references(type));
        } else if (type instanceof BufferType b) {
            out.add(BufferValue.EMPTY);
            if (b.maxLength() >= 1) {
                out.add(BufferValue.of((byte) 0));
            }
            if (b.maxLength() > 1 && b.maxLength() <= fullLength(depth)) {
                byte[] full = new byte[b.maxLength()];
                Arrays.fill(full, (byte) 0xff);
                out.add(new BufferValue(Bytes.of(full)));
            }
        } else if (type instanceof StringAsciiType s) {
            out.add(AsciiStringValue.EMPTY);
            if (s.maxLength() >= 1) {
                out.add(new AsciiStringValue("a"));
            }
            if (s.maxLength() > 1 && s.maxLength() <= fullLength(depth)) {
                out.add(new AsciiStringValue("z".repeat(s.maxLength())));
            }
        } else if (type instanceof StringUtf8Type s) {
            out.add(Utf8StringValue.EMPTY);
            if (s.maxLength() >= 1) {
                out.add(new Utf8StringValue("\u00e9"));
            }
            if (s.maxLength() > 1 && s.maxLength() <= fullLength(depth)) {
                out.add(new Utf8StringValue("\ud83d\ude42".repeat(s.maxLength())));
            }
        } else if (type instanceof OptionalType o) {
            out.add(NoneValue.INSTANCE);
            boundaries(o.inner(), depth + 1).forEach(v -> out.add(new SomeValue(v)));
        } else if (type instanceof ResponseType r) {
            List<Value> ok = boundaries(r.ok(), depth + 1);
            List<Value> err = boundaries(r.err(), depth + 1);
            for (int i = 0; i < Math.max(ok.size(), err.size()); i++) {
                if (i < ok.size()) {
                    out.add(new OkValue(ok.get(i)));
                }
                if (i < err.size()) {
                    out.add(new ErrValue(err.get(i)));
                }
            }
        } else if (type instanceof ListType l) {
            out.add(new ListValue(List.of(), l));
            if (l.maxLength() >= 1) {
                Value first = boundaries(l.elementType(), depth + 1).get(0);
                out.add(new ListValue(List.of(first), l));
                if (l.maxLength() > 1 && l.maxLength() <= fullLength(depth)) {
                    out.add(new ListValue(Collections.nCopies(l.maxLength(), first), l));
                }
            }
        } else if (type instanceof TupleType t) {
            List<List<Value>> fields = new ArrayList<>();
            int n = 0;
            for (TypeSignature f : t.types()) {
                List<Value> b = boundaries(f, depth + 1);
                fields.add(b);
                n = Math.max(n, b.size());
            }
            for (int i = 0; i < n; i++) {
                List<Value> values = new ArrayList<>();
                for (List<Value> b : fields) {
                    values.add(b.get(i % b.size()));
                }
                out.add(new TupleValue(t.names(), values));
            }
        } else {
            throw new FuzzException("no values can be made of type " + type);
        }
        return out.size() > MAX_BOUNDARIES ? List.copyOf(out.subList(0, MAX_BOUNDARIES)) : out;
    }

    private static int fullLength(int depth) {
        return depth == 0 ? FULL_LENGTH : NESTED_FULL_LENGTH;
    }

    private static int randomLength(int depth, int max, SplittableRandom r) {
        int cap = Math.min(max, depth == 0 ? RANDOM_LENGTH : NESTED_RANDOM_LENGTH);
        // short sequences are the likelier: half of them have at most a quarter of the cap
        return r.nextBoolean() ? r.nextInt(cap / 4 + 1) : r.nextInt(cap + 1);
    }

    /** A random value of {@code type}. */
    public Value random(TypeSignature type, SplittableRandom r) {
        return random(type, r, 0);
    }

    private Value random(TypeSignature type, SplittableRandom r, int depth) {
        if (r.nextInt(10) == 0) {
            List<Value> b = boundaries(type, depth);
            return b.get(r.nextInt(b.size()));
        }
        if (type instanceof TypeSignature.UIntType) {
            return switch (r.nextInt(6)) {
                case 0, 1 -> UIntValue.of(r.nextInt(17));
                case 2 -> UIntValue.of(r.nextInt(1 << 8));
                case 3 -> UIntValue.of(r.nextInt(1 << 16));
                case 4 -> new UIntValue(0, r.nextLong());
                default -> new UIntValue(r.nextLong(), r.nextLong());
            };
        } else if (type instanceof TypeSignature.IntType) {
            return switch (r.nextInt(6)) {
                case 0, 1 -> IntValue.of(r.nextInt(-16, 17));
                case 2 -> IntValue.of(r.nextInt(-(1 << 8), 1 << 8));
                case 3 -> IntValue.of(r.nextInt(-(1 << 16), 1 << 16));
                case 4 -> IntValue.of(r.nextLong());
                default -> new IntValue(r.nextLong(), r.nextLong());
            };
        } else if (type instanceof TypeSignature.BoolType) {
            return BoolValue.of(r.nextBoolean());
        } else if (type instanceof TypeSignature.PrincipalType) {
            return principals.get(r.nextInt(principals.size()));
        } else if (type instanceof CallableType || type instanceof TraitReferenceType) {
            List<ContractPrincipalValue> refs = references(type);
            return refs.get(r.nextInt(refs.size()));
        } else if (type instanceof BufferType b) {
            byte[] bytes = new byte[randomLength(depth, b.maxLength(), r)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) r.nextInt(256);
            }
            return new BufferValue(Bytes.of(bytes));
        } else if (type instanceof StringAsciiType s) {
            StringBuilder sb = new StringBuilder();
            int n = randomLength(depth, s.maxLength(), r);
            for (int i = 0; i < n; i++) {
                sb.append((char) r.nextInt(0x20, 0x7f));
            }
            return new AsciiStringValue(sb.toString());
        } else if (type instanceof StringUtf8Type s) {
            StringBuilder sb = new StringBuilder();
            int n = randomLength(depth, s.maxLength(), r);
            int samples = UTF8_SAMPLES.codePointCount(0, UTF8_SAMPLES.length());
            for (int i = 0; i < n; i++) {
                sb.appendCodePoint(r.nextBoolean() ? r.nextInt(0x20, 0x7f)
                        : UTF8_SAMPLES.codePointAt(UTF8_SAMPLES.offsetByCodePoints(0, r.nextInt(samples))));
            }
            return new Utf8StringValue(sb.toString());
        } else if (type instanceof OptionalType o) {
            return r.nextInt(4) == 0 ? NoneValue.INSTANCE : new SomeValue(random(o.inner(), r, depth + 1));
        } else if (type instanceof ResponseType resp) {
            return r.nextBoolean() ? new OkValue(random(resp.ok(), r, depth + 1)) : new ErrValue(random(resp.err(), r, depth + 1));
        } else if (type instanceof ListType l) {
            int n = randomLength(depth, l.maxLength(), r);
            List<Value> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(random(l.elementType(), r, depth + 1));
            }
            return new ListValue(items, l);
        } else if (type instanceof TupleType t) {
            List<Value> values = new ArrayList<>();
            for (TypeSignature f : t.types()) {
                values.add(random(f, r, depth + 1));
            }
            return new TupleValue(t.names(), values);
        }
        throw new FuzzException("no values can be made of type " + type);
    }
}

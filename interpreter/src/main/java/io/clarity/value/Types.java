package io.clarity.value;

import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.version.Epoch;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The algorithms of the type system, as the reference defines them: sizes and depths (with the
 * 1 MiB and 32-level limits), admission of one type by another, and least supertypes (the type of
 * a value is in {@code io.clarity.value.ValueTypes}). Epochs before 2.1 use slightly different
 * admission and unification rules.
 */
public final class Types {

    /** The largest value, in bytes (the reference's MAX_VALUE_SIZE). */
    public static final int MAX_VALUE_SIZE = 1_048_576;
    public static final int MAX_UTF8_LENGTH = MAX_VALUE_SIZE / 4;
    public static final int MAX_TYPE_DEPTH = 32;
    /** Optionals and responses add one byte to their content. */
    public static final int WRAPPER_VALUE_SIZE = 1;

    public static final BufferType BUFFER_MAX = new BufferType(MAX_VALUE_SIZE);
    public static final StringAsciiType STRING_ASCII_MAX = new StringAsciiType(MAX_VALUE_SIZE);
    public static final StringUtf8Type STRING_UTF8_MAX = new StringUtf8Type(MAX_UTF8_LENGTH);

    private Types() {
    }

    // ---------------------------------------------------------------------------------------
    // Construction with limits
    // ---------------------------------------------------------------------------------------

    public static OptionalType optional(TypeSignature inner) {
        long size = WRAPPER_VALUE_SIZE + (long) size(inner);
        if (size > MAX_VALUE_SIZE) {
            throw CheckErrorKind.ValueTooLarge.error();
        }
        if (1 + depth(inner) > MAX_TYPE_DEPTH) {
            throw CheckErrorKind.TypeSignatureTooDeep.error();
        }
        return new OptionalType(inner);
    }

    public static ResponseType response(TypeSignature ok, TypeSignature err) {
        long size = WRAPPER_VALUE_SIZE + (long) Math.max(size(ok), size(err));
        if (size > MAX_VALUE_SIZE) {
            throw CheckErrorKind.ValueTooLarge.error();
        }
        if (1 + Math.max(depth(ok), depth(err)) > MAX_TYPE_DEPTH) {
            throw CheckErrorKind.TypeSignatureTooDeep.error();
        }
        return new ResponseType(ok, err);
    }

    public static ListType list(TypeSignature element, long maxLength) {
        if (1 + depth(element) > MAX_TYPE_DEPTH) {
            throw CheckErrorKind.TypeSignatureTooDeep.error();
        }
        if (maxLength < 0 || maxLength > 0xFFFFFFFFL) {
            throw CheckErrorKind.ValueTooLarge.error();
        }
        ListType t = new ListType(element, (int) Math.min(maxLength, Integer.MAX_VALUE));
        if (maxLength > Integer.MAX_VALUE || listSize(element, maxLength) > MAX_VALUE_SIZE) {
            throw CheckErrorKind.ValueTooLarge.error();
        }
        return t;
    }

    /** A tuple type; names must be unique and there must be at least one. */
    public static TupleType tuple(List<String> names, List<TypeSignature> types) {
        if (names.isEmpty()) {
            throw CheckErrorKind.EmptyTuplesNotAllowed.error();
        }
        TreeMap<String, TypeSignature> map = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (map.put(names.get(i), types.get(i)) != null) {
                // the reference's DuplicateTupleField, reported as the name already used
                throw CheckErrorKind.NameAlreadyUsed.error(names.get(i));
            }
        }
        return tuple(map);
    }

    /** A tuple type of the given fields. */
    public static TupleType tuple(Map<String, TypeSignature> fields) {
        if (fields.isEmpty()) {
            throw CheckErrorKind.EmptyTuplesNotAllowed.error();
        }
        for (TypeSignature t : fields.values()) {
            if (1 + depth(t) > MAX_TYPE_DEPTH) {
                throw CheckErrorKind.TypeSignatureTooDeep.error();
            }
        }
        TupleType t = TupleType.of(fields);
        if (tupleSize(t) > MAX_VALUE_SIZE) {
            throw CheckErrorKind.ValueTooLarge.error();
        }
        return t;
    }

    public static BufferType buffer(long length) {
        return new BufferType(checkLength(length, MAX_VALUE_SIZE));
    }

    public static StringAsciiType stringAscii(long length) {
        return new StringAsciiType(checkLength(length, MAX_VALUE_SIZE));
    }

    public static StringUtf8Type stringUtf8(long length) {
        return new StringUtf8Type(checkLength(length, MAX_UTF8_LENGTH));
    }

    private static int checkLength(long length, int max) {
        if (length > max) {
            throw CheckErrorKind.ValueTooLarge.error();
        }
        if (length < 0) {
            throw CheckErrorKind.ValueOutOfBounds.error();
        }
        return (int) length;
    }

    // ---------------------------------------------------------------------------------------
    // Sizes
    // ---------------------------------------------------------------------------------------

    /** The largest serialized size of a value of the type (the reference's {@code size()}). */
    public static int size(TypeSignature t) {
        long s = rawSize(t);
        return (int) Math.min(s, Integer.MAX_VALUE);
    }

    private static long rawSize(TypeSignature t) {
        if (t instanceof TypeSignature.NoType || t instanceof TypeSignature.BoolType) {
            return 1;
        } else if (t instanceof TypeSignature.IntType || t instanceof TypeSignature.UIntType) {
            return 16;
        } else if (t instanceof TypeSignature.PrincipalType || t instanceof ListUnionType) {
            return 148;
        } else if (t instanceof BufferType b) {
            return 4L + b.maxLength();
        } else if (t instanceof StringAsciiType s) {
            return 4L + s.maxLength();
        } else if (t instanceof StringUtf8Type s) {
            return 4L + 4L * s.maxLength();
        } else if (t instanceof ListType l) {
            return listSize(l.elementType(), l.maxLength());
        } else if (t instanceof TupleType tt) {
            return tupleSize(tt);
        } else if (t instanceof OptionalType o) {
            return rawSize(o.inner()) + WRAPPER_VALUE_SIZE;
        } else if (t instanceof ResponseType r) {
            return Math.max(rawSize(r.ok()), rawSize(r.err())) + WRAPPER_VALUE_SIZE;
        } else if (t instanceof CallableType c) {
            return c.isTrait() ? 276 : 148;
        } else if (t instanceof TraitReferenceType) {
            return 276;
        }
        throw new IllegalStateException("unknown type " + t);
    }

    private static long listSize(TypeSignature element, long maxLength) {
        return rawSize(element) * maxLength + typeSize(element) + 5L;
    }

    private static long tupleSize(TupleType t) {
        long total = 2L * t.names().size() + tupleTypeSize(t);
        for (int i = 0; i < t.names().size(); i++) {
            total += rawSize(t.types().get(i)) + t.names().get(i).length();
        }
        return total;
    }

    /** The size of the type signature itself (the reference's {@code type_size()}). */
    public static int typeSize(TypeSignature t) {
        if (t instanceof TupleType tt) {
            return (int) tupleTypeSize(tt);
        } else if (t instanceof ListType l) {
            return typeSize(l.elementType()) + 5;
        } else if (t instanceof BufferType || t instanceof StringAsciiType || t instanceof StringUtf8Type) {
            return 5;
        } else if (t instanceof OptionalType o) {
            return typeSize(o.inner()) + 1;
        } else if (t instanceof ResponseType r) {
            return typeSize(r.ok()) + typeSize(r.err()) + 1;
        }
        return 1;
    }

    private static long tupleTypeSize(TupleType t) {
        long size = 2L * t.names().size();
        for (int i = 0; i < t.names().size(); i++) {
            size += typeSize(t.types().get(i)) + t.names().get(i).length();
        }
        return size;
    }

    public static int depth(TypeSignature t) {
        if (t instanceof TupleType tt) {
            int max = 0;
            for (TypeSignature f : tt.types()) {
                max = Math.max(max, depth(f));
            }
            return 1 + max;
        } else if (t instanceof ListType l) {
            return 1 + depth(l.elementType());
        } else if (t instanceof OptionalType o) {
            return 1 + depth(o.inner());
        } else if (t instanceof ResponseType r) {
            return 1 + Math.max(depth(r.ok()), depth(r.err()));
        }
        return 1;
    }

    // ---------------------------------------------------------------------------------------
    // Admission
    // ---------------------------------------------------------------------------------------

    /** Whether a value of type {@code other} may be used where {@code expected} is required. */
    public static boolean admits(Epoch epoch, TypeSignature expected, TypeSignature other) {
        if (epoch.usesTypeChecker21()) {
            TypeSignature concrete;
            try {
                concrete = concretize(other);
            } catch (ClarityError e) {
                return false;
            }
            return admits(expected, concrete, true);
        }
        return admits(expected, other, false);
    }

    private static boolean admits(TypeSignature me, TypeSignature other, boolean v21) {
        if (me instanceof ListType my) {
            if (other instanceof ListType o) {
                if (o.maxLength() == 0) {
                    return true;
                }
                return my.maxLength() >= o.maxLength() && admitsInner(my.elementType(), o.elementType(), v21);
            }
            return false;
        } else if (me instanceof BufferType my) {
            return other instanceof BufferType o && my.maxLength() >= o.maxLength();
        } else if (me instanceof StringAsciiType my) {
            return other instanceof StringAsciiType o && my.maxLength() >= o.maxLength();
        } else if (me instanceof StringUtf8Type my) {
            return other instanceof StringUtf8Type o && my.maxLength() >= o.maxLength();
        } else if (me instanceof OptionalType my) {
            if (other instanceof OptionalType o) {
                return o.inner() instanceof TypeSignature.NoType || admitsInner(my.inner(), o.inner(), v21);
            }
            return false;
        } else if (me instanceof ResponseType my) {
            if (other instanceof ResponseType o) {
                if (o.ok() instanceof TypeSignature.NoType) {
                    return admitsInner(my.err(), o.err(), v21);
                } else if (o.err() instanceof TypeSignature.NoType) {
                    return admitsInner(my.ok(), o.ok(), v21);
                }
                return admitsInner(my.err(), o.err(), v21) && admitsInner(my.ok(), o.ok(), v21);
            }
            return false;
        } else if (me instanceof TupleType my) {
            if (other instanceof TupleType o && my.names().equals(o.names())) {
                for (int i = 0; i < my.types().size(); i++) {
                    if (!admitsInner(my.types().get(i), o.types().get(i), v21)) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        } else if (me instanceof TypeSignature.NoType) {
            throw CheckErrorKind.CouldNotDetermineType.error();
        }
        return me.equals(other);
    }

    private static boolean admitsInner(TypeSignature me, TypeSignature other, boolean v21) {
        if (v21) {
            TypeSignature concrete;
            try {
                concrete = concretize(other);
            } catch (ClarityError e) {
                return false;
            }
            return admits(me, concrete, true);
        }
        return admits(me, other, false);
    }

    /** Turns a list union or a principal-callable type into the concrete type it stands for. */
    public static TypeSignature concretize(TypeSignature t) {
        if (t instanceof ListUnionType u) {
            for (CallableType c : u.members()) {
                if (c.isTrait()) {
                    // the reference never concretizes a union holding a trait (stacks-core#4622)
                    throw CheckErrorKind.TypeError.error(TypeSignature.PRINCIPAL, c);
                }
            }
            return TypeSignature.PRINCIPAL;
        } else if (t instanceof CallableType c && !c.isTrait()) {
            return TypeSignature.PRINCIPAL;
        }
        return t;
    }

    /**
     * A type written by a contract of an earlier epoch, as {@code epoch} reads it: from 2.1 the
     * trait references of epoch 2.0/2.05 contracts become callable types. Epoch 2.2 skips this,
     * a regression the reference keeps for consensus (SIP-023).
     */
    public static TypeSignature canonicalize(Epoch epoch, TypeSignature t) {
        if (!epoch.usesTypeChecker21() || epoch == Epoch.E2_2) {
            return t;
        }
        if (t instanceof TraitReferenceType r) {
            return CallableType.ofTrait(r.trait());
        } else if (t instanceof ListType l) {
            TypeSignature e = canonicalize(epoch, l.elementType());
            return e == l.elementType() ? t : new ListType(e, l.maxLength());
        } else if (t instanceof OptionalType o) {
            TypeSignature inner = canonicalize(epoch, o.inner());
            return inner == o.inner() ? t : new OptionalType(inner);
        } else if (t instanceof ResponseType r) {
            TypeSignature ok = canonicalize(epoch, r.ok());
            TypeSignature err = canonicalize(epoch, r.err());
            return ok == r.ok() && err == r.err() ? t : new ResponseType(ok, err);
        } else if (t instanceof TupleType tt) {
            TreeMap<String, TypeSignature> fields = new TreeMap<>();
            boolean changed = false;
            for (int i = 0; i < tt.names().size(); i++) {
                TypeSignature f = canonicalize(epoch, tt.types().get(i));
                changed |= f != tt.types().get(i);
                fields.put(tt.names().get(i), f);
            }
            return changed ? TupleType.of(fields) : t;
        }
        return t;
    }

    // ---------------------------------------------------------------------------------------
    // Least supertype
    // ---------------------------------------------------------------------------------------

    /**
     * The most restrictive type that admits both {@code a} and {@code b}; throws a
     * {@code TypeError(a, b)} when there is none.
     */
    public static TypeSignature leastSupertype(Epoch epoch, TypeSignature a, TypeSignature b) {
        return leastSupertype(a, b, epoch.usesTypeChecker21());
    }

    private static TypeSignature leastSupertype(TypeSignature a, TypeSignature b, boolean v21) {
        if (a instanceof TupleType ta && b instanceof TupleType tb) {
            TreeMap<String, TypeSignature> out = new TreeMap<>();
            for (int i = 0; i < ta.names().size(); i++) {
                TypeSignature eb = tb.field(ta.names().get(i));
                if (eb == null) {
                    throw mismatch(a, b);
                }
                out.put(ta.names().get(i), leastSupertype(ta.types().get(i), eb, v21));
            }
            try {
                return tuple(out);
            } catch (ClarityError e) {
                throw CheckErrorKind.SupertypeTooLarge.error();
            }
        }
        if (a instanceof ListType la && b instanceof ListType lb) {
            TypeSignature element;
            if (la.maxLength() == 0) {
                element = lb.elementType();
            } else if (lb.maxLength() == 0) {
                element = la.elementType();
            } else {
                element = leastSupertype(la.elementType(), lb.elementType(), v21);
            }
            try {
                return list(element, Math.max(la.maxLength(), lb.maxLength()));
            } catch (ClarityError e) {
                throw CheckErrorKind.SupertypeTooLarge.error();
            }
        }
        if (a instanceof ResponseType ra && b instanceof ResponseType rb) {
            return response(factorOutNoType(ra.ok(), rb.ok(), v21), factorOutNoType(ra.err(), rb.err(), v21));
        }
        if (a instanceof OptionalType oa && b instanceof OptionalType ob) {
            return optional(factorOutNoType(oa.inner(), ob.inner(), v21));
        }
        if (a instanceof BufferType ba && b instanceof BufferType bb) {
            return ba.maxLength() >= bb.maxLength() ? ba : bb;
        }
        if (a instanceof StringAsciiType sa && b instanceof StringAsciiType sb) {
            return sa.maxLength() >= sb.maxLength() ? sa : sb;
        }
        if (a instanceof StringUtf8Type sa && b instanceof StringUtf8Type sb) {
            return sa.maxLength() >= sb.maxLength() ? sa : sb;
        }
        if (a instanceof TypeSignature.NoType) {
            return b;
        }
        if (b instanceof TypeSignature.NoType) {
            return a;
        }
        if (v21) {
            if (a instanceof CallableType ca && b instanceof CallableType cb) {
                return ca.equals(cb) ? a : new ListUnionType(Set.of(ca, cb));
            }
            if (a instanceof ListUnionType u && b instanceof CallableType c) {
                return union(u, c);
            }
            if (a instanceof CallableType c && b instanceof ListUnionType u) {
                return union(u, c);
            }
            if ((a instanceof TypeSignature.PrincipalType && b instanceof CallableType c && !c.isTrait())
                    || (b instanceof TypeSignature.PrincipalType && a instanceof CallableType c2 && !c2.isTrait())) {
                return TypeSignature.PRINCIPAL;
            }
            if (a instanceof TypeSignature.PrincipalType && b instanceof ListUnionType u) {
                return allPrincipals(u, a, b);
            }
            if (b instanceof TypeSignature.PrincipalType && a instanceof ListUnionType u) {
                return allPrincipals(u, a, b);
            }
            if (a instanceof ListUnionType ua && b instanceof ListUnionType ub) {
                TreeSet<CallableType> all = new TreeSet<>(ua.members());
                all.addAll(ub.members());
                return new ListUnionType(all);
            }
        }
        if (a.equals(b)) {
            return a;
        }
        throw mismatch(a, b);
    }

    private static TypeSignature union(ListUnionType u, CallableType c) {
        TreeSet<CallableType> all = new TreeSet<>(u.members());
        all.add(c);
        return new ListUnionType(all);
    }

    private static TypeSignature allPrincipals(ListUnionType u, TypeSignature a, TypeSignature b) {
        for (CallableType c : u.members()) {
            if (c.isTrait()) {
                throw mismatch(a, b);
            }
        }
        return TypeSignature.PRINCIPAL;
    }

    private static TypeSignature factorOutNoType(TypeSignature a, TypeSignature b, boolean v21) {
        if (a instanceof TypeSignature.NoType) {
            return b;
        }
        if (b instanceof TypeSignature.NoType) {
            return a;
        }
        return leastSupertype(a, b, v21);
    }

    private static ClarityError mismatch(TypeSignature a, TypeSignature b) {
        return CheckErrorKind.TypeError.error(a, b);
    }

    /** The type of a list whose items have the given types. */
    public static ListType parentListType(List<TypeSignature> items) {
        if (items.isEmpty()) {
            return new ListType(TypeSignature.NO_TYPE, 0);
        }
        TypeSignature element = null;
        for (TypeSignature t : items) {
            element = element == null || element.equals(t) ? t : leastSupertype(element, t, true);
        }
        return list(element, items.size());
    }
}

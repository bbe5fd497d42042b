package io.clarity.value;

import io.clarity.version.Epoch;
import java.util.ArrayList;
import java.util.List;

/**
 * The types of values, as the reference gives them: the type of a value, whether a type admits a
 * value, a value typed as declared or retyped by its contents, and lists built as {@code cons_list}
 * builds them. They live beside the values rather than in {@code type}, so that the type system
 * knows nothing of values (values carry types: {@link ListValue} and {@link TupleValue}).
 */
public final class ValueTypes {

    private ValueTypes() {
    }

    /**
     * Whether {@code expected} admits the value {@code v}: the same answer as admitting the
     * value's type, without building that type.
     */
    public static boolean admitsValue(Epoch epoch, TypeSignature expected, Value v) {
        if (expected instanceof TypeSignature.IntType) {
            return v instanceof IntValue;
        } else if (expected instanceof TypeSignature.UIntType) {
            return v instanceof UIntValue;
        } else if (expected instanceof TypeSignature.BoolType) {
            return v instanceof BoolValue;
        } else if (expected instanceof TypeSignature.PrincipalType) {
            return v instanceof PrincipalValue || (v instanceof CallableValue c && c.trait() == null);
        } else if (expected instanceof BufferType b) {
            return v instanceof BufferValue bv && bv.length() <= b.maxLength();
        } else if (expected instanceof StringAsciiType s) {
            return v instanceof AsciiStringValue sv && sv.length() <= s.maxLength();
        } else if (expected instanceof StringUtf8Type s) {
            return v instanceof Utf8StringValue sv && sv.length() <= s.maxLength();
        } else if (expected instanceof ListType l) {
            if (!(v instanceof ListValue lv) || lv.length() > l.maxLength()) {
                return false;
            }
            for (Value item : lv.items()) {
                if (!admitsValue(epoch, l.elementType(), item)) {
                    return false;
                }
            }
            return true;
        } else if (expected instanceof TupleType t) {
            if (!(v instanceof TupleValue tv) || !tv.names().equals(t.names())) {
                return false;
            }
            for (int i = 0; i < t.types().size(); i++) {
                if (!admitsValue(epoch, t.types().get(i), tv.values().get(i))) {
                    return false;
                }
            }
            return true;
        } else if (expected instanceof OptionalType o) {
            if (v instanceof NoneValue) {
                return true;
            }
            return v instanceof SomeValue s && admitsValue(epoch, o.inner(), s.value());
        } else if (expected instanceof ResponseType r) {
            if (v instanceof OkValue ok) {
                return admitsValue(epoch, r.ok(), ok.inner());
            }
            return v instanceof ErrValue err && admitsValue(epoch, r.err(), err.inner());
        }
        return Types.admits(epoch, expected, typeOf(v));
    }

    // ---------------------------------------------------------------------------------------
    // Types of values
    // ---------------------------------------------------------------------------------------

    /**
     * The type of a value: the type a list or tuple carries when it has one (read from storage),
     * else lists by the least supertype of their items.
     */
    public static TypeSignature typeOf(Value v) {
        if (v instanceof IntValue) {
            return TypeSignature.INT;
        } else if (v instanceof UIntValue) {
            return TypeSignature.UINT;
        } else if (v instanceof BoolValue) {
            return TypeSignature.BOOL;
        } else if (v instanceof PrincipalValue) {
            return TypeSignature.PRINCIPAL;
        } else if (v instanceof BufferValue b) {
            return new BufferType(b.length());
        } else if (v instanceof AsciiStringValue s) {
            return new StringAsciiType(s.length());
        } else if (v instanceof Utf8StringValue s) {
            return new StringUtf8Type(s.length());
        } else if (v instanceof ListValue l) {
            if (l.type() != null) {
                return l.type();
            }
            if (l.itemsType() != null) {
                return l.itemsType();
            }
            List<TypeSignature> items = new ArrayList<>(l.items().size());
            for (Value item : l.items()) {
                items.add(typeOf(item));
            }
            return l.rememberItemsType(Types.parentListType(items));
        } else if (v instanceof TupleValue t) {
            if (t.type() != null) {
                return t.type();
            }
            // the names are sorted and unique already (TupleValue's invariant)
            List<TypeSignature> fields = new ArrayList<>(t.values().size());
            for (Value field : t.values()) {
                fields.add(typeOf(field));
            }
            return new TupleType(t.names(), fields);
        } else if (v instanceof SomeValue s) {
            return new OptionalType(typeOf(s.value()));
        } else if (v instanceof NoneValue) {
            return new OptionalType(TypeSignature.NO_TYPE);
        } else if (v instanceof OkValue o) {
            return new ResponseType(typeOf(o.inner()), TypeSignature.NO_TYPE);
        } else if (v instanceof ErrValue e) {
            return new ResponseType(TypeSignature.NO_TYPE, typeOf(e.inner()));
        } else if (v instanceof CallableValue c) {
            return c.trait() != null ? CallableType.ofTrait(c.trait()) : CallableType.ofPrincipal(c.contract());
        }
        throw new IllegalStateException("unknown value " + v.getClass());
    }

    /**
     * {@code v} typed as the reference's deserializer types a value read from storage with the
     * declared type {@code declared}: every list and tuple in it carries its declared type (so a
     * list keeps its declared maximum length). Values without lists or tuples are returned as is.
     */
    public static Value asDeclared(Value v, TypeSignature declared) {
        // a value read again is often typed so already: then it is returned as it is
        if (v instanceof TupleValue t && declared instanceof TupleType tt) {
            List<Value> values = new ArrayList<>(t.values().size());
            boolean changed = !tt.equals(t.type());
            for (int i = 0; i < t.names().size(); i++) {
                TypeSignature field = tt.field(t.names().get(i));
                Value value = t.values().get(i);
                Value typed = field == null ? value : asDeclared(value, field);
                changed |= typed != value;
                values.add(typed);
            }
            return changed ? new TupleValue(t.names(), values, tt) : v;
        } else if (v instanceof ListValue l && declared instanceof ListType lt) {
            List<Value> items = new ArrayList<>(l.items().size());
            boolean changed = !lt.equals(l.type());
            for (Value item : l.items()) {
                Value typed = asDeclared(item, lt.elementType());
                changed |= typed != item;
                items.add(typed);
            }
            return changed ? new ListValue(items, lt) : v;
        } else if (v instanceof SomeValue s && declared instanceof OptionalType o) {
            Value inner = asDeclared(s.value(), o.inner());
            return inner == s.value() ? v : new SomeValue(inner);
        } else if (v instanceof OkValue ok && declared instanceof ResponseType r) {
            Value inner = asDeclared(ok.inner(), r.ok());
            return inner == ok.inner() ? v : new OkValue(inner);
        } else if (v instanceof ErrValue err && declared instanceof ResponseType r) {
            Value inner = asDeclared(err.inner(), r.err());
            return inner == err.inner() ? v : new ErrValue(inner);
        }
        return v;
    }

    /**
     * {@code v} as the reference's sanitizer leaves it from epoch 2.4 ({@code sanitize_value}):
     * it rebuilds every list and tuple, so that they are typed by their contents again (a list
     * read from storage loses its declared maximum length). Before 2.4, and for a value holding
     * no list or tuple that carries a type, {@code v} itself.
     */
    public static Value sanitized(Epoch epoch, Value v) {
        return epoch.sanitizesValues() ? retypedByContents(v) : v;
    }

    /** {@code values} each {@link #sanitized(Epoch, Value) sanitized}; {@code values} itself when none changes. */
    public static List<Value> sanitized(Epoch epoch, List<Value> values) {
        List<Value> out = epoch.sanitizesValues() ? retypedByContents(values) : null;
        return out == null ? values : out;
    }

    /**
     * {@code v} with every list and tuple in it typed by its contents, whatever the epoch (what
     * {@link #sanitized(Epoch, Value)} does from epoch 2.4); {@code v} itself when nothing changes.
     */
    public static Value retypedByContents(Value v) {
        if (v instanceof ListValue l) {
            if (l.type() == null && l.itemsType() != null && holdsNoListOrTuple(l.itemsType().elementType())) {
                // typed by items that hold no list or tuple: nothing in it to retype (no need to look)
                return v;
            }
            List<Value> items = retypedByContents(l.items());
            return items == null && l.type() == null ? v : new ListValue(items == null ? l.items() : items);
        } else if (v instanceof TupleValue t) {
            List<Value> values = retypedByContents(t.values());
            return values == null && t.type() == null ? v : new TupleValue(t.names(), values == null ? t.values() : values);
        } else if (v instanceof SomeValue s) {
            Value inner = retypedByContents(s.value());
            return inner == s.value() ? v : new SomeValue(inner);
        } else if (v instanceof OkValue ok) {
            Value inner = retypedByContents(ok.inner());
            return inner == ok.inner() ? v : new OkValue(inner);
        } else if (v instanceof ErrValue err) {
            Value inner = retypedByContents(err.inner());
            return inner == err.inner() ? v : new ErrValue(inner);
        }
        return v;
    }

    /** Whether a value of type {@code t} can hold no list or tuple (nothing a retyping would change). */
    public static boolean holdsNoListOrTuple(TypeSignature t) {
        return !(t instanceof ListType || t instanceof TupleType || t instanceof OptionalType || t instanceof ResponseType);
    }

    /** {@code values} each retyped by its contents, or null when none changes. */
    private static List<Value> retypedByContents(List<Value> values) {
        List<Value> out = null;
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            Value r = v instanceof ListValue || v instanceof TupleValue || v instanceof SomeValue || v instanceof ResponseValue
                    ? retypedByContents(v) : v;
            if (r != v && out == null) {
                out = new ArrayList<>(values);
            }
            if (out != null) {
                out.set(i, r);
            }
        }
        return out;
    }

    /**
     * A list of {@code items} built as the reference's {@code cons_list} builds one (a {@code list}
     * expression, the results of {@code map}): typed by its items as they are, then each item
     * sanitized (so an item read from storage keeps its declared size in the list's type).
     */
    public static ListValue consList(Epoch epoch, List<Value> items) {
        List<Value> sanitized = epoch.sanitizesValues() ? retypedByContents(items) : null;
        if (sanitized == null) {
            return new ListValue(items);
        }
        List<TypeSignature> types = new ArrayList<>(items.size());
        for (Value item : items) {
            types.add(typeOf(item));
        }
        return new ListValue(sanitized, Types.parentListType(types));
    }

    /** The type of a literal in source: a contract principal literal may still become a trait reference. */
    public static TypeSignature literalTypeOf(Value v, Epoch epoch) {
        if (epoch.usesTypeChecker21() && v instanceof ContractPrincipalValue c) {
            return CallableType.ofPrincipal(c);
        }
        return typeOf(v);
    }
}

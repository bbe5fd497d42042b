package io.clarity.value;

import io.clarity.error.RuntimeErrorKind;
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
            if (lv.type() == null && !holdsNoListOrTuple(l.elementType())) {
                // the reference admits a list by its type, the least supertype of its items, which keeps
                // only the first item's tuple fields: a later item's extra field passes (and stays, before 2.4)
                return Types.admits(epoch, expected, typeOf(lv));
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
        return typedAs(v, declared, null);
    }

    /**
     * {@code v}, stored in a data-var or map, read back as declared ({@link #asDeclared}) in
     * {@code epoch}. A tuple field that {@code declared} does not declare (a Clarity 1 function
     * admits a list by the least supertype of its items, so before 2.4 a later item's extra field
     * can be stored) is dropped from 2.4, where the reference's deserializer sanitizes; before, it
     * makes the value unreadable, as the reference's strict deserializer finds it.
     */
    public static Value asRead(Epoch epoch, Value v, TypeSignature declared) {
        return typedAs(v, declared, epoch);
    }

    /** {@link #asDeclared}, or {@link #asRead} in {@code reading} when it is not null. */
    private static Value typedAs(Value v, TypeSignature declared, Epoch reading) {
        // a value read again is often typed so already: then it is returned as it is, and the
        // lists of a new one are only made once something in it changes
        if (v instanceof TupleValue t && declared instanceof TupleType tt) {
            List<String> names = t.names();
            List<Value> values = null;
            boolean changed = !tt.equals(t.type());
            for (int i = 0; i < t.names().size(); i++) {
                TypeSignature field = tt.field(t.names().get(i));
                Value value = t.values().get(i);
                if (field == null && reading != null) {
                    if (!reading.sanitizesValues()) {
                        throw RuntimeErrorKind.Internal.error("the stored value cannot be read as its declared type "
                                + declared + ": it holds field '" + t.names().get(i) + "', which the type does not declare");
                    }
                    if (values == null) {
                        values = new ArrayList<>(t.values().subList(0, i));
                    }
                    if (names == t.names()) {
                        names = new ArrayList<>(t.names().subList(0, i));
                    }
                    changed = true;
                    continue;
                }
                Value typed = field == null ? value : typedAs(value, field, reading);
                if (typed != value && values == null) {
                    values = new ArrayList<>(t.values().subList(0, i));
                }
                if (values != null) {
                    values.add(typed);
                }
                if (names != t.names()) {
                    names.add(t.names().get(i));
                }
                changed |= typed != value;
            }
            return changed ? new TupleValue(names, values == null ? t.values() : values, tt) : v;
        } else if (v instanceof ListValue l && declared instanceof ListType lt) {
            List<Value> items = null;
            List<Value> from = l.items();
            for (int i = 0; i < from.size(); i++) {
                Value item = from.get(i);
                Value typed = typedAs(item, lt.elementType(), reading);
                if (typed != item && items == null) {
                    items = new ArrayList<>(from.subList(0, i));
                }
                if (items != null) {
                    items.add(typed);
                }
            }
            return items != null || !lt.equals(l.type()) ? new ListValue(items == null ? from : items, lt) : v;
        } else if (v instanceof SomeValue s && declared instanceof OptionalType o) {
            Value inner = typedAs(s.value(), o.inner(), reading);
            return inner == s.value() ? v : new SomeValue(inner);
        } else if (v instanceof OkValue ok && declared instanceof ResponseType r) {
            Value inner = typedAs(ok.inner(), r.ok(), reading);
            return inner == ok.inner() ? v : new OkValue(inner);
        } else if (v instanceof ErrValue err && declared instanceof ResponseType r) {
            Value inner = typedAs(err.inner(), r.err(), reading);
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
            if (l.type() == null && mayHoldTuples(l.items())) {
                // the reference sanitizes a value against its own type: the fields of later items
                // that the least supertype of the items does not keep are dropped
                List<Value> kept = withoutUndeclaredFields(l.items(), ((ListType) typeOf(l)).elementType());
                l = kept == null ? l : new ListValue(kept);
            }
            List<Value> items = retypedByContents(l.items());
            return items == null && l.type() == null ? l : new ListValue(items == null ? l.items() : items);
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
            ListValue list = new ListValue(items);
            if (!epoch.sanitizesValues() || !mayHoldTuples(items)) {
                return list;
            }
            // each item is sanitized against the list's item type, which drops the fields of later
            // tuples that the least supertype keeps not (only the first item's)
            ListType type = (ListType) typeOf(list);
            List<Value> kept = withoutUndeclaredFields(items, type.elementType());
            return kept == null ? list : new ListValue(kept, type);
        }
        List<TypeSignature> types = new ArrayList<>(items.size());
        for (Value item : items) {
            types.add(typeOf(item));
        }
        ListType type = Types.parentListType(types);
        List<Value> kept = mayHoldTuples(items) ? withoutUndeclaredFields(sanitized, type.elementType()) : null;
        return new ListValue(kept == null ? sanitized : kept, type);
    }

    /**
     * Whether {@code v} is a list typed by its items whose later items have tuple fields that the
     * least supertype of the items does not keep (what the reference's sanitizer drops from 2.4).
     */
    public static boolean holdsUndeclaredFields(Value v) {
        return v instanceof ListValue l && l.type() == null && mayHoldTuples(l.items())
                && withoutUndeclaredFields(l.items(), ((ListType) typeOf(l)).elementType()) != null;
    }

    /**
     * Whether the items of a list may hold tuples: the items of a list share one shape, so the
     * first item tells (a list, a tuple, an optional or a response).
     */
    private static boolean mayHoldTuples(List<Value> items) {
        if (items.isEmpty()) {
            return false;
        }
        Value first = items.get(0);
        return first instanceof TupleValue || first instanceof ListValue || first instanceof OptionalValue
                || first instanceof ResponseValue;
    }

    /**
     * {@code v} without the tuple fields that {@code t} does not declare, at any depth, as the
     * reference's {@code sanitize_value} drops them from epoch 2.4; {@code t} is a supertype of
     * {@code v}'s type but for those fields (the least supertype of a list's items is so for each
     * item). {@code v} itself when no field is dropped.
     */
    public static Value withoutUndeclaredFields(Value v, TypeSignature t) {
        if (v instanceof TupleValue tv && t instanceof TupleType tt) {
            if (tv.names().size() != tt.names().size()) {
                List<String> names = new ArrayList<>(tt.names().size());
                List<Value> values = new ArrayList<>(tt.names().size());
                for (int i = 0; i < tv.names().size(); i++) {
                    TypeSignature field = tt.field(tv.names().get(i));
                    if (field != null) {
                        names.add(tv.names().get(i));
                        values.add(withoutUndeclaredFields(tv.values().get(i), field));
                    }
                }
                return new TupleValue(names, values);
            }
            // v has every field t declares, so the same number of fields means the same fields
            List<Value> values = null;
            for (int i = 0; i < tv.names().size(); i++) {
                Value value = tv.values().get(i);
                Value kept = withoutUndeclaredFields(value, tt.types().get(i));
                if (kept != value && values == null) {
                    values = new ArrayList<>(tv.values());
                }
                if (values != null) {
                    values.set(i, kept);
                }
            }
            return values == null ? v : new TupleValue(tv.names(), values);
        } else if (v instanceof ListValue l && t instanceof ListType lt) {
            List<Value> kept = holdsNoListOrTuple(lt.elementType()) ? null : withoutUndeclaredFields(l.items(), lt.elementType());
            return kept == null ? v : new ListValue(kept, l.type());
        } else if (v instanceof SomeValue s && t instanceof OptionalType o) {
            Value inner = withoutUndeclaredFields(s.value(), o.inner());
            return inner == s.value() ? v : new SomeValue(inner);
        } else if (v instanceof OkValue ok && t instanceof ResponseType r) {
            Value inner = withoutUndeclaredFields(ok.inner(), r.ok());
            return inner == ok.inner() ? v : new OkValue(inner);
        } else if (v instanceof ErrValue err && t instanceof ResponseType r) {
            Value inner = withoutUndeclaredFields(err.inner(), r.err());
            return inner == err.inner() ? v : new ErrValue(inner);
        }
        return v;
    }

    /** {@code items} each {@link #withoutUndeclaredFields(Value, TypeSignature) without} the fields {@code t} does not declare, or null when none changes. */
    private static List<Value> withoutUndeclaredFields(List<Value> items, TypeSignature t) {
        List<Value> out = null;
        for (int i = 0; i < items.size(); i++) {
            Value item = items.get(i);
            Value kept = withoutUndeclaredFields(item, t);
            if (kept != item && out == null) {
                out = new ArrayList<>(items);
            }
            if (out != null) {
                out.set(i, kept);
            }
        }
        return out;
    }

    /** The type of a literal in source: a contract principal literal may still become a trait reference. */
    public static TypeSignature literalTypeOf(Value v, Epoch epoch) {
        if (epoch.usesTypeChecker21() && v instanceof ContractPrincipalValue c) {
            return CallableType.ofPrincipal(c);
        }
        return typeOf(v);
    }
}

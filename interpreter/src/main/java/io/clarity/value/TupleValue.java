package io.clarity.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tuple. Fields are kept sorted by name (byte order), which is Clarity's canonical order for
 * printing and serialization; names are unique.
 *
 * <p>{@code type} is the type the reference records for the tuple when it is not the type of its
 * contents: a tuple read from a map or data-var has the declared type (a {@code (string-ascii 20)}
 * field holding {@code "active"}), which its size, and so its costs, follow. It is null for a
 * tuple typed by its contents, and plays no part in equality.
 */
public record TupleValue(List<String> names, List<Value> values, TupleType type) implements Value {

    /** A tuple typed by its contents. */
    public TupleValue(List<String> names, List<Value> values) {
        this(names, values, null);
    }

    public TupleValue {
        names = List.copyOf(names);
        values = List.copyOf(values);
        if (names.size() != values.size() || names.isEmpty()) {
            throw new IllegalArgumentException("a tuple needs as many values as names, and at least one field");
        }
        for (int i = 1; i < names.size(); i++) {
            if (names.get(i - 1).compareTo(names.get(i)) >= 0) {
                throw new IllegalArgumentException("tuple names must be sorted and unique: " + names);
            }
        }
    }

    /** A tuple of the given fields (in any order). */
    public static TupleValue of(Map<String, ? extends Value> fields) {
        TreeMap<String, Value> sorted = new TreeMap<>(fields);
        return new TupleValue(new ArrayList<>(sorted.keySet()), new ArrayList<>(sorted.values()));
    }

    /**
     * A tuple of the fields {@code names[i] = values[i]}, given in any order and sorted here in
     * place (the arrays are the caller's scratch space); of a repeated name the last value wins.
     */
    public static TupleValue ofFields(String[] names, Value[] values) {
        int n = names.length;
        // insertion sort: tuples are small, and a literal's fields are often already in order
        for (int i = 1; i < n; i++) {
            String name = names[i];
            Value value = values[i];
            int j = i - 1;
            while (j >= 0 && names[j].compareTo(name) > 0) {
                names[j + 1] = names[j];
                values[j + 1] = values[j];
                j--;
            }
            names[j + 1] = name;
            values[j + 1] = value;
        }
        int unique = n;
        for (int i = 1; i < unique; i++) {
            if (names[i].equals(names[i - 1])) {
                values[i - 1] = values[i];
                System.arraycopy(names, i + 1, names, i, unique - i - 1);
                System.arraycopy(values, i + 1, values, i, unique - i - 1);
                unique--;
                i--;
            }
        }
        if (unique < n) {
            names = Arrays.copyOf(names, unique);
            values = Arrays.copyOf(values, unique);
        }
        return new TupleValue(List.of(names), List.of(values));
    }

    /** A tuple from alternating names and values: {@code of("a", v1, "b", v2)}. */
    public static TupleValue of(Object... namesAndValues) {
        TreeMap<String, Value> sorted = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            sorted.put((String) namesAndValues[i], (Value) namesAndValues[i + 1]);
        }
        return of(sorted);
    }

    /** The value of field {@code name}, or null. */
    public Value get(String name) {
        int i = indexOf(name);
        return i < 0 ? null : values.get(i);
    }

    /** The position of field {@code name}, or a negative number. */
    public int indexOf(String name) {
        int n = names.size();
        if (n <= 8) {
            for (int i = 0; i < n; i++) {
                if (names.get(i).equals(name)) {
                    return i;
                }
            }
            return -1;
        }
        return Collections.binarySearch(names, name);
    }

    /**
     * This tuple with the fields of {@code update} added or replaced. When either carries a type,
     * so does the result: this tuple's field types with {@code update}'s replacing them, as the
     * reference merges tuples' type signatures.
     */
    public TupleValue merge(TupleValue update) {
        int a = names.size();
        int b = update.names.size();
        boolean typed = type != null || update.type != null;
        // the field types of each side, in the order of its names
        List<TypeSignature> mine = typed ? ((TupleType) ValueTypes.typeOf(this)).types() : null;
        List<TypeSignature> theirs = typed ? ((TupleType) ValueTypes.typeOf(update)).types() : null;
        String[] outNames = new String[a + b];
        Value[] outValues = new Value[a + b];
        TypeSignature[] outTypes = typed ? new TypeSignature[a + b] : null;
        int x = 0;
        int y = 0;
        int k = 0;
        // both field lists are sorted: merge them, the update winning on equal names
        while (x < a || y < b) {
            int c = x == a ? 1 : y == b ? -1 : names.get(x).compareTo(update.names.get(y));
            if (c < 0) {
                if (typed) {
                    outTypes[k] = mine.get(x);
                }
                outNames[k] = names.get(x);
                outValues[k++] = values.get(x++);
            } else {
                if (typed) {
                    outTypes[k] = theirs.get(y);
                }
                outNames[k] = update.names.get(y);
                outValues[k++] = update.values.get(y++);
                if (c == 0) {
                    x++;
                }
            }
        }
        List<String> mergedNames = List.of(Arrays.copyOf(outNames, k));
        List<Value> mergedValues = List.of(Arrays.copyOf(outValues, k));
        return typed
                ? new TupleValue(mergedNames, mergedValues, new TupleType(mergedNames, List.of(Arrays.copyOf(outTypes, k))))
                : new TupleValue(mergedNames, mergedValues);
    }

    /** Tuples are equal when their fields are, whatever type they carry. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TupleValue t) || names.size() != t.names.size()) {
            return false;
        }
        // indexed rather than through the lists' equals, which makes two iterators: tuples are
        // map keys, compared on every map read and write
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(t.names.get(i)) || !values.get(i).equals(t.values.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        // the lists' hash codes, as before (the order of maps keyed by tuples follows them)
        int namesHash = 1;
        int valuesHash = 1;
        for (int i = 0; i < names.size(); i++) {
            namesHash = 31 * namesHash + names.get(i).hashCode();
            valuesHash = 31 * valuesHash + values.get(i).hashCode();
        }
        return 31 * namesHash + valuesHash;
    }

    @Override
    public String toString() {
        return ValuePrinter.print(this);
    }

}

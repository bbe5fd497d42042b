package io.clarity.value;

import java.util.List;

/**
 * A list; all items have a common type (checked by the analyser, not here).
 *
 * <p>{@code type} is the type the reference records for the list when it is not the one its items
 * give it: a list read from a map or data-var has the declared type (its declared maximum
 * length), an appended one a maximum length one larger, and so on ({@code io.clarity.cost.CostInputs}).
 * Its size, and so its costs, follow that type. It is null for a list typed by its items, is
 * maintained whether costs are tracked or not (so that both modes run the same values), and
 * plays no part in equality.
 */
public final class ListValue implements SequenceValue {

    public static final ListValue EMPTY = new ListValue(List.of());

    private final List<Value> items;
    private final ListType type;
    /**
     * The type the items give the list, computed once when first asked for (the cost of every
     * lookup of a list variable depends on it). Racy but safe: any thread computes the same
     * immutable type.
     */
    private ListType itemsType;

    public ListValue(List<Value> items, ListType type) {
        this.items = List.copyOf(items);
        this.type = type;
    }

    /** A list typed by its items. */
    public ListValue(List<Value> items) {
        this(items, null);
    }

    public static ListValue of(Value... items) {
        return new ListValue(List.of(items));
    }

    public List<Value> items() {
        return items;
    }

    /** The type recorded for the list, or null when its items give it its type. */
    public ListType type() {
        return type;
    }

    /** The type its items give the list, once computed ({@link #rememberItemsType}); else null. */
    public ListType itemsType() {
        return itemsType;
    }

    /** Keeps the type the items give the list, which can never change. */
    public ListType rememberItemsType(ListType t) {
        itemsType = t;
        return t;
    }

    @Override
    public int length() {
        return items.size();
    }

    /** Lists are equal when their items are, whatever type they carry. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ListValue l && items.equals(l.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return ValuePrinter.print(this);
    }
}

package io.clarity.value;

import java.util.List;

/**
 * A list; all items have a common type (checked by the analyser, not here).
 *
 * <p>{@code type} is the type the reference records for the list when it is not the one its items
 * give it: a list read from a map or data-var has the declared type (its declared maximum
 * length), an appended one a maximum length one larger, and so on ({@code io.clarity.cost.CostInputs}).
 * Its size, and so its costs, follow that type. It is null for a list typed by its items, is only
 * maintained while costs are tracked, and plays no part in equality.
 */
public record ListValue(List<Value> items, io.clarity.type.ListType type) implements SequenceValue {

    public static final ListValue EMPTY = new ListValue(List.of());

    /** A list typed by its items. */
    public ListValue(List<Value> items) {
        this(items, null);
    }

    public ListValue {
        items = List.copyOf(items);
    }

    public static ListValue of(Value... items) {
        return new ListValue(List.of(items));
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

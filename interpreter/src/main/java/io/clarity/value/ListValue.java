package io.clarity.value;

import java.util.List;

/** A list; all items have a common type (checked by the analyser, not here). */
public record ListValue(List<Value> items) implements SequenceValue {

    public static final ListValue EMPTY = new ListValue(List.of());

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

    @Override
    public String toString() {
        return ValuePrinter.print(this);
    }
}

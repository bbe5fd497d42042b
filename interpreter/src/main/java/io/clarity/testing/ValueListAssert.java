package io.clarity.testing;

import io.clarity.value.ListValue;
import io.clarity.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Checks on a Clarity list: its size, its items, one item by index. */
public final class ValueListAssert extends AbstractAssert<ValueListAssert, ListValue> {

    private final Value whole;
    private final String path;

    ValueListAssert(ListValue actual, Value whole, String path) {
        super(actual, ValueListAssert.class);
        this.whole = whole;
        this.path = path;
    }

    private String where() {
        return ValueDescriptions.where(path, whole);
    }

    public ValueListAssert hasSize(int expected) {
        if (actual.items().size() != expected) {
            failWithMessage("%s", "Expecting a list of " + expected + " items but it has " + actual.items().size()
                    + ":\n  " + actual + where());
        }
        return this;
    }

    public ValueListAssert isEmpty() {
        return hasSize(0);
    }

    /** Continues with the item at {@code index}. */
    public ValueAssert item(int index) {
        if (index < 0 || index >= actual.items().size()) {
            failWithMessage("%s", "Expecting an item at index " + index + " but the list has " + actual.items().size()
                    + ":\n  " + actual + where());
        }
        return new ValueAssert(actual.items().get(index), whole, path + "[" + index + "]");
    }

    /** Checks that the list holds each of {@code expected}, in any order. */
    public ValueListAssert contains(Value... expected) {
        List<Value> missing = new ArrayList<>();
        for (Value v : expected) {
            if (!actual.items().contains(v)) {
                missing.add(v);
            }
        }
        if (!missing.isEmpty()) {
            failWithMessage("%s", "Expecting the list to contain " + new ListValue(missing) + " but it is:\n  "
                    + actual + where());
        }
        return this;
    }

    /** Checks that the list is exactly {@code expected}, in order. */
    public ValueListAssert containsExactly(Value... expected) {
        new ValueAssert(actual, whole, path).isEqualTo(new ListValue(List.of(expected)));
        return this;
    }
}

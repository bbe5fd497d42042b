package io.clarity.testing;

import io.clarity.value.TupleValue;
import io.clarity.value.Value;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Checks on a Clarity tuple: its field names, one field's value. */
public final class TupleAssert extends AbstractAssert<TupleAssert, TupleValue> {

    private final Value whole;
    private final String path;

    TupleAssert(TupleValue actual, Value whole, String path) {
        super(actual, TupleAssert.class);
        this.whole = whole;
        this.path = path;
    }

    /** Checks that field {@code name} holds {@code expected}. */
    public TupleAssert hasEntry(String name, Value expected) {
        field(name).isEqualTo(expected);
        return this;
    }

    /** Continues with the value of field {@code name}. */
    public ValueAssert field(String name) {
        Value v = actual.get(name);
        if (v == null) {
            failWithMessage("%s", "Expecting a field " + name + " but the tuple has " + actual.names() + ":\n  "
                    + actual + ValueDescriptions.where(path, whole));
        }
        return new ValueAssert(v, whole, path + "." + name);
    }

    /** Checks that the tuple has exactly these fields (in any order). */
    public TupleAssert hasFields(String... names) {
        List<String> expected = List.of(names).stream().sorted().toList();
        if (!actual.names().equals(expected)) {
            failWithMessage("%s", "Expecting the fields " + expected + " but the tuple has " + actual.names()
                    + ":\n  " + actual);
        }
        return this;
    }
}

package io.clarity.testing;

import io.clarity.value.AsciiStringValue;
import io.clarity.value.BoolValue;
import io.clarity.value.BufferValue;
import io.clarity.value.CallableValue;
import io.clarity.value.ErrValue;
import io.clarity.value.IntValue;
import io.clarity.value.ListValue;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.SomeValue;
import io.clarity.value.TupleValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Utf8StringValue;
import io.clarity.value.Value;
import java.util.Optional;

/** Words for failure messages: what kind of value something is, and where two values differ. */
final class ValueDescriptions {

    private ValueDescriptions() {
    }

    /** {@code uint}, {@code (ok ...)}, {@code tuple}, ... */
    static String kind(Value v) {
        if (v instanceof UIntValue) {
            return "uint";
        } else if (v instanceof IntValue) {
            return "int";
        } else if (v instanceof BoolValue) {
            return "bool";
        } else if (v instanceof BufferValue) {
            return "buff";
        } else if (v instanceof AsciiStringValue) {
            return "string-ascii";
        } else if (v instanceof Utf8StringValue) {
            return "string-utf8";
        } else if (v instanceof ListValue) {
            return "list";
        } else if (v instanceof TupleValue) {
            return "tuple";
        } else if (v instanceof SomeValue) {
            return "(some ...)";
        } else if (v instanceof NoneValue) {
            return "none";
        } else if (v instanceof OkValue) {
            return "(ok ...)";
        } else if (v instanceof ErrValue) {
            return "(err ...)";
        } else if (v instanceof PrincipalValue || v instanceof CallableValue) {
            return "principal";
        }
        return v.getClass().getSimpleName();
    }

    /** For a nested value: its path and the whole value it sits in, as the end of a message. */
    static String where(String path, Value whole) {
        return path.isEmpty() ? "" : "\n  at: " + path + "\n  in: " + whole;
    }

    /**
     * Where {@code actual} first differs from {@code expected}: a path such as
     * {@code (ok _).balance[2]}, then what is there on each side (blank when they differ at the
     * top). Empty when they are equal.
     */
    static Optional<String> firstDifference(Value expected, Value actual) {
        return difference(expected, actual, "");
    }

    private static Optional<String> difference(Value e, Value a, String path) {
        if (e.equals(a)) {
            return Optional.empty();
        }
        if (e instanceof OkValue eo && a instanceof OkValue ao) {
            return difference(eo.inner(), ao.inner(), path + "(ok _)");
        }
        if (e instanceof ErrValue ee && a instanceof ErrValue ae) {
            return difference(ee.inner(), ae.inner(), path + "(err _)");
        }
        if (e instanceof SomeValue es && a instanceof SomeValue as) {
            return difference(es.value(), as.value(), path + "(some _)");
        }
        if (e instanceof TupleValue et && a instanceof TupleValue at && et.names().equals(at.names())) {
            for (int i = 0; i < et.names().size(); i++) {
                Optional<String> d = difference(et.values().get(i), at.values().get(i), path + "." + et.names().get(i));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        if (e instanceof ListValue el && a instanceof ListValue al) {
            int n = Math.min(el.items().size(), al.items().size());
            for (int i = 0; i < n; i++) {
                Optional<String> d = difference(el.items().get(i), al.items().get(i), path + "[" + i + "]");
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.of(at(path) + "a list of " + el.items().size() + " items was expected, it has "
                    + al.items().size());
        }
        if (e instanceof TupleValue et && a instanceof TupleValue at) {
            return Optional.of(at(path) + "fields " + et.names() + " were expected, it has " + at.names());
        }
        // at the top, the message already shows both values
        return Optional.of(path.isEmpty() ? "" : at(path) + e + " was expected, it is " + a);
    }

    private static String at(String path) {
        return path.isEmpty() ? "" : "at " + path + ": ";
    }
}

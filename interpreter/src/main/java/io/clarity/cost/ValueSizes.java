package io.clarity.cost;

import io.clarity.value.AsciiStringValue;
import io.clarity.value.BoolValue;
import io.clarity.value.BufferValue;
import io.clarity.value.ConsensusCodec;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.ErrValue;
import io.clarity.value.IntValue;
import io.clarity.value.ListValue;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.SomeValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.TupleValue;
import io.clarity.value.Types;
import io.clarity.value.UIntValue;
import io.clarity.value.Utf8StringValue;
import io.clarity.value.Value;
import io.clarity.value.ValueTypes;
import java.util.List;

/**
 * The two measures of a value that cost inputs use. {@link #size} is the reference's
 * {@code Value::size()}: the size of the value's own type ({@code int} 16, {@code principal} 148,
 * a string of n characters 4+n, ...), which is what memory and most size-based costs count.
 * {@link #serializedSize} is the length of its consensus serialization (SIP-005), which is what
 * storage reads and writes, and the {@code NativeFunction205} natives, count.
 */
public final class ValueSizes {

    /** A serialized {@code none}. */
    public static final int NONE_SERIALIZED = 1;

    private ValueSizes() {
    }

    /** The size of the value's type (the reference's {@code Value::size()}). */
    public static long size(Value v) {
        if (v instanceof IntValue || v instanceof UIntValue) {
            return 16;
        } else if (v instanceof BoolValue) {
            return 1;
        } else if (v instanceof StandardPrincipalValue || v instanceof ContractPrincipalValue) {
            return 148;
        } else if (v instanceof BufferValue b) {
            return 4L + b.length();
        } else if (v instanceof AsciiStringValue s) {
            return 4L + s.length();
        } else if (v instanceof Utf8StringValue s) {
            return 4L + 4L * s.length();
        } else if (v instanceof NoneValue) {
            return 2;
        } else if (v instanceof SomeValue s) {
            return size(s.value()) + 1;
        } else if (v instanceof OkValue o) {
            return Math.max(size(o.inner()), 1) + 1;
        } else if (v instanceof ErrValue e) {
            return Math.max(size(e.inner()), 1) + 1;
        }
        if (v instanceof TupleValue t && t.type() == null) {
            // 2 per field, the tuple type's own size, and each field's name and value
            long n = 2L * t.names().size() + typeSize(v);
            for (int i = 0; i < t.names().size(); i++) {
                n += size(t.values().get(i)) + t.names().get(i).length();
            }
            return n;
        }
        // lists (the item type is the least supertype of the items) and tuples carrying a type
        return Types.size(ValueTypes.typeOf(v));
    }

    /** The sum of the values' sizes. */
    public static long size(List<Value> values) {
        long n = 0;
        for (int i = 0; i < values.size(); i++) {
            n += size(values.get(i));
        }
        return n;
    }

    /** The size of the value's type signature itself (the reference's {@code type_size()}). */
    private static long typeSize(Value v) {
        if (v instanceof BufferValue || v instanceof AsciiStringValue || v instanceof Utf8StringValue) {
            return 5;
        } else if (v instanceof NoneValue) {
            return 2;
        } else if (v instanceof SomeValue s) {
            return typeSize(s.value()) + 1;
        } else if (v instanceof OkValue o) {
            return typeSize(o.inner()) + 2;
        } else if (v instanceof ErrValue e) {
            return typeSize(e.inner()) + 2;
        } else if (v instanceof TupleValue t && t.type() == null) {
            long n = 2L * t.names().size();
            for (int i = 0; i < t.names().size(); i++) {
                n += typeSize(t.values().get(i)) + t.names().get(i).length();
            }
            return n;
        } else if (v instanceof ListValue || v instanceof TupleValue) {
            return Types.typeSize(ValueTypes.typeOf(v));
        }
        return 1;
    }

    /** The length of the value's consensus serialization. */
    public static long serializedSize(Value v) {
        return ConsensusCodec.length(v);
    }
}

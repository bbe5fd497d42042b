package io.clarity.value;

/**
 * The one printer of values: the canonical form of the oracle and the clarinet-sdk
 * ({@code u5}, {@code (some 1)}, {@code 'ST...}, {@code { a: u1, b: "x" }}, {@code (list 1 2)},
 * {@code (list)}), with strings escaped as JSON strings are.
 */
public final class ValuePrinter {

    private ValuePrinter() {
    }

    public static String print(Value v) {
        StringBuilder sb = new StringBuilder();
        print(v, sb);
        return sb.toString();
    }

    public static void print(Value v, StringBuilder out) {
        if (v instanceof IntValue || v instanceof UIntValue) {
            out.append(v);
        } else if (v instanceof BoolValue b) {
            out.append(b.value() ? "true" : "false");
        } else if (v instanceof BufferValue b) {
            out.append("0x").append(b.bytes().toHex());
        } else if (v instanceof AsciiStringValue s) {
            out.append('"');
            escape(s.value(), out);
            out.append('"');
        } else if (v instanceof Utf8StringValue s) {
            out.append("u\"");
            escape(s.value(), out);
            out.append('"');
        } else if (v instanceof ListValue l) {
            if (l.items().isEmpty()) {
                out.append("(list)");
            } else {
                out.append("(list");
                for (Value item : l.items()) {
                    out.append(' ');
                    print(item, out);
                }
                out.append(')');
            }
        } else if (v instanceof TupleValue t) {
            out.append("{ ");
            for (int i = 0; i < t.names().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(t.names().get(i)).append(": ");
                print(t.values().get(i), out);
            }
            out.append(" }");
        } else if (v instanceof SomeValue s) {
            out.append("(some ");
            print(s.value(), out);
            out.append(')');
        } else if (v instanceof NoneValue) {
            out.append("none");
        } else if (v instanceof ResponseValue r) {
            out.append(r.isOk() ? "(ok " : "(err ");
            print(r.inner(), out);
            out.append(')');
        } else if (v instanceof PrincipalValue p) {
            out.append('\'').append(p.address());
        } else if (v instanceof CallableValue c) {
            out.append('\'').append(c.contract().address());
        } else {
            throw new IllegalStateException("unknown value " + v.getClass());
        }
    }

    /**
     * {@code v} as {@link #print} prints it, cut to {@code max} characters followed by
     * {@code ...} when longer: a huge value costs no more to show than a small one (the steps of
     * an evaluation show every value).
     */
    public static String printAtMost(Value v, int max) {
        StringBuilder sb = new StringBuilder();
        if (printAtMost(v, sb, max) && sb.length() <= max) {
            return sb.toString();
        }
        sb.setLength(max);
        return sb.append("...").toString();
    }

    /** Prints {@code v} until {@code out} holds more than {@code max} characters; false when it stopped early. */
    private static boolean printAtMost(Value v, StringBuilder out, int max) {
        if (out.length() > max) {
            return false;
        }
        if (v instanceof BufferValue b) {
            // two hex digits a byte: only the bytes that fit are converted
            int fit = Math.min(b.bytes().length(), (max - out.length()) / 2 + 1);
            out.append("0x").append(b.bytes().slice(0, fit).toHex());
            return fit == b.bytes().length();
        } else if (v instanceof ListValue l && !l.items().isEmpty()) {
            out.append("(list");
            for (Value item : l.items()) {
                out.append(' ');
                if (!printAtMost(item, out, max)) {
                    return false;
                }
            }
            out.append(')');
        } else if (v instanceof TupleValue t) {
            out.append("{ ");
            for (int i = 0; i < t.names().size(); i++) {
                out.append(i > 0 ? ", " : "").append(t.names().get(i)).append(": ");
                if (!printAtMost(t.values().get(i), out, max)) {
                    return false;
                }
            }
            out.append(" }");
        } else if (v instanceof SomeValue s) {
            out.append("(some ");
            if (!printAtMost(s.value(), out, max)) {
                return false;
            }
            out.append(')');
        } else if (v instanceof ResponseValue r) {
            out.append(r.isOk() ? "(ok " : "(err ");
            if (!printAtMost(r.inner(), out, max)) {
                return false;
            }
            out.append(')');
        } else if (v instanceof AsciiStringValue str) {
            return printStringAtMost("\"", str.value(), out, max);
        } else if (v instanceof Utf8StringValue str) {
            return printStringAtMost("u\"", str.value(), out, max);
        } else {
            print(v, out);
        }
        return true;
    }

    /** A string (up to a megabyte) escaped only as far as it shows: an escape is at least as long as its character. */
    private static boolean printStringAtMost(String open, String text, StringBuilder out, int max) {
        int room = Math.max(0, max - out.length() - open.length() + 1);
        boolean whole = text.length() <= room;
        out.append(open);
        escape(whole ? text : text.substring(0, room), out);
        if (whole) {
            out.append('"');
        }
        return whole;
    }

    /** JSON string escaping, as {@code JSON.stringify} does it (non-ASCII characters as themselves). */
    public static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}

package io.clarity.trace;

import io.clarity.value.PrincipalValue;
import io.clarity.value.ResponseValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.DefineKind;

/**
 * The call tree of one contract call: every user function that ran, with its arguments, the
 * events it emitted (also those rolled back afterwards), and its result or error with the
 * position where it arose. {@link #toString()} draws the tree:
 *
 * <pre>
 * (contract-call? 'ST1PQ...counter add u5)  sender 'ST1SJ...
 * |-- (check u5)  counter:12:7
 * |   `-- => true
 * |-- print_event contract='ST1PQ...counter value=u5
 * `-- => (ok u5)
 * </pre>
 *
 * @param sender the transaction's sender
 * @param root the called function's frame
 */
public record CallTrace(PrincipalValue sender, Frame root) {

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(call(root, true)).append("  sender ").append(sender).append('\n');
        appendBody(out, root, "");
        return out.toString();
    }

    /** {@code (f a b)}, or {@code (contract-call? 'ID f a b)} when {@code qualified}. */
    private static String call(Frame f, boolean qualified) {
        StringBuilder sb = new StringBuilder("(");
        if (qualified) {
            sb.append("contract-call? ").append(f.contract()).append(' ');
        }
        sb.append(f.function());
        for (Value a : f.args()) {
            sb.append(' ').append(a);
        }
        return sb.append(')').toString();
    }

    private static void appendBody(StringBuilder out, Frame f, String indent) {
        for (TraceEntry e : f.entries()) {
            out.append(indent).append("|-- ");
            if (e instanceof TraceEntry.Emitted em) {
                out.append(em.event()).append('\n');
            } else if (e instanceof Frame child) {
                out.append(call(child, child.crossContract()));
                if (child.callSite() != null) {
                    out.append("  ").append(child.callSite());
                }
                out.append('\n');
                appendBody(out, child, indent + "|   ");
            }
        }
        out.append(indent).append("`-- ");
        if (f.error() != null) {
            out.append("!! ").append(f.error().describe());
        } else {
            out.append("=> ").append(f.result());
            if (f.kind() == DefineKind.DEFINE_PUBLIC && f.result() instanceof ResponseValue r && !r.isOk()) {
                out.append("  (rolled back)");
            }
        }
        out.append('\n');
    }
}

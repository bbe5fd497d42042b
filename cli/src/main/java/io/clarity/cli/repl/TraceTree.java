package io.clarity.cli.repl;

import io.clarity.cli.console.Style;
import io.clarity.trace.CallTrace;
import io.clarity.trace.Frame;
import io.clarity.trace.TraceEntry;
import io.clarity.value.ResponseValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.DefineKind;
import java.util.List;

/**
 * Draws the call tree of {@code ::trace}, in the layout of Clarinet's tracer: the expression typed,
 * then each function call with its arguments and where it was called from, the events it emitted
 * (marked with a star), and what it returned, each call's body indented under it.
 */
final class TraceTree {

    private final Style style;
    private final StringBuilder out = new StringBuilder();

    private TraceTree(Style style) {
        this.style = style;
    }

    /**
     * The tree of {@code expression}: {@code trace} is the call tree of the function it called,
     * null if it called none; {@code result} its value, or null when it failed with {@code error}.
     */
    static String draw(Style style, String expression, CallTrace trace, Value result, String error) {
        TraceTree t = new TraceTree(style);
        t.out.append(expression.strip()).append("  ").append(style.grey("<console>")).append('\n');
        if (trace != null) {
            t.frame(trace.root(), "", trace.root().contract().address(), false);
        }
        t.out.append("\u2514\u2500\u2500 ").append(result != null ? style.blue(result.toString()) : style.red("!! " + error)).append('\n');
        return t.out.toString();
    }

    /** One call: its line, then its body under it. */
    private void frame(Frame f, String indent, String site, boolean last) {
        out.append(indent).append(last ? "\u2514\u2500\u2500 " : "\u251c\u2500\u2500 ").append(call(f))
                .append("  ").append(style.grey(site)).append('\n');
        String inner = indent + (last ? "    " : "\u2502   ");
        List<TraceEntry> entries = f.entries();
        for (TraceEntry e : entries) {
            if (e instanceof TraceEntry.Emitted em) {
                out.append(inner).append("\u251c\u2500\u2500 ").append(style.grey("\u2738 " + em.event())).append('\n');
            } else if (e instanceof Frame child) {
                frame(child, inner, child.callSite() == null ? child.contract().address() : child.callSite(), false);
            }
        }
        out.append(inner).append("\u2514\u2500\u2500 ");
        if (f.error() != null) {
            out.append(style.red("!! " + f.error().describe()));
        } else {
            out.append(style.blue(f.result().toString()));
            if (f.kind() == DefineKind.DEFINE_PUBLIC && f.result() instanceof ResponseValue r && !r.isOk()) {
                out.append(style.grey("  (rolled back)"));
            }
        }
        out.append('\n');
    }

    private static String call(Frame f) {
        StringBuilder sb = new StringBuilder("(").append(f.function());
        for (Value a : f.args()) {
            sb.append(' ').append(a);
        }
        return sb.append(')').toString();
    }
}

package io.clarity.error;

import java.util.ArrayList;
import java.util.List;

/**
 * A diagnostic for a person: an error's kind, message and place, rendered as compilers render
 * them ({@code error[Kind]: message}, {@code --> file:line:column}, the source line and a caret
 * under the span), then its hints ({@code = help: ...}) and where its kind is explained
 * ({@code = see: clarity explain Kind}). The same text serves {@code clarity check}, the REPL and
 * standard error. Lint warnings use it too ({@code warning[unused_const]: ...}); a note that
 * belongs to another diagnostic has no kind ({@code note: ...}).
 *
 * @param help hints for this case, possibly none
 * @param see the command that explains the kind ({@link ErrorCatalogue#pointer})
 */
public record Diagnostic(String level, String kind, String message, String file, Span span, List<String> help,
        String see) {

    public Diagnostic {
        help = List.copyOf(help);
    }

    /** How much of a source line a rendering shows at most. */
    private static final int SHOWN = 160;

    /** The diagnostic of an error found in {@code file} (its first one, when it has several). */
    public static Diagnostic of(ClarityError e, String file) {
        return new Diagnostic("error", e.kind().name(), e.getMessage(), file, e.span(), e.help(),
                ErrorCatalogue.pointer(e.kind()));
    }

    /** Every diagnostic of an error found in {@code file}, in the order found. */
    public static List<Diagnostic> all(ClarityError e, String file) {
        List<Diagnostic> out = new ArrayList<>();
        for (ClarityError d : e.diagnostics()) {
            out.add(of(d, file));
        }
        return out;
    }

    /** Renders it against the source it refers to (null: no source line). */
    public String render(String source) {
        StringBuilder sb = new StringBuilder();
        sb.append(level);
        if (kind != null) {
            sb.append('[').append(kind).append(']');
        }
        sb.append(": ").append(message).append('\n');
        if (span == null || span.isNone()) {
            if (file != null) {
                sb.append("  --> ").append(file).append('\n');
            }
            return notes(sb);
        }
        sb.append("  --> ").append(file == null ? "<input>" : file).append(':')
                .append(span.startLine()).append(':').append(span.startColumn()).append('\n');
        String line = source == null ? null : line(source, span.startLine());
        if (line != null) {
            String number = Integer.toString(span.startLine());
            String pad = " ".repeat(number.length());
            int start = Math.max(1, span.startColumn());
            int end = span.endLine() == span.startLine() ? Math.max(start, span.endColumn()) : Math.max(start, line.length());
            // a long line (a generated or minified source) is shown as the part around the caret
            int from = line.length() <= SHOWN ? 0 : Math.max(0, Math.min(start - 1 - SHOWN / 2, line.length() - SHOWN));
            int to = Math.min(line.length(), from + SHOWN);
            String before = from > 0 ? "..." : "";
            String shown = before + line.substring(from, to) + (to < line.length() ? "..." : "");
            int shift = before.length() - from;
            int last = to < line.length() ? Math.min(end, to) : end;
            sb.append(pad).append(" |\n");
            sb.append(number).append(" | ").append(shown).append('\n');
            sb.append(pad).append(" | ").append(caret(shown, start + shift, last + shift)).append('\n');
        }
        return notes(sb);
    }

    /** The hints and the pointer, rustc's {@code = help:} notes under the snippet. */
    private String notes(StringBuilder sb) {
        for (String h : help) {
            sb.append("  = help: ").append(h).append('\n');
        }
        if (see != null) {
            sb.append("  = see: ").append(see).append('\n');
        }
        return sb.toString();
    }

    /** {@code ^~~~} from column {@code start} to {@code end} of {@code line}. */
    private static String caret(String line, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < start; i++) {
            sb.append(i - 1 < line.length() && line.charAt(i - 1) == '\t' ? '\t' : ' ');
        }
        sb.append('^');
        sb.append("~".repeat(Math.max(0, end - start)));
        return sb.toString();
    }

    /** Line {@code n} (1-based) of {@code source}, or null. */
    public static String line(String source, int n) {
        int start = 0;
        for (int i = 1; i < n; i++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        String l = end < 0 ? source.substring(start) : source.substring(start, end);
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }
}

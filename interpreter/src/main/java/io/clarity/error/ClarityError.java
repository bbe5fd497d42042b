package io.clarity.error;

import java.util.ArrayList;
import java.util.List;

/**
 * A Clarity error: a parse, analysis, runtime or call error of a known {@link ErrorKind}, with
 * the source position where it arose. It is a user-facing outcome, never an interpreter bug, and
 * carries no Java stack trace (it is thrown often, for example by every runtime error).
 *
 * <p>Where the reference reports several diagnostics for one source (the parser goes on after an
 * error), the error is the first of them and {@link #diagnostics()} lists them all.
 */
public final class ClarityError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorKind kind;
    private final Span span;
    private final String source;
    /** The diagnostics reported after this one for the same source; empty for a single error. */
    private final transient List<ClarityError> more;
    /** Hints for a person, shown as {@code help:} lines under the diagnostic, never in a transcript. */
    private final transient List<String> help;

    public ClarityError(ErrorKind kind, String message, Span span) {
        this(kind, message, span, null, List.of(), List.of());
    }

    private ClarityError(ErrorKind kind, String message, Span span, String source, List<ClarityError> more,
            List<String> help) {
        super(message, null, false, false);
        this.kind = kind;
        this.span = span;
        this.source = source;
        this.more = more;
        this.help = help;
    }

    /** The first of {@code errors} (at least one), carrying the others as further diagnostics. */
    public static ClarityError of(List<ClarityError> errors) {
        List<ClarityError> all = new ArrayList<>();
        for (ClarityError e : errors) {
            all.addAll(e.diagnostics());
        }
        ClarityError first = all.get(0);
        return new ClarityError(first.kind, first.getMessage(), first.span, first.source,
                List.copyOf(all.subList(1, all.size())), first.help);
    }

    /** This error's diagnostics in the order found: itself, then any further ones. */
    public List<ClarityError> diagnostics() {
        if (more.isEmpty()) {
            return List.of(this);
        }
        List<ClarityError> all = new ArrayList<>(more.size() + 1);
        all.add(new ClarityError(kind, getMessage(), span, source, List.of(), help));
        all.addAll(more);
        return all;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** Where in the contract source the error arose, or null if unknown. */
    public Span span() {
        return span;
    }

    /** The contract (or file) whose source the span refers to, or null. */
    public String source() {
        return source;
    }

    /** This error at {@code span}, unless it already has a position. */
    public ClarityError at(Span span) {
        if (this.span != null || span == null || span.isNone()) {
            return this;
        }
        return new ClarityError(kind, getMessage(), span, source, more, help);
    }

    /** This error attributed to {@code source}, unless it already has a source. */
    public ClarityError in(String source) {
        if (this.source != null) {
            return this;
        }
        List<ClarityError> located = new ArrayList<>(more.size());
        for (ClarityError e : more) {
            located.add(e.in(source));
        }
        return new ClarityError(kind, getMessage(), span, source, List.copyOf(located), help);
    }

    /** The hints for a person that go with this error (its first diagnostic); usually none. */
    public List<String> help() {
        return help;
    }

    /**
     * This error with one more hint for a person ({@code help:} under its diagnostic). Hints are
     * made only once an error is raised, so they cost nothing on the path that succeeds.
     */
    public ClarityError withHelp(String hint) {
        List<String> all = new ArrayList<>(help);
        all.add(hint);
        return new ClarityError(kind, getMessage(), span, source, more, List.copyOf(all));
    }

    /**
     * {@code Kind: message at source:line:column}, the one-line form of transcripts and stderr;
     * further diagnostics follow, each the same way, separated by {@code " / "}.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(describeOne());
        for (ClarityError e : more) {
            sb.append(" / ").append(e.describeOne());
        }
        return sb.toString();
    }

    private String describeOne() {
        StringBuilder sb = new StringBuilder(kind.name()).append(": ").append(getMessage());
        if (span != null && !span.isNone()) {
            sb.append(" at ");
            if (source != null) {
                sb.append(source).append(':');
            }
            sb.append(span.startLine()).append(':').append(span.startColumn());
        }
        return sb.toString();
    }

    /**
     * {@link #describe()} for a person: then each hint as {@code help:} and the pointer to the
     * kind's explanation ({@code see: clarity explain UndefinedVariable}), each on its own line.
     * It is what a library user sees of the exception (its {@code toString}); transcripts use
     * {@code describe()}, which the real VM's transcripts are compared with.
     */
    public String explained() {
        StringBuilder sb = new StringBuilder(describe());
        for (String h : help) {
            sb.append("\n  = help: ").append(h);
        }
        return sb.append("\n  = see: ").append(ErrorCatalogue.pointer(kind)).toString();
    }

    @Override
    public String toString() {
        return explained();
    }
}

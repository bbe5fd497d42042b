package io.clarity.error;

import java.util.ArrayList;
import java.util.List;

/**
 * A Clarity error: a parse, analysis, runtime or call error of a known {@link ErrorKind}, with
 * the source position where it arose. It is a user-facing outcome, never an interpreter bug.
 * Inside the interpreter it carries no Java stack trace (it is thrown often, for example by every
 * runtime error); where it leaves the library to the code that called it ({@link #atCaller()},
 * which {@code Simnet} applies), it gets one that starts at that caller's line, so that a test
 * runner or an IDE points at the test, not into the interpreter.
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
    /** Whether the error has a Java stack trace, that of the library's caller ({@link #atCaller()}). */
    private final boolean atCaller;

    public ClarityError(ErrorKind kind, String message, Span span) {
        this(kind, message, span, null, List.of(), List.of(), null);
    }

    /** {@code javaStack}: the stack trace of the library's caller, or null for none. */
    private ClarityError(ErrorKind kind, String message, Span span, String source, List<ClarityError> more,
            List<String> help, StackTraceElement[] javaStack) {
        // suppressed exceptions too only once it leaves the library (a test runner attaches the call's trace)
        super(message, null, javaStack != null, javaStack != null);
        this.kind = kind;
        this.span = span;
        this.source = source;
        this.more = more;
        this.help = help;
        this.atCaller = javaStack != null;
        if (javaStack != null) {
            setStackTrace(javaStack);
        }
    }

    /** The stack trace is set from the caller's frames ({@link #atCaller()}), never filled in where it is made. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** The Java stack trace this error has, to keep in a copy; null when it has none. */
    private StackTraceElement[] javaStack() {
        return atCaller ? getStackTrace() : null;
    }

    /**
     * This error with the Java stack trace of the code that called the library: the frames of
     * the thread's stack from the first one that is not of the library (a class of this
     * interpreter's jar or class folder, or of the JDK) down, so that its first frame is the
     * caller's line, a test's for instance; test classes in package {@code io.clarity} are the
     * caller too, as they are loaded from elsewhere. The same error when it has a stack trace
     * already (an inner call of the library gave it one).
     */
    public ClarityError atCaller() {
        if (atCaller) {
            return this;
        }
        return new ClarityError(kind, getMessage(), span, source, more, help, CallerFrames.outsideTheLibrary());
    }

    /** This error without a Java stack trace: for a mistake that no line of the caller's made (a test's setup). */
    public ClarityError withoutJavaStack() {
        if (!atCaller) {
            return this;
        }
        return new ClarityError(kind, getMessage(), span, source, more, help, null);
    }

    /** The first of {@code errors} (at least one), carrying the others as further diagnostics. */
    public static ClarityError of(List<ClarityError> errors) {
        List<ClarityError> all = new ArrayList<>();
        for (ClarityError e : errors) {
            all.addAll(e.diagnostics());
        }
        ClarityError first = all.get(0);
        return new ClarityError(first.kind, first.getMessage(), first.span, first.source,
                List.copyOf(all.subList(1, all.size())), first.help, null);
    }

    /** This error's diagnostics in the order found: itself, then any further ones. */
    public List<ClarityError> diagnostics() {
        if (more.isEmpty()) {
            return List.of(this);
        }
        List<ClarityError> all = new ArrayList<>(more.size() + 1);
        all.add(new ClarityError(kind, getMessage(), span, source, List.of(), help, null));
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
        return new ClarityError(kind, getMessage(), span, source, more, help, javaStack());
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
        return new ClarityError(kind, getMessage(), span, source, List.copyOf(located), help, javaStack());
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
        return new ClarityError(kind, getMessage(), span, source, more, List.copyOf(all), javaStack());
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

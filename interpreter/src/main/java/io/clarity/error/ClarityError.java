package io.clarity.error;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
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
    /**
     * The class of the library's caller, the code the error was thrown to ({@link #atCaller()}):
     * its first frame in the stack trace is the caller's line. Null for an error without a Java
     * stack trace.
     */
    private final String caller;
    /** Whether the frames above the caller's are cut off the stack trace yet (done when it is first read). */
    private boolean trimmed;

    public ClarityError(ErrorKind kind, String message, Span span) {
        this(kind, message, span, null, List.of(), List.of(), null);
    }

    /**
     * {@code caller}: the class of the library's caller, when the error is thrown to it, and then
     * the Java stack is taken here (cheaply: the JVM makes its frames only when it is read), or
     * null for none.
     */
    private ClarityError(ErrorKind kind, String message, Span span, String source, List<ClarityError> more,
            List<String> help, String caller) {
        // suppressed exceptions too only once it leaves the library (a test runner attaches the call's trace)
        super(message, null, caller != null, caller != null);
        this.kind = kind;
        this.span = span;
        this.source = source;
        this.more = more;
        this.help = help;
        this.caller = caller;
    }

    /** The stack trace, from the caller's frame down when it was thrown to the library's caller. */
    @Override
    public StackTraceElement[] getStackTrace() {
        trim();
        return super.getStackTrace();
    }

    @Override
    public void printStackTrace(PrintStream s) {
        trim();
        super.printStackTrace(s);
    }

    @Override
    public void printStackTrace(PrintWriter s) {
        trim();
        super.printStackTrace(s);
    }

    /** Cuts the frames above the caller's (the library's own) off the stack trace, once. */
    private synchronized void trim() {
        if (caller == null || trimmed) {
            return;
        }
        trimmed = true;
        StackTraceElement[] all = super.getStackTrace();
        // the frames above the caller's are the library's, none of the caller's class
        for (int at = 0; at < all.length; at++) {
            if (all[at].getClassName().equals(caller)) {
                setStackTrace(Arrays.copyOfRange(all, at, all.length));
                return;
            }
        }
    }

    /**
     * This error with the Java stack trace of the code that called the library: the frames of
     * the thread's stack from the first one that is not of the library (a class of this
     * interpreter's jar or class folder, or of the JDK) down, so that its first frame is the
     * caller's line, a test's for instance; test classes in package {@code io.clarity} are the
     * caller too, as they are loaded from elsewhere. The same error when it has a stack trace
     * already (an inner call of the library gave it one), or when no frame is outside the library.
     * The frames are made only when the trace is read ({@link #getStackTrace()},
     * {@link #printStackTrace}), so throwing costs little; an error that holds it as a cause
     * and prints it before it was read shows the library's frames above the caller's too.
     */
    public ClarityError atCaller() {
        if (caller != null) {
            return this;
        }
        String first = CallerFrames.firstOutsideTheLibrary();
        return first == null ? this : new ClarityError(kind, getMessage(), span, source, more, help, first);
    }

    /** This error without a Java stack trace: for a mistake that no line of the caller's made (a test's setup). */
    public ClarityError withoutJavaStack() {
        if (caller == null) {
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
        return new ClarityError(kind, getMessage(), span, source, more, help, caller);
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
        return new ClarityError(kind, getMessage(), span, source, List.copyOf(located), help, caller);
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
        return new ClarityError(kind, getMessage(), span, source, more, List.copyOf(all), caller);
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

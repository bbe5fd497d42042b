package io.clarity.error;

import io.clarity.ast.Span;

/**
 * A Clarity error: a parse, analysis, runtime or call error of a known {@link ErrorKind}, with
 * the source position where it arose. It is a user-facing outcome, never an interpreter bug, and
 * carries no Java stack trace (it is thrown often, for example by every runtime error).
 */
public final class ClarityError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorKind kind;
    private final Span span;
    private final String source;

    public ClarityError(ErrorKind kind, String message, Span span) {
        this(kind, message, span, null);
    }

    private ClarityError(ErrorKind kind, String message, Span span, String source) {
        super(message, null, false, false);
        this.kind = kind;
        this.span = span;
        this.source = source;
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
        return new ClarityError(kind, getMessage(), span, source);
    }

    /** This error attributed to {@code source}, unless it already has a source. */
    public ClarityError in(String source) {
        if (this.source != null) {
            return this;
        }
        return new ClarityError(kind, getMessage(), span, source);
    }

    /** {@code Kind: message at source:line:column}, the one-line form of transcripts and stderr. */
    public String describe() {
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

    @Override
    public String toString() {
        return describe();
    }
}

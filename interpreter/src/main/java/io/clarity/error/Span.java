package io.clarity.error;

/**
 * A source range, 1-based, both ends inclusive (the reference's convention):
 * {@code (+ 1 u1)} on the first line spans 1:1 to 1:8.
 */
public record Span(int startLine, int startColumn, int endLine, int endColumn) {

    /** For values that come from no source text (arguments of a call, for instance). */
    public static final Span NONE = new Span(0, 0, 0, 0);

    public boolean isNone() {
        return startLine == 0;
    }

    /** {@code line:column} of the start. */
    public String start() {
        return startLine + ":" + startColumn;
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}

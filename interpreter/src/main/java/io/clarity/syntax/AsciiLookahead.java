package io.clarity.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The source as the lexer looks ahead in it: every character beyond ASCII reads as U+0001, while
 * the tokens' text is the source's own. The grammar names no character beyond ASCII and none
 * matches U+0001 but where any character would (its catch-all and its negated sets), so the
 * tokens are the same; but ANTLR's lexer caches its decisions only for characters up to 127, and
 * a source of half a million non-ASCII characters took over two seconds to lex without it.
 */
final class AsciiLookahead implements CharStream {

    private static final int STAND_IN = 0x01;

    private final CharStream source;

    AsciiLookahead(CharStream source) {
        this.source = source;
    }

    @Override
    public int LA(int i) {
        int c = source.LA(i);
        return c > 127 ? STAND_IN : c;
    }

    @Override
    public String getText(Interval interval) {
        return source.getText(interval);
    }

    @Override
    public void consume() {
        source.consume();
    }

    @Override
    public int mark() {
        return source.mark();
    }

    @Override
    public void release(int marker) {
        source.release(marker);
    }

    @Override
    public int index() {
        return source.index();
    }

    @Override
    public void seek(int index) {
        source.seek(index);
    }

    @Override
    public int size() {
        return source.size();
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }
}

package io.clarity.cli.repl;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when the typed text is a whole input (every bracket closed, brackets in strings
 * and comments ignored), so that Enter on an open input continues it on the next line with the
 * prompt {@code (.. } or {@code \{.. } as in Clarinet; and splits the line into words for completion.
 */
final class ClarityLineParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) throws EOFError {
        // JLine asks again with SECONDARY_PROMPT for the bracket to show in the continuation prompt
        boolean whole = context == ParseContext.ACCEPT_LINE || context == ParseContext.SECONDARY_PROMPT;
        if (whole && InputState.of(line) instanceof InputState.Open open) {
            throw new EOFError(-1, -1, "the input is not complete", String.valueOf(open.open()));
        }
        return Words.of(line, cursor);
    }

    /** Clarity has no escape characters outside strings. */
    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    /** The words of a line (separated by blanks, brackets, commas and quotes) and the one at the cursor. */
    record Words(String line, int cursor, List<String> words, int wordIndex, int wordCursor) implements CompletingParsedLine {

        static Words of(String line, int cursor) {
            List<String> words = new ArrayList<>();
            int wordIndex = -1;
            int wordCursor = 0;
            int i = 0;
            while (i <= line.length()) {
                int start = i;
                while (i < line.length() && !isDelimiter(line.charAt(i))) {
                    i++;
                }
                if (i > start || (cursor == start && wordIndex < 0)) {
                    if (cursor >= start && cursor <= i && wordIndex < 0) {
                        wordIndex = words.size();
                        wordCursor = cursor - start;
                    }
                    words.add(line.substring(start, i));
                }
                i++;
            }
            if (wordIndex < 0) {
                wordIndex = words.size();
                words.add("");
            }
            return new Words(line, cursor, List.copyOf(words), wordIndex, wordCursor);
        }

        private static boolean isDelimiter(char c) {
            return Character.isWhitespace(c) || c == '(' || c == ')' || c == '{' || c == '}' || c == ',' || c == '"';
        }

        @Override
        public String word() {
            return words.get(wordIndex);
        }

        /** Completions go in as they are: Clarity has no quoting of words. */
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}

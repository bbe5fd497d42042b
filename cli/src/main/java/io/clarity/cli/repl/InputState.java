package io.clarity.cli.repl;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Whether what was typed so far is a whole input, as Clarinet's console decides it: every
 * {@code (} and {@code \{} closed, ignoring brackets inside strings (with their escapes) and
 * {@code ;;} comments. An input that closes more than it opened is whole: the parser reports it.
 */
sealed interface InputState {

    /** Ready to run. */
    record Complete() implements InputState {
    }

    /** Still open: {@code open} is the innermost bracket, or {@code "} inside a string. */
    record Open(char open) implements InputState {
    }

    /** A bracket closed by the wrong kind: Clarinet's "expected closing ), got }". */
    record Mismatch(char expected, char got) implements InputState {
        String message() {
            return "expected closing " + expected + ", got " + got;
        }
    }

    static InputState of(CharSequence text) {
        Deque<Character> open = new ArrayDeque<>();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ';' && i + 1 < text.length() && text.charAt(i + 1) == ';') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '(' || c == '{') {
                open.push(c);
            } else if ((c == ')' || c == '}') && !open.isEmpty()) {
                char expected = open.pop() == '(' ? ')' : '}';
                if (c != expected) {
                    return new Mismatch(expected, c);
                }
            }
        }
        if (inString) {
            return new Open('"');
        }
        return open.isEmpty() ? new Complete() : new Open(open.peek());
    }
}

package io.clarity.cli.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Inputs read line by line from a stream that is not a terminal (a pipe, a file, a test): lines
 * are joined until every bracket is closed, as at the terminal, without prompts or line editing.
 */
public final class PlainLines implements Repl.LineSource {

    private final BufferedReader in;

    public PlainLines(BufferedReader in) {
        this.in = in;
    }

    @Override
    public String next() {
        StringBuilder input = new StringBuilder();
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (input.length() > 0) {
                    input.append('\n');
                }
                input.append(line);
                if (!(InputState.of(input) instanceof InputState.Open)) {
                    return input.toString();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the end of input: what is left runs, and the parser says what is missing
        return input.length() == 0 ? null : input.toString();
    }
}

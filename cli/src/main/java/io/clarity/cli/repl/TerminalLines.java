package io.clarity.cli.repl;

import java.nio.file.Path;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * Inputs typed at a terminal, through JLine: line editing, history (kept in {@code historyFile}),
 * completion, and multi-line inputs with Clarinet's prompts: {@code >> }, then {@code (.. } or
 * {@code \{.. } while a bracket is open.
 */
public final class TerminalLines implements Repl.LineSource {

    private final LineReader reader;

    public TerminalLines(Terminal terminal, ReplSession session, Path historyFile) {
        this(terminal, new ClarityCompleter(session), historyFile);
    }

    /** Inputs with Clarity's brackets and history, completed by {@code completer} ({@code clarity learn}'s answers). */
    public TerminalLines(Terminal terminal, Completer completer, Path historyFile) {
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("clarity")
                .parser(new ClarityLineParser())
                .completer(completer)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%M.. ")
                // Clarity names end in '!' (asserts!, unwrap!): no history expansion
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .build();
    }

    /** The line reader (tests watch whether it is waiting for input). */
    LineReader reader() {
        return reader;
    }

    @Override
    public String next() throws Repl.Interrupted {
        return next(">> ");
    }

    @Override
    public String next(String prompt) throws Repl.Interrupted {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Repl.Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }
}

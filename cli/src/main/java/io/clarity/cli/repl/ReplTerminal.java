package io.clarity.cli.repl;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Opens the terminal the REPL reads from, so that one Ctrl-C reaches the line reader once.
 *
 * <p>While JLine reads a line the terminal is in raw mode, where the kernel sends no signal for
 * Ctrl-C: the key arrives as the byte 0x03, which the line reader binds to "interrupt". JLine's
 * system terminals also turn that byte into a software interrupt signal by default, and the signal
 * interrupts the reading thread. The two race: when the signal won (most often with Tab completions
 * on screen, 5 of 7 tries at a real terminal), it cancelled the line and the byte, still unread,
 * cancelled the next line as a second Ctrl-C, which ends the REPL. With the software signals off
 * the key arrives once, as the byte; outside a line read (the terminal back in its normal mode)
 * Ctrl-C is still the kernel's signal.
 */
public final class ReplTerminal {

    private ReplTerminal() {
    }

    /** How a terminal is built: the system's, or (in tests) one over a pseudo-terminal of their own. */
    @FunctionalInterface
    public interface Builder {
        Terminal build() throws IOException;
    }

    /**
     * JLine's logger: it reports the fallbacks it recovers from (its native library not loadable,
     * say under a temporary folder mounted noexec: it then asks stty instead) as WARNING lines in
     * the middle of the session. Held here, so that the level set on it stays.
     */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    /** Keeps JLine's recovered-from warnings off the screen, unless the user configured logging. */
    static void quietJLineLogging() {
        if (System.getProperty("java.util.logging.config.file") == null
                && System.getProperty("java.util.logging.config.class") == null) {
            JLINE_LOG.setLevel(Level.SEVERE);
        }
    }

    /** The process's own terminal. */
    public static Terminal system() throws IOException {
        quietJLineLogging();
        // the grapheme-cluster probe waits for an answer that many terminals never send; the input is code
        return open(() -> TerminalBuilder.builder().system(true).graphemeCluster(false).build());
    }

    /** The terminal {@code builder} builds, with JLine's software signals off unless the user set them. */
    public static Terminal open(Builder builder) throws IOException {
        // read by JLine's system terminals when they are built; a value the user gave is kept
        if (System.getProperty(TerminalBuilder.PROP_SOFTWARE_SIGNALS) == null) {
            System.setProperty(TerminalBuilder.PROP_SOFTWARE_SIGNALS, "false");
        }
        return builder.build();
    }
}

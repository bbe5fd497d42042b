package io.clarity.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * JLine reports what it recovers from (its native library not loadable: it then asks stty) as
 * WARNING lines through java.util.logging, which landed in the middle of a REPL session: the REPL
 * keeps them off, errors still pass.
 */
class ReplTerminalLoggingTest {

    @Test
    void jlinesRecoveredFromWarningsStayOffTheScreen() {
        ReplTerminal.quietJLineLogging();
        System.Logger jline = System.getLogger("org.jline");
        assertThat(jline.isLoggable(System.Logger.Level.WARNING)).as("JLine's own System.Logger").isFalse();
        assertThat(jline.isLoggable(System.Logger.Level.ERROR)).isTrue();
        assertThat(Logger.getLogger("org.jline.nativ").isLoggable(Level.WARNING)).as("its children").isFalse();
    }
}

package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * A scenario's transcript into a file or a pipe is buffered; standard error flushes it first, so
 * that both streams into one file ({@code 2>&1}) keep the order in which they were printed.
 */
class AfterOutTest {

    @Test
    void standardErrorFlushesTheBufferedOutputFirst() {
        StringWriter file = new StringWriter();
        PrintWriter out = new PrintWriter(new BufferedWriter(file, 1 << 16), false);
        PrintWriter err = new PrintWriter(new Main.AfterOut(out, file), true);
        out.println("eval (+ 1 2) => 3");
        assertThat(file.toString()).as("buffered").isEmpty();
        err.println("clarity scenario: cannot read missing.scn");
        out.println("eval (+ 2 3) => 5");
        err.print("a.scn:3: help: a hint");
        err.flush();
        out.flush();
        assertThat(file.toString()).isEqualTo("eval (+ 1 2) => 3\n"
                + "clarity scenario: cannot read missing.scn\n"
                + "eval (+ 2 3) => 5\n"
                + "a.scn:3: help: a hint");
    }
}

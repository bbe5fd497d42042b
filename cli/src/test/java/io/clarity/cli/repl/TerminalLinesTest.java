package io.clarity.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.Style;
import io.clarity.version.Epoch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL at a terminal, through JLine: a terminal of our own takes the keys the test types.
 * Ctrl-C arrives as a real terminal delivers it, as the interrupt signal. Each key is typed only
 * once the REPL waits for it (its n-th read has begun and the line reader is reading), so that
 * the signal always meets the read it is meant for.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TerminalLinesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final StringWriter out = new StringWriter();
    private final AtomicInteger reads = new AtomicInteger();
    private LineDisciplineTerminal terminal;
    private TerminalLines lines;
    private Thread loop;

    @BeforeEach
    void start() throws IOException {
        Path counter = Files.writeString(dir.resolve("counter.clar"),
                "(define-data-var n uint u0) (define-public (increment) (begin (var-set n (+ u1 (var-get n))) (ok (var-get n))))");
        Environment env = new Environment(dir, InputStream.nullInputStream(), Map.of(), true, dir);
        ReplSession session = new ReplSession(env, new PrintWriter(out, true), new Style(false), Epoch.E3_2, null, List.of(counter));
        session.start();
        out.getBuffer().setLength(0);
        terminal = new LineDisciplineTerminal("test", "xterm", screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(160, 40));
        lines = new TerminalLines(terminal, session, dir.resolve("history"));
        Repl.LineSource counted = () -> {
            reads.incrementAndGet();
            return lines.next();
        };
        loop = new Thread(() -> Repl.run(session, counted), "repl");
        loop.start();
    }

    @AfterEach
    void stop() throws Exception {
        loop.join(30_000);
        terminal.close();
    }

    /** Types {@code keys} once the REPL is in its {@code read}-th read, waiting for input. */
    private void type(int read, String keys) throws IOException {
        awaitRead(read);
        terminal.processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
    }

    /** Ctrl-C during the {@code read}-th read: the terminal raises the interrupt signal. */
    private void interrupt(int read) {
        awaitRead(read);
        terminal.raise(Terminal.Signal.INT);
    }

    private void awaitRead(int read) {
        await(() -> reads.get() == read && lines.reader().isReading());
    }

    /** Waits (without sleeping) for what the REPL's thread is about to do; fails rather than hangs. */
    private void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || !loop.isAlive()) {
                throw new AssertionError("the REPL did not get there; it printed: " + out + "\nscreen: " + screen());
            }
            Thread.onSpinWait();
        }
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anOpenBracketContinuesOnTheNextLineAndCtrlCTwiceQuits() throws Exception {
        type(1, "(+ 1\r");
        await(() -> screen().contains("(.. "));
        type(1, "  2)\r");
        interrupt(2);
        type(3, "(+ 2 2)\r");
        type(4, "{ a: (list 1\r");
        await(() -> screen().split("\\(\\.\\. ", -1).length == 3);
        interrupt(4);
        interrupt(5);
        loop.join(30_000);
        assertThat(loop.isAlive()).isFalse();
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "3",
                "Hit CTRL-C a second time to quit.",
                "4",
                "Hit CTRL-C a second time to quit.",
                ""));
        assertThat(screen()).contains(">> ").contains("(.. ");
        assertThat(Files.readString(dir.resolve("history"))).contains("(+ 2 2)");
    }

    @Test
    void ctrlDQuits() throws Exception {
        type(1, "(+ 1 1)\r");
        type(2, "\u0004");
        loop.join(30_000);
        assertThat(loop.isAlive()).isFalse();
        assertThat(out.toString()).isEqualTo("2\n");
    }

    @Test
    void tabCompletesContractsAndTheirFunctions() throws Exception {
        type(1, "(contract-call? .cou\t");
        await(() -> screen().contains(".counter"));
        type(1, "incr\t");
        await(() -> screen().contains("increment"));
        type(1, ")\r");
        type(2, "\u0004");
        loop.join(30_000);
        assertThat(out.toString()).isEqualTo("(ok u1)\n");
    }

    /**
     * Issue 15: Ctrl-C as a signal with completions on screen cancels only the line. (The failure
     * seen at a real terminal came from the signal and the key both arriving:
     * {@link SystemTerminalCtrlCTest} reproduces it.)
     */
    @Test
    void ctrlCWhileCompletionsAreOnScreenOnlyCancelsTheLine() throws Exception {
        for (int i = 0; i < 7; i++) {
            // a few natives: JLine lists them under the line, a second Tab enters the menu
            int listed = screen().split("-max-len?", -1).length;
            type(1 + 2 * i, i % 2 == 0 ? "(as\t" : "(as\t\t");
            await(() -> screen().split("-max-len?", -1).length > listed);
            interrupt(1 + 2 * i);
            type(2 + 2 * i, "(+ 1 " + i + ")\r");
        }
        type(15, "\u0004");
        loop.join(30_000);
        assertThat(loop.isAlive()).isFalse();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            expected.append("Hit CTRL-C a second time to quit.\n").append(1 + i).append('\n');
        }
        assertThat(out.toString()).isEqualTo(expected.toString());
    }

    @Test
    void namesEndingInABangAreNotHistoryExpansions() throws Exception {
        type(1, "(unwrap! (some 5) 0)\r");
        type(2, "\u0004");
        loop.join(30_000);
        assertThat(out.toString()).isEqualTo("5\n");
    }
}

package io.clarity.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.Style;
import io.clarity.version.Epoch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Sized;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: one Ctrl-C while Tab completions were on screen ended the REPL at a real terminal.
 * While JLine reads a line the terminal is in raw mode, and JLine's system terminal turned the
 * Ctrl-C byte into a software interrupt signal as well as passing the byte on: when the signal
 * won the race (the failing runs at a pseudo-terminal, traced with JLine's log), it cancelled the
 * line and the byte, still unread, cancelled the next line as a second Ctrl-C. This test runs the
 * REPL at JLine's own system terminal class over a pseudo-terminal in memory (the same input path
 * as at a real one: JLine's reading thread takes the byte and raises the signal), opened as
 * {@link ReplTerminal#open} opens the REPL's terminal, and lets a raised signal be handled before
 * the byte goes on, as in the failing runs.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SystemTerminalCtrlCTest {

    @TempDir
    Path dir;

    private final FakePty pty = new FakePty();
    private final StringWriter out = new StringWriter();
    private final AtomicInteger reads = new AtomicInteger();
    private Terminal terminal;
    private TerminalLines lines;
    private Thread loop;

    @AfterEach
    void stop() throws Exception {
        if (loop != null) {
            loop.join(30_000);
        }
        if (terminal != null) {
            terminal.close();
        }
    }

    private void start() throws IOException {
        Environment env = new Environment(dir, InputStream.nullInputStream(), Map.of(), true, dir);
        ReplSession session = new ReplSession(env, new PrintWriter(out, true), new Style(false), Epoch.E3_2, null, List.of());
        session.start();
        out.getBuffer().setLength(0);
        terminal = ReplTerminal.open(() -> new PosixSysTerminal("test", "xterm", pty, StandardCharsets.UTF_8,
                false, Terminal.SignalHandler.SIG_DFL) {
            @Override
            public void raise(Signal signal) {
                // At a real terminal the failing runs handled the signal first, the byte after:
                // let the interrupted read end before the byte is passed on.
                int read = reads.get();
                super.raise(signal);
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (reads.get() == read && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            }
        });
        lines = new TerminalLines(terminal, session, dir.resolve("history"));
        Repl.LineSource counted = () -> {
            reads.incrementAndGet();
            return lines.next();
        };
        loop = new Thread(() -> Repl.run(session, counted), "repl");
        loop.start();
    }

    /** Types {@code keys} once the REPL is in its {@code read}-th read, waiting for input. */
    private void type(int read, String keys) {
        await(() -> reads.get() == read && lines.reader().isReading());
        pty.type(keys);
    }

    private void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || !loop.isAlive()) {
                throw new AssertionError("the REPL did not get there; it printed: " + out + "\nscreen: " + pty.screen());
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void ctrlCWhileCompletionsAreListedOnlyCancelsTheLine() throws Exception {
        start();
        for (int i = 0; i < 5; i++) {
            int listed = pty.screen().split("-max-len\\?", -1).length;
            type(1 + 2 * i, i % 2 == 0 ? "(as\t" : "(as\t\t");
            await(() -> pty.screen().split("-max-len\\?", -1).length > listed);
            type(1 + 2 * i, "\u0003");
            type(2 + 2 * i, "(+ 1 " + i + ")\r");
        }
        type(11, "\u0004");
        loop.join(30_000);
        assertThat(loop.isAlive()).isFalse();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            expected.append("Hit CTRL-C a second time to quit.\n").append(1 + i).append('\n');
        }
        assertThat(out.toString()).isEqualTo(expected.toString());
    }

    @Test
    void twoCtrlCStillQuit() throws Exception {
        start();
        type(1, "(+ 1\u0003");
        type(2, "\u0003");
        loop.join(30_000);
        assertThat(loop.isAlive()).isFalse();
        assertThat(out.toString()).isEqualTo("Hit CTRL-C a second time to quit.\n");
    }

    /**
     * A pseudo-terminal in memory: the keys typed reach the terminal's input as a real one's would,
     * the attributes are kept as set (JLine puts them in raw mode while it reads a line).
     */
    private static final class FakePty implements Pty {
        private final LinkedBlockingQueue<Integer> keys = new LinkedBlockingQueue<>();
        private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        private Attributes attributes = cooked();

        private static Attributes cooked() {
            Attributes a = new Attributes();
            a.setLocalFlags(EnumSet.of(Attributes.LocalFlag.ISIG, Attributes.LocalFlag.ICANON,
                    Attributes.LocalFlag.ECHO, Attributes.LocalFlag.IEXTEN), true);
            a.setInputFlags(EnumSet.of(Attributes.InputFlag.ICRNL), true);
            a.setControlChar(Attributes.ControlChar.VINTR, 3);
            a.setControlChar(Attributes.ControlChar.VEOF, 4);
            a.setControlChar(Attributes.ControlChar.VERASE, 127);
            a.setControlChar(Attributes.ControlChar.VMIN, 1);
            return a;
        }

        void type(String text) {
            for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                keys.add(b & 0xFF);
            }
        }

        String screen() {
            synchronized (screen) {
                return screen.toString(StandardCharsets.UTF_8);
            }
        }

        @Override
        public InputStream getSlaveInput() {
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    try {
                        return keys.take();
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException();
                    }
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (len == 0) {
                        return 0;
                    }
                    b[off] = (byte) read();
                    return 1;
                }
            };
        }

        @Override
        public OutputStream getSlaveOutput() {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (screen) {
                        screen.write(b);
                    }
                }
            };
        }

        @Override
        public InputStream getMasterInput() {
            throw new UnsupportedOperationException();
        }

        @Override
        public OutputStream getMasterOutput() {
            throw new UnsupportedOperationException();
        }

        @Override
        public synchronized Attributes getAttr() {
            return new Attributes(attributes);
        }

        @Override
        public synchronized void setAttr(Attributes attr) {
            attributes = new Attributes(attr);
        }

        @Override
        public Size getSize() {
            return new Size(160, 40);
        }

        @Override
        public void setSize(Sized size) {
        }

        @Override
        public SystemStream getSystemStream() {
            return SystemStream.Output;
        }

        @Override
        public TerminalProvider getProvider() {
            return null;
        }

        @Override
        public void close() {
        }
    }
}

package io.clarity.cli;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.Style;
import io.clarity.cli.repl.Repl;
import io.clarity.cli.repl.ReplSession;
import io.clarity.cli.repl.TerminalLines;
import io.clarity.version.Epoch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The warm-up run of the start-up archive: runs, in this one process, what users start most (the
 * version, the help, a scenario with and without costs, eval, check, the local chain's deploy, call
 * and read, and the REPL both piped and through JLine) on a small contract of our own, printing
 * nothing. The {@code clarity} launcher runs it once per build under
 * {@code -XX:DumpLoadedClassList}, then dumps every class it loaded, already parsed and verified,
 * into a static class-data-sharing archive that later runs map instead of loading the jar.
 * Not a command: it has no use but to load classes.
 */
public final class Warmup {

    /** The scenario, beside a copy of the contract {@code warmup.clar}; every step succeeds. */
    static final String SCENARIO = """
            epoch 3.2
            deploy warmup warmup.clar
            call warmup deposit u100 as wallet_1
            call warmup deposit u0 as wallet_1
            call warmup withdraw u40 as wallet_1
            call warmup withdraw u1 as wallet_2
            call warmup award u1 wallet_1 as deployer
            call warmup award u1 wallet_1 as deployer
            read warmup get-deposit wallet_1
            eval (+ 1 2)
            mine 2
            stx-transfer u10 wallet_2 as wallet_1
            var warmup total
            map warmup deposits wallet_1
            info
            """;

    private Warmup() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("clarity-warmup");
        try {
            run(dir, new PrintWriter(Writer.nullWriter()));
        } finally {
            delete(dir);
        }
    }

    /** Runs the warm-up in {@code dir}, printing to {@code out}; returns the scenario's exit status. */
    static int run(Path dir, PrintWriter out) throws IOException {
        Path contract = dir.resolve("warmup.clar");
        try (InputStream in = Warmup.class.getResourceAsStream("warmup.clar")) {
            Files.copy(in, contract);
        }
        Path scenario = Files.writeString(dir.resolve("warmup.scn"), SCENARIO);
        Main.run(new String[] {"--version"}, out, out);
        Main.run(new String[] {"--help"}, out, out);
        Main.run(new String[] {"scenario", "--costs", scenario.toString()}, out, out);
        int status = Main.run(new String[] {"scenario", scenario.toString()}, out, out);
        Main.run(new String[] {"eval", "(+ 1 2)"}, out, out);
        Main.run(new String[] {"check", contract.toString()}, out, out);
        Environment env = new Environment(dir, input("(+ 1 2)\n::help\n"), Map.of(), false, dir);
        Main.run(new String[] {"deploy", "warmup.clar"}, out, out, env);
        Main.run(new String[] {"call", "warmup", "deposit", "u5", "--sender", "wallet_1"}, out, out, env);
        Main.run(new String[] {"read", "warmup", "get-deposit", "wallet_1"}, out, out, env);
        Main.run(new String[] {"repl", "--no-project", "warmup.clar"}, out, out, env);
        terminalRepl(env, out);
        // a system terminal (stty processes, signals) cannot be opened here: its classes are loaded by name
        loadAll("org/jline/terminal/");
        return status;
    }

    /** Loads (without initialising) every class of this jar under {@code folder}, for the archive. */
    private static void loadAll(String folder) throws IOException {
        Path jar;
        try {
            jar = Path.of(Warmup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return;
        }
        if (!Files.isRegularFile(jar)) {
            return; // run from classes (the tests)
        }
        try (JarFile classes = new JarFile(jar.toFile())) {
            for (JarEntry e : Collections.list(classes.entries())) {
                String name = e.getName();
                if (name.startsWith(folder) && name.endsWith(".class")) {
                    try {
                        Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                                Warmup.class.getClassLoader());
                    } catch (ClassNotFoundException | LinkageError skipped) {
                        // a class for another platform or another Java: it has no place in the archive
                    }
                }
            }
        }
    }

    /** The REPL through JLine, on a terminal made of streams (a warm-up has no terminal of its own). */
    private static void terminalRepl(Environment env, PrintWriter out) throws IOException {
        ReplSession session = new ReplSession(env, out, new Style(false), Epoch.of("3.2"), null, List.of());
        session.start();
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(input("(+ 1 2)\n::quit\n"), OutputStream.nullOutputStream())
                .graphemeCluster(false).build()) {
            Repl.run(session, new TerminalLines(terminal, session, env.home().resolve("history")));
        }
    }

    private static InputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

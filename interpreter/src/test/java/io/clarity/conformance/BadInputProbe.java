package io.clarity.conformance;

import io.clarity.Simnet;
import io.clarity.error.ClarityError;
import io.clarity.error.Diagnostic;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.syntax.SourceParser;
import io.clarity.syntax.SourceText;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child side of {@link BadInputTest}, run in a JVM of its own with a small stack and heap:
 * every input of a folder goes through the parser, a check as {@code clarity check} does it
 * (a deploy into a fresh chain, its diagnostics rendered with source line and caret) and a
 * scenario {@code deploy} step, each stage timed. One line per input on standard output:
 * <pre>NAME TAB wall TAB cpu TAB parse TAB check TAB transcript TAB leak</pre>
 * where wall and cpu are the stages' elapsed and CPU times in µs ({@code parse,check,deploy}),
 * parse and check are {@code ok} or the diagnostics as {@code Kind@line:column}
 * ({@code Kind@none} when unplaced, the list then marked {@code unplaced:}; {@code crash:...} for
 * a Java exception; a long list keeps its two ends), transcript is the
 * scenario's line, and leak the first sign of a Java exception in anything printed, or {@code -}.
 * Fields are escaped as the corpus escapes the oracle's answers.
 */
public final class BadInputProbe {

    /** Signs of a Java exception or an interpreter bug in text meant for a person. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|StackOverflow|OutOfMemory|\\tat |\\bat (java|io\\.clarity|org\\.antlr)\\.|java\\.lang|internal error");
    private static final int SHOWN = 2000;
    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    /** Marks a list of diagnostics of which at least one has no place. */
    static final String UNPLACED = "unplaced:";

    private BadInputProbe() {
    }

    /** {@code args[0]}: a folder with NAME.clar files and {@code inputs.tsv} (NAME TAB CONTRACT per line). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        warmUp(dir);
        for (String line : Files.readAllLines(dir.resolve("inputs.tsv"))) {
            String[] row = line.split("\t");
            out.println(probe(dir, row[0], row[1]));
        }
    }

    /** Loads and compiles what every input needs, so that the first input's time is its own. */
    private static void warmUp(Path dir) throws IOException {
        Files.writeString(dir.resolve("warm-up.clar"), "(define-read-only (f) (+ 1 2))\n(define-constant c (1 2)");
        for (int i = 0; i < 3; i++) {
            probe(dir, "warm-up", "w");
        }
    }

    private static String probe(Path dir, String name, String contract) throws IOException {
        String file = name + ".clar";
        String source = SourceText.read(dir.resolve(file));
        StandardPrincipalValue deployer = Simnet.inEpoch(Epoch.E3_2).deployer();
        StringBuilder printed = new StringBuilder();

        long[] wall = new long[4];
        long[] cpu = new long[4];
        wall[0] = System.nanoTime();
        cpu[0] = THREAD.getCurrentThreadCpuTime();
        String parse = guarded(() -> {
            try {
                SourceParser.parse(source, deployer, Epoch.E3_2);
                return "ok";
            } catch (ClarityError e) {
                List<Diagnostic> all = Diagnostic.all(e, file);
                all.forEach(d -> printed.append(d.message()).append('\n'));
                return places(all);
            }
        });
        wall[1] = System.nanoTime();
        cpu[1] = THREAD.getCurrentThreadCpuTime();
        String check = guarded(() -> {
            Simnet simnet = Simnet.inEpoch(Epoch.E3_2);
            try {
                simnet.deploy(contract, source, null, simnet.deployer());
                return "ok";
            } catch (ClarityError e) {
                List<Diagnostic> all = Diagnostic.all(e, file);
                all.forEach(d -> printed.append(d.render(source)));
                return places(all);
            }
        });
        wall[2] = System.nanoTime();
        cpu[2] = THREAD.getCurrentThreadCpuTime();
        List<String> transcript = new ArrayList<>();
        String deploy = guarded(() -> {
            new ScenarioRunner(dir, null, transcript::add).run("deploy " + contract + " " + file + "\n");
            return String.join("\n", transcript);
        });
        wall[3] = System.nanoTime();
        cpu[3] = THREAD.getCurrentThreadCpuTime();
        printed.append(deploy);

        Matcher leak = LEAK.matcher(printed);
        StringJoiner row = new StringJoiner("\t");
        row.add(name)
                .add(micros(wall)).add(micros(cpu))
                .add(escape(parse)).add(escape(check)).add(escape(shorten(deploy)))
                .add(leak.find() ? escape(shorten(printed.substring(Math.max(0, leak.start() - 200),
                        Math.min(printed.length(), leak.end() + 200)))) : "-");
        return row.toString();
    }

    private static String micros(long[] nanos) {
        return (nanos[1] - nanos[0]) / 1000 + "," + (nanos[2] - nanos[1]) / 1000 + "," + (nanos[3] - nanos[2]) / 1000;
    }

    /** Runs a stage; a Java exception or error becomes its outcome, {@code crash:...}. */
    private static String guarded(Supplier<String> stage) {
        try {
            return stage.get();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return "crash:" + e;
        }
    }

    private static String places(List<Diagnostic> diagnostics) {
        StringJoiner places = new StringJoiner(",");
        boolean all = true;
        for (Diagnostic d : diagnostics) {
            boolean placed = d.span() != null && !d.span().isNone();
            all &= placed;
            places.add(d.kind() + "@" + (placed ? d.span().startLine() + ":" + d.span().startColumn() : "none"));
        }
        return (all ? "" : UNPLACED) + shorten(places.toString());
    }

    private static String shorten(String s) {
        return s.length() > SHOWN ? s.substring(0, SHOWN / 2) + "..." + s.substring(s.length() - SHOWN / 2) : s;
    }

    /** Tab, newline, return, backslash and anything outside printable ASCII as the corpus writes them. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}

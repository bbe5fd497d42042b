package io.clarity.cli.repl;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.Style;
import io.clarity.version.Epoch;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Drives a REPL session through its input and output streams, as a pipe would. */
final class ReplHarness {

    private final StringWriter buffer = new StringWriter();
    private final ReplSession session;
    private final String banner;
    private int mark;

    /** A started session in {@code dir}, with {@code files} deployed (or the project of {@code manifest}). */
    ReplHarness(Path dir, Path manifest, List<Path> files) {
        this(dir, Epoch.E3_2, manifest, files);
    }

    /** A started session in {@code epoch}. */
    ReplHarness(Path dir, Epoch epoch, Path manifest, List<Path> files) {
        Environment env = new Environment(dir, new ByteArrayInputStream(new byte[0]), Map.of(), false, dir);
        session = new ReplSession(env, new PrintWriter(buffer, true), new Style(false), epoch, manifest, files);
        session.start();
        banner = buffer.toString();
        mark = banner.length();
    }

    ReplHarness(Path dir) {
        this(dir, null, List.of());
    }

    /** What the session printed when it started. */
    String banner() {
        return banner;
    }

    /** Types {@code input} (any number of lines) and returns what the session printed in answer. */
    String type(String input) {
        Repl.run(session, new PlainLines(new BufferedReader(new StringReader(input))));
        String out = buffer.toString().substring(mark);
        mark = buffer.getBuffer().length();
        return out;
    }

    ReplSession session() {
        return session;
    }
}

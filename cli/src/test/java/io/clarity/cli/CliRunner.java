package io.clarity.cli;

import io.clarity.cli.console.Environment;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real command line in-process and captures what it prints. */
final class CliRunner {

    record Result(int status, String out, String err) {
    }

    private CliRunner() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    /** Runs in {@code dir} (the working folder and the home), with {@code stdin} as input, not at a terminal. */
    static Result runIn(Path dir, String stdin, String... args) {
        return runIn(environment(dir, stdin, Map.of(), false), null, args);
    }

    static Environment environment(Path dir, String stdin, Map<String, String> variables, boolean terminal) {
        return new Environment(dir, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), variables,
                terminal, dir);
    }

    /** Runs in {@code env}, creating the commands with {@code factory} (null: the product's). */
    static Result runIn(Environment env, CommandLine.IFactory factory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        CommandLine cmd = Main.commandLine(o, e, env, factory == null ? new Main.Factory(env) : factory);
        int status = Main.run(cmd, args, o, e);
        return new Result(status, out.toString(), err.toString());
    }
}

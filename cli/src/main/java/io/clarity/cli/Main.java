package io.clarity.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code clarity} command. */
@Command(name = "clarity",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A Clarity interpreter: run, check and test Clarity smart contracts locally.",
        subcommands = {ScenarioCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit status when the interpreter itself failed (a bug, never the user's input). */
    public static final int EXIT_INTERNAL = 70;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = commandLine(out, err);
        return cmd.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("clarity: internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            line.getErr().println("This is a bug in the interpreter, not in your input; please report it.");
            return EXIT_INTERNAL;
        });
        return cmd;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

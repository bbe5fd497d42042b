package io.clarity.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code clarity} command. */
@Command(name = "clarity",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A Clarity interpreter: run, check and test Clarity smart contracts locally.",
        subcommands = {ScenarioCommand.class, CheckCommand.class, CommandLine.HelpCommand.class})
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
        try {
            return cmd.execute(args);
        } catch (Throwable t) {
            // errors such as StackOverflowError or OutOfMemoryError pass picocli's handler
            out.flush();
            err.println(internalError(t));
            return EXIT_INTERNAL;
        }
    }

    static String internalError(Throwable t) {
        return "clarity: internal error: " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage())
                + "\nThis is a bug in the interpreter, not in your input; please report it.";
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getOut().flush();
            line.getErr().println(internalError(e));
            return EXIT_INTERNAL;
        });
        return cmd;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

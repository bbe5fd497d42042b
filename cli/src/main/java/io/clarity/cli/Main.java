package io.clarity.cli;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.VersionProvider;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code clarity} command. */
@Command(name = "clarity",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A Clarity interpreter: run, check and test Clarity smart contracts locally.",
        subcommands = {ReplCommand.class, EvalCommand.class, DeployCommand.class, CallCommand.class, ReadCommand.class,
            StateCommand.class, ResetCommand.class, ScenarioCommand.class, CheckCommand.class, ExplainCommand.class, FuzzCommand.class,
            LearnCommand.class,
            DapCommand.class, NewCommand.class, ContractCommand.class,
            CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
        footer = {"", "Examples:",
            "  clarity repl                          a session; ::help lists its commands",
            "  clarity eval '(+ 1 2)'",
            "  clarity deploy counter.clar",
            "  clarity call counter increment --sender wallet_1",
            "  clarity check contracts/*.clar",
            "  clarity new my-project                 A Clarinet project with a JUnit test",
            "  clarity fuzz counter                   Fuzzes its properties and invariants",
            "  clarity explain TypeError              What an error kind means, how to fix it",
            "  clarity learn                          A guided tour of Clarity",
            "  source <(clarity generate-completion)  Tab completion in bash and zsh"})
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
        return run(args, out, err, Environment.system());
    }

    /** Runs the command with the given streams in {@code env}; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Environment env) {
        return run(commandLine(out, err, env, new Factory(env)), args, out, err);
    }

    static int run(CommandLine cmd, String[] args, PrintWriter out, PrintWriter err) {
        try {
            return cmd.execute(args);
        } catch (Throwable t) {
            // errors such as StackOverflowError or OutOfMemoryError pass picocli's handler
            out.flush();
            err.println(internalError(t));
            return EXIT_INTERNAL;
        } finally {
            // auto-flushing writers flush on println only: an error report ends with print
            out.flush();
            err.flush();
        }
    }

    static String internalError(Throwable t) {
        return "clarity: internal error: " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage())
                + "\nThis is a bug in the interpreter, not in your input; please report it.";
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment env, CommandLine.IFactory factory) {
        CommandLine cmd = new CommandLine(new Main(), factory);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(env.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        // arguments such as -5 are Clarity literals, not options
        for (String literalArgs : new String[] {"call", "read"}) {
            cmd.getSubcommands().get(literalArgs).setUnmatchedOptionsArePositionalParams(true);
        }
        cmd.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getOut().flush();
            line.getErr().println(internalError(e));
            return EXIT_INTERNAL;
        });
        return cmd;
    }

    /** Creates the commands, giving those that ask for it the {@link Environment}. */
    static final class Factory implements CommandLine.IFactory {
        private final Environment env;

        Factory(Environment env) {
            this.env = env;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getConstructor(Environment.class).newInstance(env);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

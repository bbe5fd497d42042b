package io.clarity.cli;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.Version;
import io.clarity.cli.console.VersionProvider;
import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code clarity} command. */
@Command(name = "clarity",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A Clarity interpreter: run, check and test Clarity smart contracts locally.",
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

    /**
     * The subcommands by the names (and aliases) that their {@code @Command} declares, in the order
     * that {@code clarity --help} lists them; {@code help} and {@code generate-completion} follow.
     * A run whose first argument names one of them builds only that one: picocli reads every
     * command's annotations when it is added, which took a fifth of a deploy-only run's start-up.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("repl", ReplCommand.class);
        m.put("console", ReplCommand.class);
        m.put("eval", EvalCommand.class);
        m.put("deploy", DeployCommand.class);
        m.put("call", CallCommand.class);
        m.put("read", ReadCommand.class);
        m.put("state", StateCommand.class);
        m.put("reset", ResetCommand.class);
        m.put("scenario", ScenarioCommand.class);
        m.put("check", CheckCommand.class);
        m.put("explain", ExplainCommand.class);
        m.put("fuzz", FuzzCommand.class);
        m.put("learn", LearnCommand.class);
        m.put("dap", DapCommand.class);
        m.put("new", NewCommand.class);
        m.put("contract", ContractCommand.class);
        return m;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("scenario") && System.console() == null) {
            // A transcript into a file or a pipe goes out in blocks, not in a system call per line
            // (a sixth of a 6,001-call run's CPU time); standard error flushes it first, so
            // that 2>&1 keeps the order. A scenario reads all its input before it prints.
            PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out), 1 << 16), false);
            System.exit(run(args, out, new PrintWriter(new AfterOut(out, new OutputStreamWriter(System.err)), true)));
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** A writer that flushes {@code out} before each write: standard error after standard output. */
    static final class AfterOut extends Writer {
        private final Flushable out;
        private final Writer err;

        AfterOut(Flushable out, Writer err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            out.flush();
            err.write(chars, off, len);
        }

        @Override
        public void flush() throws IOException {
            err.flush();
        }

        @Override
        public void close() throws IOException {
            err.close();
        }
    }

    /** Runs the command with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // the commonest probe of an installation answers without loading picocli
            for (String line : Version.lines()) {
                out.println(line);
            }
            out.flush();
            return 0;
        }
        return run(args, out, err, Environment.system());
    }

    /** Runs the command with the given streams in {@code env}; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Environment env) {
        IntSupplier direct = direct(args, out, err, env);
        if (direct != null) {
            return run(direct, out, err);
        }
        Class<?> only = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        return run(commandLine(out, err, env, new Factory(env), only == null ? null : List.of(only)), args, out, err);
    }

    /**
     * The runs that start without picocli (whose model of a command was a fifth of a short run),
     * or null: a scenario whose arguments {@link ScenarioArgs} reads, and a bare {@code repl} or
     * {@code console}.
     */
    static IntSupplier direct(String[] args, PrintWriter out, PrintWriter err, Environment env) {
        ScenarioCommand scenario = ScenarioArgs.read(env, args);
        if (scenario != null) {
            return () -> scenario.run(out, err);
        }
        if (args.length == 1 && (args[0].equals("repl") || args[0].equals("console"))) {
            ReplCommand repl = new ReplCommand(env);
            return () -> repl.run(out, err);
        }
        return null;
    }

    static int run(CommandLine cmd, String[] args, PrintWriter out, PrintWriter err) {
        return run(() -> cmd.execute(args), out, err);
    }

    /** Runs {@code command}; a throwable it lets out is reported as an internal error (status 70). */
    private static int run(IntSupplier command, PrintWriter out, PrintWriter err) {
        try {
            return command.getAsInt();
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
        return commandLine(out, err, env, factory, null);
    }

    /** The command with the subcommands {@code only} (null: all of them, with help and completion). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment env, CommandLine.IFactory factory,
            List<Class<?>> only) {
        // A run that names its subcommand never shows the top command's options, help or version
        // (they answer `clarity`, `clarity --help`, ...): a model of the bare name "clarity", made
        // without reading Main's annotations, saves a tenth of a deploy's start-up (picocli's
        // reflection and its standard help options' mixin).
        CommandLine cmd = only == null
                ? new CommandLine(new Main(), factory)
                : new CommandLine(CommandLine.Model.CommandSpec.wrapWithoutInspection(new Main()).name("clarity"), factory);
        for (Class<?> sub : only == null ? SUBCOMMANDS.values().stream().distinct().toList() : only) {
            cmd.addSubcommand(sub);
        }
        if (only == null) {
            cmd.addSubcommand(CommandLine.HelpCommand.class);
            cmd.addSubcommand(AutoComplete.GenerateCompletion.class);
        }
        // the settings below reach the subcommands present when they are made
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(env.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        // arguments such as -5 are Clarity literals, not options
        for (String literalArgs : new String[] {"call", "read"}) {
            CommandLine sub = cmd.getSubcommands().get(literalArgs);
            if (sub != null) {
                sub.setUnmatchedOptionsArePositionalParams(true);
            }
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

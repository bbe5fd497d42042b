package io.clarity.cli;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.Style;
import io.clarity.cli.console.VersionProvider;
import io.clarity.cli.repl.PlainLines;
import io.clarity.cli.repl.Repl;
import io.clarity.cli.repl.ReplSession;
import io.clarity.cli.repl.ReplTerminal;
import io.clarity.cli.repl.TerminalLines;
import io.clarity.project.ClarinetProject;
import io.clarity.version.Epoch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code clarity repl} (or {@code console}): an interactive session, in the image of Clarinet's console. */
@Command(name = "repl",
        aliases = "console",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Starts an interactive session on a chain in memory, as clarinet console does.",
            "Type Clarity code (it runs as the tx-sender, the deployer at first; a snippet",
            "that defines functions is kept as a contract) or a :: command (::help lists",
            "them; they are Clarinet console's). Inside a Clarinet project (Clarinet.toml,",
            "settings/Devnet.toml, contracts/) the project's contracts are deployed with",
            "their Clarity versions and epochs, and its accounts are used; files given",
            "instead are deployed, named after the files.",
            "",
            "At a terminal: line editing, history (~/.clarity/history), Tab completion,",
            "Ctrl-C twice or Ctrl-D to quit. Piped input is read line by line.",
            "",
            "Exit status: 0; with piped input, 1 when an input failed."},
        footer = {"", "Examples:",
            "  clarity repl",
            "  clarity console contracts/counter.clar",
            "  clarity repl -m ../my-project/Clarinet.toml",
            "  echo '(+ 1 2)' | clarity repl"})
public final class ReplCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Contract files to deploy (instead of the project's).")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-m", "--manifest-path"}, paramLabel = "PATH", description = "The project's Clarinet.toml (default: the one here or above).")
    Path manifest;

    @Option(names = "--no-project", description = "Do not load the Clarinet project around the current folder.")
    boolean noProject;

    @Option(names = "--epoch", paramLabel = "E", description = "The session's epoch (default 3.2); contracts that ask for a later one move it on.")
    String epoch = "3.2";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Environment env;

    public ReplCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the session with the options set, printing on {@code out} and {@code err}; the exit status. */
    int run(PrintWriter out, PrintWriter err) {
        Epoch e = EpochOption.parse(epoch);
        if (e == null) {
            err.println("clarity repl: " + EpochOption.unknown(epoch));
            return 2;
        }
        Path project = null;
        if (manifest != null) {
            project = env.workingDir().resolve(manifest);
            if (!Files.isRegularFile(project)) {
                err.println("clarity repl: no such manifest " + manifest);
                return 2;
            }
        } else if (files.isEmpty() && !noProject) {
            project = ClarinetProject.find(env.workingDir()).orElse(null);
        }
        List<Path> paths = files.stream().map(f -> env.workingDir().resolve(f)).toList();
        ReplSession session = new ReplSession(env, out, new Style(env.colour()), e, project, paths);
        // JLine asks the terminal's settings of stty processes: that runs beside the session's start
        FutureTask<Terminal> opening = env.terminal() ? openTerminal() : null;
        session.start();
        try {
            if (opening != null) {
                try (Terminal terminal = opened(opening)) {
                    Repl.run(session, new TerminalLines(terminal, session, history(env)));
                }
            } else {
                Repl.run(session, new PlainLines(new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8))));
            }
        } catch (IOException | UncheckedIOException ex) {
            out.flush();
            err.println("clarity repl: cannot read the input: " + ex.getMessage());
            return 1;
        }
        out.flush();
        return !env.terminal() && session.failures() > 0 ? 1 : 0;
    }

    private static FutureTask<Terminal> openTerminal() {
        FutureTask<Terminal> task = new FutureTask<>(ReplTerminal::system);
        Thread opener = new Thread(task, "clarity-terminal");
        opener.setDaemon(true);
        opener.start();
        return task;
    }

    private static Terminal opened(FutureTask<Terminal> opening) throws IOException {
        try {
            return opening.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the terminal", ex);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof IOException io) {
                throw io;
            }
            if (ex.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(ex.getCause());
        }
    }

    /** The history file, in the user's home so that every folder shares it (and {@code clarity learn}). */
    static Path history(Environment env) {
        Path dir = env.home().resolve(".clarity");
        try {
            Files.createDirectories(dir);
        } catch (IOException ex) {
            // JLine then keeps the history in memory only
        }
        return dir.resolve("history");
    }
}

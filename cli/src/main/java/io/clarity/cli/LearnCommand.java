package io.clarity.cli;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.Style;
import io.clarity.cli.console.VersionProvider;
import io.clarity.cli.learn.Lesson;
import io.clarity.cli.learn.Lessons;
import io.clarity.cli.learn.Tour;
import io.clarity.cli.repl.PlainLines;
import io.clarity.cli.repl.ReplTerminal;
import io.clarity.cli.repl.TerminalLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code clarity learn}: a guided tour of Clarity, in short lessons with exercises that the interpreter checks. */
@Command(name = "learn",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Walks through short lessons on Clarity, each with an exercise that it checks.",
            "",
            "A lesson explains one thing, runs a few examples live on a fresh chain, then",
            "asks for an answer that the interpreter checks against the results the real",
            "Clarity VM gave. At an answer prompt, :hint, :solution, :skip and :quit.",
            "Piped input is read line by line.",
            "",
            "The lesson on rollback also runs the seed contract compute-sharing.clar: given",
            "with --seed, or found as $CLARITY_SHARED/seed/compute-sharing.clar, or in",
            "../shared/seed beside the current folder or beside this program's checkout.",
            "",
            "Exit status: 0; 2 an unknown lesson or a usage error."},
        footer = {"", "Examples:",
            "  clarity learn                  every lesson, from the first",
            "  clarity learn --list",
            "  clarity learn 9                from lesson 9 on",
            "  clarity learn rollback",
            "  printf 'u3\\n:quit\\n' | clarity learn values"})
public final class LearnCommand implements Callable<Integer> {

    private static final String SEED = "compute-sharing.clar";

    @Parameters(arity = "0..1", paramLabel = "LESSON", description = "Where to start: a lesson's number or name (default: the first).")
    String start;

    @Option(names = {"-l", "--list"}, description = "List the lessons and stop.")
    boolean list;

    @Option(names = "--seed", paramLabel = "FILE", description = "The seed contract compute-sharing.clar, for the lesson on rollback.")
    Path seedOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Environment env;

    public LearnCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lessons lessons = Lessons.load();
        if (list) {
            out.print(lessons.listing());
            return 0;
        }
        Lesson first = lessons.all().get(0);
        if (start != null) {
            Optional<Lesson> found = lessons.find(start);
            if (found.isEmpty()) {
                err.println("clarity learn: no lesson " + start + "; the lessons are:");
                err.print(lessons.listing());
                return 2;
            }
            first = found.get();
        }
        Path seed = null;
        if (seedOption != null) {
            seed = env.resolve(seedOption.toString());
            if (!Files.isRegularFile(seed)) {
                err.println("clarity learn: no such file " + seedOption + " (--seed)");
                return 2;
            }
        } else {
            seed = findSeed().orElse(null);
        }
        Style style = new Style(env.colour());
        if (start == null) {
            out.println(style.bold("A guided tour of Clarity") + ", in " + lessons.all().size() + " short lessons.");
            out.println("Each runs a few examples live on a fresh chain in memory, then asks for an answer"
                    + "\nthat the interpreter checks. `clarity learn --list` lists the lessons.");
        }
        try {
            if (env.terminal()) {
                try (Terminal terminal = ReplTerminal.system()) {
                    new Tour(out, style, new TerminalLines(terminal, NullCompleter.INSTANCE, ReplCommand.history(env)), false,
                            seed, lessons.all().size()).run(lessons.from(first));
                }
            } else {
                PlainLines in = new PlainLines(new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8)));
                new Tour(out, style, in, true, seed, lessons.all().size()).run(lessons.from(first));
            }
        } catch (IOException | UncheckedIOException ex) {
            out.flush();
            err.println("clarity learn: cannot read the input: " + ex.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    /** The seed contract: in $CLARITY_SHARED, else in ../shared beside the working folder or beside the checkout of this program. */
    private Optional<Path> findSeed() {
        List<Path> candidates = new ArrayList<>();
        String shared = env.variables().get("CLARITY_SHARED");
        if (shared != null && !shared.isBlank()) {
            candidates.add(env.resolve(shared).resolve("seed").resolve(SEED));
        }
        candidates.add(env.workingDir().resolve("../shared/seed").resolve(SEED).normalize());
        checkout().ifPresent(root -> candidates.add(root.resolve("../shared/seed").resolve(SEED).normalize()));
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    /** The checkout this program was built in: the jar is its cli/target/clarity.jar, or the classes cli/target/classes. */
    private static Optional<Path> checkout() {
        java.security.CodeSource source = LearnCommand.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path target = Path.of(source.getLocation().toURI()).getParent();
            return Optional.ofNullable(target == null || target.getParent() == null ? null : target.getParent().getParent());
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            // not a file on disk: no checkout to look beside
            return Optional.empty();
        }
    }
}

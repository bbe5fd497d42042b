package io.clarity.cli;

import io.clarity.Simnet;
import io.clarity.cli.console.Environment;
import io.clarity.cli.console.VersionProvider;
import io.clarity.page.Page;
import io.clarity.page.ScenarioRecording;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.trace.StepRecorder;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code clarity scenario}: runs scenario files and prints their transcripts. */
@Command(name = "scenario",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs scenario files and prints one transcript line per step, as the oracle does.",
            "Each file (deploy, call, read, eval, mine, ... one step per line) runs on a fresh",
            "simulated chain; the transcript has the format of the Clarity oracle, so the two",
            "can be diffed.",
            "",
            "Exit status: 0 ran to the end (failed calls are results), 1 a malformed step,",
            "2 a fatal problem (unreadable file, bad option), 70 a step met a bug of the",
            "interpreter (reported on its line as an internal error; the run goes on)."},
        footer = {"", "Examples:",
            "  clarity scenario demo.scn",
            "  clarity scenario --epoch 2.5 a.scn b.scn",
            "  clarity scenario --out-dir transcripts tests/*.scn",
            "  clarity scenario --coverage lcov.info tests/*.scn",
            "  clarity scenario --profile profile.svg demo.scn",
            "  clarity scenario --steps demo.scn",
            "  clarity scenario --html report.html demo.scn",
            "  echo 'eval (+ 1 2)' | clarity scenario -"})
public final class ScenarioCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files; '-' reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--epoch", paramLabel = "E", description = "Epoch to start in when a scenario does not choose one (default 3.2).")
    String epoch;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Write DIR/<name>.out per scenario instead of printing.")
    Path outDir;

    @Option(names = "--header", description = "Print a line naming the interpreter first.")
    boolean header;

    @Option(names = "--costs", description = "Print the execution costs after each deploy, call, call-private and read.")
    boolean costs;

    @Option(names = "--no-cost-tracking", description = "Do not measure costs nor enforce the block limit (faster).")
    boolean noCostTracking;

    @Option(names = "--coverage", paramLabel = "LCOV",
            description = "Add the line, function and branch coverage of the contracts to the LCOV file LCOV (created, or read and added to).")
    Path coverage;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Write where the costs went: FILE.folded as folded stacks (flamegraph.pl, speedscope), FILE.svg as a flame graph.")
    Path profile;

    @Option(names = "--profile-dimension", paramLabel = "D", defaultValue = "runtime",
            description = "The cost the profile counts: runtime (default), read_count, read_length, write_count or write_length.")
    String profileDimension;

    @Option(names = "--steps", description = {"Show how each step evaluated, step by step, before its transcript line,",
        "on lines that start with '| ' (the other lines are the transcript, unchanged);",
        "with --out-dir, in DIR/<name>.steps beside the transcript."})
    boolean steps;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write the run as one self-contained HTML page: the contracts highlighted, and each step"
                    + " with its result, events, costs, the state it changed (before and after), why it failed, and"
                    + " its trace step by step.")
    Path html;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Environment env;
    private final Consumer<Simnet> prepare;

    public ScenarioCommand(Environment env) {
        this(env, simnet -> { });
    }

    /** A command that does {@code prepare} to each scenario's fresh chain first (a test plants a bug there). */
    ScenarioCommand(Environment env, Consumer<Simnet> prepare) {
        this.env = env;
        this.prepare = prepare;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the scenarios with the options set, printing on {@code out} and {@code err}; the exit status. */
    int run(PrintWriter out, PrintWriter err) {
        Epoch start = null;
        if (epoch != null) {
            start = Epoch.of(epoch);
            if (start == null) {
                err.println("clarity scenario: " + EpochOption.unknown(epoch));
                return 2;
            }
        }
        Instruments instruments;
        try {
            instruments = Instruments.of(env, coverage, profile, profileDimension);
        } catch (IllegalArgumentException e) {
            err.println("clarity scenario: " + e.getMessage());
            return 2;
        }
        Path outFolder = outDir == null ? null : env.resolve(outDir.toString());
        if (outFolder != null) {
            try {
                Files.createDirectories(outFolder);
            } catch (IOException e) {
                err.println("clarity scenario: cannot create " + outDir + ": " + e.getMessage());
                return 2;
            }
        }
        Page page = html == null ? null : new Page("clarity scenario " + String.join(" ", files));
        int status = 0;
        for (String file : files) {
            String text;
            try {
                text = file.equals("-") ? read(env.in()) : Files.readString(env.resolve(file));
            } catch (IOException | RuntimeException e) {
                err.println("clarity scenario: cannot read " + file + ": " + e.getMessage());
                return 2;
            }
            List<String> lines = new ArrayList<>();
            List<String> stepLines = new ArrayList<>();
            if (outDir == null && files.size() > 1) {
                out.println("### " + file);
            }
            if (header) {
                emit(out, lines, "# clarity: " + new VersionProvider().getVersion()[0]
                        + ", cost tracking " + (noCostTracking ? "off" : "on"));
            }
            Path base = file.equals("-") ? env.workingDir() : env.resolve(file).getParent();
            StepRecorder recorder = steps ? new StepRecorder() : null;
            ScenarioRunner runner = new ScenarioRunner(base, start, line -> {
                if (recorder != null) {
                    // a step's evaluation comes before its transcript line
                    recorder.take().forEach(step -> emitStep(out, stepLines, "| " + step));
                }
                emit(out, lines, line);
                if (recorder != null && outDir != null) {
                    stepLines.add(line);
                }
            }, costs, !noCostTracking);
            if (recorder != null) {
                runner.simnet().instrument(recorder);
            }
            if (page != null) {
                ScenarioRecording.record(runner, page, file.equals("-") ? "standard input" : file);
            }
            prepare.accept(runner.simnet());
            instruments.attach(runner.simnet());
            // hints go to standard error: the transcript stays the oracle's format, line for line
            runner.onHelp((line, hint) -> {
                out.flush();
                err.println(file + ":" + line + ": help: " + hint);
            });
            if (runner.run(text) > 0 && status == 0) {
                status = 1;
            }
            instruments.locate(runner.deployedFiles());
            if (runner.internalErrors() > 0) {
                err.println("clarity scenario: " + file + ": " + runner.internalErrors()
                        + " step(s) failed with an internal error; this is a bug in the interpreter, not in your input; please report it.");
                status = Main.EXIT_INTERNAL;
            }
            out.flush();
            if (outFolder != null) {
                String name = file.equals("-") ? "stdin" : Path.of(file).getFileName().toString().replaceFirst("\\.[^.]*$", "");
                try {
                    Files.writeString(outFolder.resolve(name + ".out"), String.join("\n", lines) + "\n");
                    if (steps) {
                        Files.writeString(outFolder.resolve(name + ".steps"), String.join("\n", stepLines) + "\n");
                    }
                } catch (IOException e) {
                    err.println("clarity scenario: cannot write " + outFolder.resolve(name + ".out") + ": " + e.getMessage());
                    return 2;
                }
            }
        }
        if (page != null) {
            try {
                page.write(env.resolve(html.toString()));
            } catch (IOException e) {
                err.println("clarity scenario: cannot write " + html + ": " + e.getMessage());
                return 2;
            }
        }
        try {
            instruments.write();
        } catch (IOException | IllegalArgumentException e) {
            err.println("clarity scenario: " + e.getMessage());
            return 2;
        }
        return status;
    }

    private void emit(PrintWriter out, List<String> lines, String line) {
        if (outDir != null) {
            lines.add(line);
        } else {
            out.println(line);
        }
    }

    /** A line of steps: printed at once, or kept for DIR/<name>.steps with --out-dir. */
    private void emitStep(PrintWriter out, List<String> stepLines, String line) {
        if (outDir != null) {
            stepLines.add(line);
        } else {
            out.println(line);
        }
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}

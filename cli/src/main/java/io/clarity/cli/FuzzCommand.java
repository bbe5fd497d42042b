package io.clarity.cli;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.VersionProvider;
import io.clarity.fuzz.FuzzException;
import io.clarity.fuzz.FuzzTarget;
import io.clarity.fuzz.Fuzzer;
import io.clarity.fuzz.Outcome;
import io.clarity.project.ClarinetProject;
import io.clarity.project.ProjectException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code clarity fuzz}: property and invariant testing of a contract with tests written in
 * Clarity, in rendezvous's conventions (see {@link Fuzzer}); each failure is shrunk and written as
 * a scenario that replays it.
 */
@Command(name = "fuzz",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs the property and invariant tests of a contract, written in Clarity.",
            "They follow the conventions of rendezvous, with generated arguments and random",
            "sequences of calls.",
            "The tests (CONTRACT.tests.clar beside the contract, or --tests) are appended to",
            "the contract and deployed with it. Public test-* functions are properties: each",
            "runs --runs times with arguments made from its parameter types (boundary values",
            "first), passes on (ok true), is discarded on (ok false) or when the read-only",
            "can-test-* function given the same arguments is not true, fails on (err ..) or a",
            "runtime error. Read-only invariant-* functions must return true after every call",
            "of --runs random sequences of --calls public calls from random accounts; a map",
            "context counts each function's (ok ..) calls ((get called (map-get? context",
            "\"increment\"))). A failure is shrunk to fewer calls and simpler arguments, and",
            "written to --out-dir as a scenario for 'clarity scenario'. Every run prints its",
            "seed; --seed runs the same again.",
            "In a Clarinet project (Clarinet.toml here or above, or --manifest-path) CONTRACT",
            "is a contract of the project, deployed with the others in the project's order.",
            "",
            "Exit status: 0 every test passed, 1 a test failed (or the contract and its tests",
            "do not deploy), 2 a usage error."},
        footer = {"", "Examples:",
            "  clarity fuzz counter",
            "  clarity fuzz contracts/counter.clar --mode invariant --runs 500",
            "  clarity fuzz counter --seed 1234"})
public final class FuzzCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONTRACT", description = "A contract of the project, or a .clar file.")
    String contract;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "both",
            description = "invariant, property, or both (default).")
    String mode;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the random choices (default: a new one, printed).")
    Long seed;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "" + Fuzzer.DEFAULT_RUNS,
            description = "Calls of each property; sequences per invariant (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--calls", paramLabel = "N", defaultValue = "" + Fuzzer.DEFAULT_CALLS,
            description = "Calls in each invariant sequence (default ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--tests", paramLabel = "FILE", description = "The tests (default: CONTRACT.tests.clar beside the contract).")
    Path tests;

    @Option(names = {"-m", "--manifest-path"}, paramLabel = "PATH",
            description = "The project's Clarinet.toml (default: the one here or above).")
    Path manifest;

    @Option(names = "--epoch", paramLabel = "E", description = "Epoch of a contract file outside a project (default 3.2).")
    String epoch;

    @Option(names = "--clarity-version", paramLabel = "N",
            description = "Clarity version of a contract file outside a project (default: the epoch's).")
    Integer clarityVersion;

    @Option(names = "--out-dir", paramLabel = "DIR", defaultValue = "fuzz-failures",
            description = "Where the scenarios of failures are written (default ${DEFAULT-VALUE}).")
    Path outDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Environment env;

    public FuzzCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("invariant", "property", "both").contains(mode)) {
            err.println("clarity fuzz: --mode is invariant, property or both, not " + mode);
            return 2;
        }
        if (runs < 1 || calls < 1) {
            err.println("clarity fuzz: --runs and --calls must be at least 1");
            return 2;
        }
        FuzzTarget target;
        try {
            Optional<FuzzTarget> t = target(err);
            if (t.isEmpty()) {
                return 2;
            }
            target = t.get();
        } catch (FuzzException e) {
            err.println("clarity fuzz: " + e.getMessage());
            return e.isMissingInput() ? 2 : 1;
        }
        long s = seed != null ? seed : ThreadLocalRandom.current().nextLong(1L << 40);
        Fuzzer fuzzer = new Fuzzer(target, s, runs, calls);
        out.println("clarity fuzz: " + target.name() + " with " + label(target.tests()) + ", seed " + s
                + " (--seed " + s + " runs the same again)");
        target.notes().forEach(n -> out.println("note: " + n));
        List<String> names = new ArrayList<>();
        if (!mode.equals("property")) {
            names.addAll(fuzzer.invariants());
        }
        if (!mode.equals("invariant")) {
            names.addAll(fuzzer.properties());
        }
        if (names.isEmpty()) {
            err.println("clarity fuzz: " + label(target.tests()) + " has no "
                    + (mode.equals("invariant") ? "invariant-* read-only function"
                    : mode.equals("property") ? "test-* public function" : "invariant-* or test-* function"));
            return 1;
        }
        int failed = 0;
        Path dir = env.resolve(outDir.toString());
        for (String name : names) {
            Outcome o;
            try {
                o = name.startsWith("invariant-") && fuzzer.invariants().contains(name) ? fuzzer.invariant(name) : fuzzer.property(name);
            } catch (FuzzException e) {
                err.println("clarity fuzz: " + e.getMessage());
                return 1;
            }
            if (o.passed()) {
                o.report("").forEach(out::println);
                continue;
            }
            failed++;
            if (o.failure().isEmpty()) {
                out.println(o.summary());
                continue;
            }
            Path file;
            try {
                file = o.writeScenario(dir);
            } catch (IOException e) {
                err.println("clarity fuzz: cannot write " + dir.resolve(o.scenarioFileName()) + ": " + e.getMessage());
                return 2;
            }
            o.report(label(file)).forEach(out::println);
        }
        out.println(failed == 0 ? "all " + names.size() + " tests passed (seed " + s + ")"
                : failed + " of " + names.size() + " tests failed (seed " + s + ")");
        return failed == 0 ? 0 : 1;
    }

    /** The target, or empty after a usage error was printed. */
    private Optional<FuzzTarget> target(PrintWriter err) {
        Path testsFile = tests == null ? null : env.resolve(tests.toString());
        Path m = manifest != null ? env.resolve(manifest.toString()) : ClarinetProject.find(env.workingDir()).orElse(null);
        if (manifest != null && !Files.isRegularFile(m)) {
            err.println("clarity fuzz: no such manifest " + manifest);
            return Optional.empty();
        }
        Path file = env.resolve(contract);
        if (m != null) {
            ClarinetProject project;
            try {
                project = ClarinetProject.read(m);
            } catch (ProjectException e) {
                err.println("clarity fuzz: " + e.getMessage());
                return Optional.empty();
            }
            Optional<ClarinetProject.Contract> named = project.contracts().stream()
                    .filter(c -> c.name().equals(contract) || c.path().toAbsolutePath().normalize().equals(file))
                    .findFirst();
            if (named.isPresent()) {
                if (epoch != null || clarityVersion != null) {
                    err.println("clarity fuzz: --epoch and --clarity-version are for a file outside a project;"
                            + " a project's contracts have theirs in Clarinet.toml");
                    return Optional.empty();
                }
                return Optional.of(FuzzTarget.ofProject(project, named.get().name(), testsFile));
            }
            if (!Files.isRegularFile(file)) {
                err.println("clarity fuzz: no contract " + contract + " in " + label(m) + " (its contracts: "
                        + String.join(", ", project.contracts().stream().map(ClarinetProject.Contract::name).toList())
                        + "), and no such file");
                return Optional.empty();
            }
        } else if (!Files.isRegularFile(file)) {
            err.println("clarity fuzz: no such file " + contract + " (and no Clarinet.toml here or above to name contracts)");
            return Optional.empty();
        }
        EpochOption.ForFile setting = EpochOption.ForFile.of(epoch, clarityVersion);
        if (setting.refusal() != null) {
            err.println("clarity fuzz: " + setting.refusal());
            return Optional.empty();
        }
        return Optional.of(FuzzTarget.ofFile(file, testsFile, setting.epoch(), setting.version()));
    }

    private String label(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(env.workingDir()) ? env.workingDir().relativize(abs).toString() : abs.toString();
    }
}

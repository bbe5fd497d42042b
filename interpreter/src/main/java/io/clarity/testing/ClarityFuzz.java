package io.clarity.testing;

import io.clarity.fuzz.FuzzException;
import io.clarity.fuzz.FuzzTarget;
import io.clarity.fuzz.Fuzzer;
import io.clarity.fuzz.Outcome;
import io.clarity.project.ClarinetProject;
import io.clarity.project.ProjectException;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Property and invariant tests written in Clarity, in rendezvous's conventions, as JUnit dynamic
 * tests: one per {@code test-...} property or {@code invariant-...} invariant of the contract's
 * tests file ({@code CONTRACT.tests.clar} beside the contract). See {@link Fuzzer} for what runs.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> invariants() {
 *     return ClarityFuzz.invariants("counter");
 * }
 *
 * @TestFactory
 * Stream<DynamicTest> properties() {
 *     return ClarityFuzz.of("counter").runs(500).properties();
 * }
 * }</pre>
 *
 * The contract is one of the Clarinet project at the nearest {@code Clarinet.toml} at or above the
 * working directory (or {@link #manifest}); the project is deployed as {@code @ClarityTest} deploys
 * it, with the contract's tests appended to it ({@link #ofFile} takes a contract outside a project).
 * The fuzzer makes its own chains, as a contract cannot be deployed again, with its tests, on a
 * chain that already has it. The seed is {@code -Dclarity.fuzz.seed=N} or a new one, printed with
 * every run and every failure; {@code -Dclarity.fuzz.runs} and {@code -Dclarity.fuzz.calls} change
 * the counts. A failure is shrunk, and written as a scenario in {@code target/clarity-fuzz} (or
 * {@code -Dclarity.fuzz.out}) that {@code clarity scenario} replays; the test's failure shows the
 * calls, their results and the seed, without a stack trace.
 */
public final class ClarityFuzz {

    private final Function<ClarityFuzz, FuzzTarget> target;
    private final String label;
    private Path tests;
    private Path manifest;
    private long seed = Long.getLong("clarity.fuzz.seed", ThreadLocalRandom.current().nextLong(1L << 40));
    private int runs = Integer.getInteger("clarity.fuzz.runs", Fuzzer.DEFAULT_RUNS);
    private int calls = Integer.getInteger("clarity.fuzz.calls", Fuzzer.DEFAULT_CALLS);
    private Path out = Path.of(System.getProperty("clarity.fuzz.out", "target/clarity-fuzz"));

    private ClarityFuzz(String label, Function<ClarityFuzz, FuzzTarget> target) {
        this.label = label;
        this.target = target;
    }

    /** The contract {@code name} of the project. */
    public static ClarityFuzz of(String name) {
        return new ClarityFuzz(name, f -> FuzzTarget.ofProject(f.project(), name, f.tests));
    }

    /** The contract in {@code file}, alone on a chain in epoch 3.2 (Clarity 3), outside any project. */
    public static ClarityFuzz ofFile(Path file) {
        return ofFile(file, Epoch.E3_2, null);
    }

    /** The contract in {@code file}, alone on a chain in {@code epoch}, as Clarity {@code version} (null: the epoch's). */
    public static ClarityFuzz ofFile(Path file, Epoch epoch, ClarityVersion version) {
        return new ClarityFuzz(file.toString(), f -> FuzzTarget.ofFile(file, f.tests, epoch, version));
    }

    /** One dynamic test per property of the project's contract {@code name}, with the defaults. */
    public static Stream<DynamicTest> properties(String name) {
        return of(name).properties();
    }

    /** One dynamic test per invariant of the project's contract {@code name}, with the defaults. */
    public static Stream<DynamicTest> invariants(String name) {
        return of(name).invariants();
    }

    /** The tests file (default: the contract's file with {@code .tests.clar} for {@code .clar}). */
    public ClarityFuzz tests(Path file) {
        this.tests = file;
        return this;
    }

    /** The project's {@code Clarinet.toml} (default: the nearest at or above the working directory). */
    public ClarityFuzz manifest(Path file) {
        this.manifest = file;
        return this;
    }

    public ClarityFuzz seed(long value) {
        this.seed = value;
        return this;
    }

    /** Calls of each property; random sequences per invariant. */
    public ClarityFuzz runs(int value) {
        this.runs = value;
        return this;
    }

    /** Calls in each invariant sequence. */
    public ClarityFuzz calls(int value) {
        this.calls = value;
        return this;
    }

    /** Where the scenarios of failures are written. */
    public ClarityFuzz scenarioDir(Path dir) {
        this.out = dir;
        return this;
    }

    /** One dynamic test per {@code test-...} public function of the tests. */
    public Stream<DynamicTest> properties() {
        return tests(Fuzzer.Kind.PROPERTY);
    }

    /** One dynamic test per {@code invariant-...} read-only function of the tests. */
    public Stream<DynamicTest> invariants() {
        return tests(Fuzzer.Kind.INVARIANT);
    }

    private Stream<DynamicTest> tests(Fuzzer.Kind kind) {
        Fuzzer fuzzer;
        try {
            fuzzer = new Fuzzer(target.apply(this), seed, runs, calls);
        } catch (FuzzException e) {
            return Stream.of(DynamicTest.dynamicTest(label, () -> {
                throw new ClarityTestFailure(e.getMessage());
            }));
        }
        URI source = fuzzer.target().tests().toUri();
        System.out.println("clarity fuzz: " + fuzzer.target().name() + " " + kind + " tests, seed " + seed
                + " (-Dclarity.fuzz.seed=" + seed + " runs the same again)");
        List<String> names = kind == Fuzzer.Kind.PROPERTY ? fuzzer.properties() : fuzzer.invariants();
        return names.stream().map(name -> DynamicTest.dynamicTest(name, source, () -> run(fuzzer, kind, name)));
    }

    private void run(Fuzzer fuzzer, Fuzzer.Kind kind, String name) {
        Outcome o = kind == Fuzzer.Kind.PROPERTY ? fuzzer.property(name) : fuzzer.invariant(name);
        if (o.passed()) {
            o.report("").forEach(System.out::println);
            return;
        }
        String file = "";
        if (o.failure().isPresent()) {
            Path dir = out.toAbsolutePath().normalize();
            try {
                file = o.writeScenario(dir).toString();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + dir.resolve(o.scenarioFileName()), e);
            }
        }
        throw new ClarityTestFailure(String.join("\n", o.report(file)) + "\n  seed " + o.seed()
                + " (-Dclarity.fuzz.seed=" + o.seed() + " runs the same again)");
    }

    private ClarinetProject project() {
        Path m = manifest != null ? manifest : ClarinetProject.find(Path.of("")).orElseThrow(() ->
                new FuzzException("no Clarinet.toml at or above " + Path.of("").toAbsolutePath()
                        + ": name one with manifest(..), or fuzz a file with ClarityFuzz.ofFile(..)"));
        if (!Files.isRegularFile(m)) {
            throw new FuzzException("no such manifest " + m);
        }
        try {
            return ClarinetProject.read(m);
        } catch (ProjectException e) {
            throw new FuzzException(e.getMessage());
        }
    }
}

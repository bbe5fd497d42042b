package io.clarity.fuzz;

import io.clarity.scenario.ScenarioReader;
import io.clarity.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of one property or invariant: how many calls ran, how many were discarded or
 * failed, and, when the test failed, the shrunk failure ({@link Failure}) with the scenario that
 * replays it ({@link #scenario}).
 */
public final class Outcome {

    /**
     * A failure, shrunk.
     *
     * @param reason what the test did at the end of the shrunk sequence ({@code returned false}, {@code returned (err u1)}, {@code runtime error: ...})
     * @param calls the shrunk sequence of calls
     * @param steps the scenario steps that replay it, after the chain's setup
     * @param run the run (0-based) where it was found
     * @param foundCalls how many calls the failing sequence had when it was found
     * @param replays how many replays shrinking took
     */
    public record Failure(String reason, List<Call> calls, List<String> steps, int run, int foundCalls, int replays) {
        public Failure {
            calls = List.copyOf(calls);
            steps = List.copyOf(steps);
        }
    }

    private final Fuzzer fuzzer;
    private final Fuzzer.Kind kind;
    private final String name;
    private final int callCount;
    private final int discarded;
    private final int failedCalls;
    private final Map<String, Integer> okCalls;
    private final Failure failure;
    private final String malformed;
    private final List<String> notes;
    /** What the scenario prints after the setup, once computed. */
    private List<String> transcript;

    private Outcome(Fuzzer fuzzer, Fuzzer.Kind kind, String name, int callCount, int discarded, int failedCalls,
                    Map<String, Integer> okCalls, Failure failure, String malformed, List<String> notes) {
        this.okCalls = Map.copyOf(okCalls);
        this.fuzzer = fuzzer;
        this.kind = kind;
        this.name = name;
        this.callCount = callCount;
        this.discarded = discarded;
        this.failedCalls = failedCalls;
        this.failure = failure;
        this.malformed = malformed;
        this.notes = List.copyOf(notes);
    }

    static Outcome passed(Fuzzer fuzzer, Fuzzer.Kind kind, String name, Fuzzer.Run run) {
        return new Outcome(fuzzer, kind, name, run.callCount(), run.discarded(), run.failedCalls(), run.okCalls(), null, null, List.of());
    }

    static Outcome failed(Fuzzer fuzzer, Fuzzer.Kind kind, String name, Fuzzer.Run found, int run, Fuzzer.Run shrunk, int replays) {
        Failure f = new Failure(shrunk.reason(), shrunk.made(), shrunk.steps(), run, found.failedAt(), replays);
        return new Outcome(fuzzer, kind, name, found.callCount(), found.discarded(), found.failedCalls(), found.okCalls(), f, null, List.of());
    }

    static Outcome malformed(Fuzzer fuzzer, Fuzzer.Kind kind, String name, String problem) {
        return new Outcome(fuzzer, kind, name, 0, 0, 0, Map.of(), null, problem, List.of());
    }

    Outcome withNote(String note) {
        List<String> n = new ArrayList<>(notes);
        n.add(note);
        return new Outcome(fuzzer, kind, name, callCount, discarded, failedCalls, okCalls, failure, malformed, n);
    }

    public Fuzzer.Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public long seed() {
        return fuzzer.seed();
    }

    /** The calls made (until the failure, if any). */
    public int callCount() {
        return callCount;
    }

    /** The property calls discarded (by {@code can-test-...}, by {@code (ok false)}, or refused). */
    public int discarded() {
        return discarded;
    }

    /** In an invariant run, the calls that returned {@code (err ..)} or failed. */
    public int failedCalls() {
        return failedCalls;
    }

    /** How many calls of each function returned {@code (ok ..)} ({@code (ok true)} for a property). */
    public Map<String, Integer> okCalls() {
        return okCalls;
    }

    public boolean passed() {
        return failure == null && malformed == null;
    }

    public Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }

    /** Why the test could not run (an invariant with parameters, ...), if so. */
    public Optional<String> malformed() {
        return Optional.ofNullable(malformed);
    }

    public List<String> notes() {
        return notes;
    }

    /** The file name of the scenario that replays the failure: {@code CONTRACT.TEST.scn}. */
    public String scenarioFileName() {
        return fuzzer.target().name() + "." + name + ".scn";
    }

    /**
     * The scenario that replays the failure, for a file in {@code dir} (contract files are named
     * relative to it): the chain's setup, then the shrunk calls, then the failing check.
     */
    public String scenario(Path dir) {
        if (failure == null) {
            throw new IllegalStateException(name + " did not fail");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# clarity fuzz: the ").append(kind).append(' ').append(name).append(" of ")
                .append(fuzzer.target().name()).append(' ').append(failure.reason()).append('\n');
        sb.append("# seed ").append(seed()).append(", shrunk to ").append(failure.calls().size())
                .append(failure.calls().size() == 1 ? " call" : " calls").append(" from ").append(failure.foundCalls())
                .append("; the last step shows the failure\n");
        sb.append("# tests: ").append(fuzzer.target().tests().getFileName()).append('\n');
        sb.append(fuzzer.target().setupScenario(dir));
        failure.steps().forEach(s -> sb.append(s).append('\n'));
        return sb.toString();
    }

    /** Writes {@link #scenario} to {@link #scenarioFileName} in {@code dir} (made if missing); returns the file. */
    public Path writeScenario(Path dir) throws IOException {
        Path file = dir.resolve(scenarioFileName());
        Files.createDirectories(dir);
        Files.writeString(file, scenario(dir));
        return file;
    }

    /**
     * What {@code clarity scenario} prints for the steps after the setup when it runs
     * {@link #scenario}: the shrunk calls with their results, then the failing check.
     */
    public List<String> transcript() {
        if (transcript == null) {
            transcript = replay();
        }
        return transcript;
    }

    private List<String> replay() {
        Path dir = fuzzer.target().setupDir();
        String setup = fuzzer.target().setupScenario(dir);
        int setupSteps = ScenarioReader.read(setup).size();
        List<String> lines = new ArrayList<>();
        int[] stepsDone = {0};
        int[] firstLine = {-1};
        ScenarioRunner runner = new ScenarioRunner(dir, null, lines::add).afterEachStep(s -> {
            stepsDone[0]++;
            if (stepsDone[0] == setupSteps) {
                firstLine[0] = lines.size();
            }
        });
        runner.run(scenario(dir));
        return List.copyOf(lines.subList(Math.max(0, firstLine[0]), lines.size()));
    }

    /** Whether the last step of the scenario's transcript shows the failure (it should). */
    public boolean replays() {
        List<String> t = transcript();
        for (int i = t.size() - 1; i >= 0; i--) {
            String line = t.get(i);
            if (line.startsWith(" ")) {
                continue;
            }
            if (line.contains(" !! ")) {
                return true;
            }
            return kind == Fuzzer.Kind.INVARIANT ? !line.endsWith(" => true")
                    : !line.endsWith(" => (ok true)") && !line.endsWith(" => (ok false)");
        }
        return false;
    }

    /** One line: {@code property test-add: passed, 100 calls (3 discarded)}, or the failure's headline. */
    public String summary() {
        String what = kind + " " + name + ": ";
        if (malformed != null) {
            return what + "cannot run: " + malformed;
        }
        if (failure != null) {
            return what + "FAILED: " + failure.reason() + " after " + count(failure.calls().size(), "call")
                    + " (shrunk from " + failure.foundCalls() + (kind == Fuzzer.Kind.INVARIANT ? ", run " + (failure.run() + 1) : "")
                    + ", in " + count(failure.replays(), "replay") + ")";
        }
        StringBuilder sb = new StringBuilder(what).append("passed, ").append(count(callCount, "call"));
        if (kind == Fuzzer.Kind.PROPERTY && discarded > 0) {
            boolean nonePassed = okCalls.getOrDefault(name, 0) == 0;
            sb.append(" (").append(discarded).append(" discarded").append(nonePassed ? ", none passed: nothing was tested" : "").append(')');
        }
        if (kind == Fuzzer.Kind.INVARIANT && failedCalls > 0) {
            sb.append(" (").append(failedCalls).append(" returned err or failed)");
        }
        return sb.toString();
    }

    /**
     * The summary, and for a failure the shrunk calls with their results as {@code clarity
     * scenario} prints them, indented (but the calls that keep the {@code context} map), then how to replay it: {@code scenarioFile} is where
     * {@link #scenario} was written.
     */
    public List<String> report(String scenarioFile) {
        List<String> out = new ArrayList<>();
        out.add(summary());
        notes.forEach(n -> out.add("  note: " + n));
        if (failure != null) {
            // the context's bookkeeping calls are in the scenario, but say nothing to a person
            String bookkeeping = "call " + fuzzer.target().name() + " " + Fuzzer.UPDATE_CONTEXT + " ";
            boolean skipping = false;
            for (String line : transcript()) {
                if (!line.startsWith(" ")) {
                    skipping = line.startsWith(bookkeeping);
                }
                if (!skipping) {
                    out.add("  " + line);
                }
            }
            if (!replays()) {
                out.add("  the scenario does not show the failure: please report this as a bug of the fuzzer");
            }
            out.add("  replay: clarity scenario " + scenarioFile);
        }
        return out;
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

package io.clarity.conformance;

import io.clarity.scenario.ScenarioReader;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.scenario.Step;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

/**
 * One run of one corpus scenario, compared step by step with a recorded transcript: a container
 * whose tests, one per step, are named {@code NAME:LINE} (the step's line in the scenario file) and
 * point at that line. The scenario runs only when its container does, so an exception while it runs
 * fails this scenario alone, as one test, and the rest of the corpus still runs.
 *
 * @param name the scenario's path relative to the corpus ({@code edges/printing.scn}), or another
 *     name for another run of it ({@code edges/printing.costs.scn}); the key in
 *     {@code known-failures.txt}
 * @param scenario the scenario file
 * @param transcript the oracle's recorded transcript to compare with
 * @param runner makes the runner for this run, writing its lines to the consumer it is given (the
 *     check sets the runner's {@link ScenarioRunner#afterEachStep} to tell the steps apart)
 * @param known the cases known to fail, checked both ways
 */
record ScenarioCheck(String name, Path scenario, Path transcript, Function<Consumer<String>, ScenarioRunner> runner,
        KnownFailures known) {

    /** The scenario's container, its tests made when it runs. */
    DynamicContainer container() {
        return DynamicContainer.dynamicContainer(name, scenario.toUri(), Stream.of(this).flatMap(ScenarioCheck::tests));
    }

    /** Runs the scenario and makes one test per step (one failing test when the run itself breaks). */
    Stream<DynamicTest> tests() {
        String text;
        List<String> recorded;
        try {
            text = Files.readString(scenario);
            recorded = Files.exists(transcript) ? Files.readAllLines(transcript) : null;
        } catch (IOException e) {
            return Stream.of(failing(name, scenario.toUri(), "cannot read " + name + " or its transcript: " + e, e));
        }
        List<Step> steps = ScenarioReader.read(text);
        List<String> lines = new ArrayList<>();
        List<Integer> stepEnds = new ArrayList<>();
        try {
            runner.apply(lines::add).afterEachStep(s -> stepEnds.add(lines.size())).run(text);
        } catch (RuntimeException | StackOverflowError e) {
            return Stream.of(broken(steps, stepEnds.size(), e));
        }
        List<List<String>> ours = new ArrayList<>();
        int start = 0;
        for (int end : stepEnds) {
            ours.add(lines.subList(start, end));
            start = end;
        }
        List<String> verdicts = recorded == null ? null
                : StepAlignment.mismatches(steps, ours, recorded);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String why = verdicts == null
                    ? "no recorded oracle transcript " + transcript.getFileName() + " (record it with scripts/record-conformance.sh)"
                    : verdicts.get(i);
            tests.add(DynamicTest.dynamicTest(caseName(step), source(step), () -> check(step, why)));
        }
        return tests.stream();
    }

    /** The one test of a run that threw: named after the step that was running. */
    private DynamicTest broken(List<Step> steps, int running, Throwable e) {
        if (running >= steps.size()) {
            return failing(name, scenario.toUri(), name + ": the run threw after its last step", e);
        }
        Step step = steps.get(running);
        return failing(caseName(step), source(step), caseName(step) + " " + step.echo()
                + "\nthe interpreter threw while running this step; the rest of the scenario did not run", e);
    }

    private static DynamicTest failing(String name, URI source, String message, Throwable cause) {
        return DynamicTest.dynamicTest(name, source, () -> {
            throw new AssertionError(message, cause);
        });
    }

    private void check(Step step, String why) {
        String caseName = caseName(step);
        String knownReason = known.reason(name, step.line());
        if (knownReason != null && why == null) {
            throw new AssertionError(caseName + " is listed in known-failures.txt (" + knownReason
                    + ") but now passes: remove it from the list");
        }
        if (knownReason == null && why != null) {
            throw new AssertionError(caseName + " " + step.echo() + "\n" + why);
        }
    }

    private String caseName(Step step) {
        return name + ":" + step.line();
    }

    /** The step's line in the scenario file, as a URI that IDEs open at that line. */
    private URI source(Step step) {
        return URI.create(scenario.toUri() + "?line=" + step.line());
    }
}

package io.clarity.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import io.clarity.scenario.ScenarioReader;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.scenario.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus without cost tracking ({@code --no-cost-tracking},
 * {@code Simnet.withoutCostTracking()}): every scenario runs on a chain with the free cost
 * tracker, and each step must match the oracle's transcript of the same run (one dynamic test per
 * step, by the rule of {@link TranscriptMatcher}).
 *
 * <p>Most scenarios print the same with and without tracking, and are compared with
 * {@code NAME.out}. Those whose outcome depends on the cost or memory limits, which the free
 * tracker does not enforce (as on the real VM), have the oracle's free run recorded beside them as
 * {@code NAME.free.out} by {@code scripts/record-conformance.sh}, and are compared with that.
 * Cases are named {@code free/PATH:step}.
 */
class FreeCostConformanceTest {

    /** The oracle's transcript without cost tracking where it differs from {@code NAME.out}. */
    static Path freeTranscript(Path scn) {
        return Path.of(scn.toString().replaceFirst("\\.scn$", ".free.out"));
    }

    @TestFactory
    Stream<DynamicNode> corpusWithoutCostTracking() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.walk(ConformanceTest.CORPUS)) {
            scenarios = files.filter(p -> p.toString().endsWith(".scn")).sorted().toList();
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path scn : scenarios) {
            nodes.add(scenario(scn));
        }
        return nodes.stream();
    }

    private static DynamicContainer scenario(Path scn) throws IOException {
        String relative = "free/" + ConformanceTest.CORPUS.relativize(scn).toString().replace('\\', '/');
        Path free = freeTranscript(scn);
        Path expectedFile = Files.exists(free) ? free : Path.of(scn.toString().replaceFirst("\\.scn$", ".out"));
        String text = Files.readString(scn);
        List<Step> steps = ScenarioReader.read(text);
        List<String> actualLines = new ArrayList<>();
        RuntimeException crash = null;
        try {
            new ScenarioRunner(scn.toAbsolutePath().getParent(), null, actualLines::add, false, false).run(text);
        } catch (RuntimeException e) {
            // an interpreter bug fails this scenario only
            crash = e;
        }
        if (crash != null) {
            RuntimeException thrown = crash;
            return DynamicContainer.dynamicContainer(relative, Stream.of(DynamicTest.dynamicTest("runs", () -> {
                throw thrown;
            })));
        }
        List<List<String>> actual = TranscriptMatcher.blocks(actualLines);
        List<List<String>> expected = TranscriptMatcher.blocks(Files.readAllLines(expectedFile));
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            int number = i + 1;
            Step step = steps.get(i);
            List<String> exp = i < expected.size() ? expected.get(i) : null;
            List<String> act = i < actual.size() ? actual.get(i) : null;
            tests.add(DynamicTest.dynamicTest(number + ": " + step.echo(), () -> {
                if (exp == null) {
                    fail("no recorded oracle output for step " + number + " of " + relative
                            + " (re-record with scripts/record-conformance.sh)");
                }
                String why = TranscriptMatcher.mismatch(step.echo(), exp, act);
                if (why != null) {
                    fail(relative + ":" + number + " " + why);
                }
            }));
        }
        return DynamicContainer.dynamicContainer(relative, tests);
    }
}

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
 * The conformance corpus: every scenario under {@code src/test/resources/conformance} runs on our
 * interpreter, and each step's transcript must match the oracle's recorded one (one dynamic test
 * per step). A scenario with a {@code NAME.costs.out} (recorded with the oracle's {@code --costs})
 * runs a second time with costs shown, and each step, its cost line included, must match that
 * too, by the same rule; those cases are named {@code NAME.costs.scn:step} in
 * {@code known-failures.txt}, where known failures are listed with reasons.
 */
class ConformanceTest {

    static final Path CORPUS = Path.of("src/test/resources/conformance");

    @TestFactory
    Stream<DynamicNode> corpus() throws IOException {
        KnownFailures known = KnownFailures.load(CORPUS.resolve("known-failures.txt"));
        List<Path> scenarios;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            scenarios = files.filter(p -> p.toString().endsWith(".scn")).sorted().toList();
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path scn : scenarios) {
            nodes.add(scenario(scn, known, false));
            if (Files.exists(costsTranscript(scn))) {
                nodes.add(scenario(scn, known, true));
            }
        }
        return nodes.stream();
    }

    static Path costsTranscript(Path scn) {
        return Path.of(scn.toString().replaceFirst("\\.scn$", ".costs.out"));
    }

    static DynamicContainer scenario(Path scn, KnownFailures known, boolean costs) throws IOException {
        String path = CORPUS.relativize(scn).toString().replace('\\', '/');
        String relative = costs ? path.replaceFirst("\\.scn$", ".costs.scn") : path;
        Path expectedFile = costs ? costsTranscript(scn) : Path.of(scn.toString().replaceFirst("\\.scn$", ".out"));
        String text = Files.readString(scn);
        List<Step> steps = ScenarioReader.read(text);
        List<String> actualLines = new ArrayList<>();
        new ScenarioRunner(scn.toAbsolutePath().getParent(), null, actualLines::add, costs, true).run(text);
        List<List<String>> actual = TranscriptMatcher.blocks(actualLines);
        List<List<String>> expected = Files.exists(expectedFile)
                ? TranscriptMatcher.blocks(Files.readAllLines(expectedFile)) : List.of();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            int number = i + 1;
            Step step = steps.get(i);
            List<String> exp = i < expected.size() ? expected.get(i) : null;
            List<String> act = i < actual.size() ? actual.get(i) : null;
            String knownReason = known.reason(relative, number);
            String name = number + ": " + abbreviate(step.echo());
            tests.add(DynamicTest.dynamicTest(name, () -> {
                if (exp == null) {
                    fail("no recorded oracle output for step " + number + " of " + relative
                            + " (re-record with scripts/record-conformance.sh)");
                }
                String why = TranscriptMatcher.mismatch(step.echo(), exp, act);
                if (knownReason != null && why == null) {
                    fail(relative + ":" + number + " is listed in known-failures.txt (" + knownReason
                            + ") but now passes: remove it from the list");
                }
                if (knownReason == null && why != null) {
                    fail(relative + ":" + number + " " + why);
                }
            }));
        }
        return DynamicContainer.dynamicContainer(relative, tests);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}

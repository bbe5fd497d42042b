package io.clarity.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.scenario.ScenarioReader;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.scenario.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus: every scenario under {@code src/test/resources/conformance} runs on our
 * interpreter, and each step's transcript must match the oracle's recorded one. Tests are grouped
 * by topic, then by scenario, with one test per step named {@code topic/NAME.scn:LINE} (see
 * {@link ScenarioCheck}). A scenario with a {@code NAME.costs.out} (recorded with the oracle's
 * {@code --costs}) runs a second time with costs shown, and each step, its cost line included, must
 * match that too; those cases are named {@code topic/NAME.costs.scn:LINE}, in the test report and
 * in {@code known-failures.txt}, where known failures are listed with reasons.
 */
class ConformanceTest {

    static final Path CORPUS = Path.of("src/test/resources/conformance");

    @TestFactory
    Stream<DynamicNode> corpus() throws IOException {
        KnownFailures known = KnownFailures.load(CORPUS.resolve("known-failures.txt"));
        Map<Path, List<Path>> topics = scenarios().stream()
                .collect(Collectors.groupingBy(Path::getParent, TreeMap::new, Collectors.toList()));
        return topics.entrySet().stream().map(topic -> DynamicContainer.dynamicContainer(
                name(topic.getKey()), topic.getKey().toUri(),
                topic.getValue().stream().flatMap(scn -> runs(scn, known))));
    }

    /** Every listed known failure names a step of a scenario of the corpus. */
    @Test
    void everyKnownFailureNamesAStep() throws IOException {
        KnownFailures known = KnownFailures.load(CORPUS.resolve("known-failures.txt"));
        Set<String> cases = new HashSet<>();
        for (Path scn : scenarios()) {
            for (Step step : ScenarioReader.read(Files.readString(scn))) {
                cases.add(name(scn) + ":" + step.line());
                cases.add(costsName(scn) + ":" + step.line());
                cases.add(FreeCostConformanceTest.freeName(scn) + ":" + step.line());
            }
        }
        assertThat(known.cases().stream().filter(c -> !cases.contains(c)).sorted())
                .as("cases in known-failures.txt that name no step").isEmpty();
    }

    /**
     * The corpus as one container per topic, each scenario made into a node by {@code run}
     * (given the scenario and the known failures): for the other runs of the corpus.
     */
    static Stream<DynamicNode> byTopic(BiFunction<Path, KnownFailures, DynamicNode> run) throws IOException {
        KnownFailures known = KnownFailures.load(CORPUS.resolve("known-failures.txt"));
        Map<Path, List<Path>> topics = scenarios().stream()
                .collect(Collectors.groupingBy(Path::getParent, TreeMap::new, Collectors.toList()));
        return topics.entrySet().stream().map(topic -> DynamicContainer.dynamicContainer(
                name(topic.getKey()), topic.getKey().toUri(),
                topic.getValue().stream().map(scn -> run.apply(scn, known))));
    }

    /** The corpus's scenario files, in order. */
    static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".scn")).sorted().toList();
        }
    }

    /** A scenario's (or a topic's) name: its path relative to the corpus, with forward slashes. */
    static String name(Path path) {
        return CORPUS.relativize(path).toString().replace('\\', '/');
    }

    /** The oracle's plain transcript of a scenario, {@code NAME.out}. */
    static Path transcript(Path scn) {
        return Path.of(scn.toString().replaceFirst("\\.scn$", ".out"));
    }

    /** The oracle's transcript of a scenario with costs shown, {@code NAME.costs.out}. */
    static Path costsTranscript(Path scn) {
        return Path.of(scn.toString().replaceFirst("\\.scn$", ".costs.out"));
    }

    static String costsName(Path scn) {
        return name(scn).replaceFirst("\\.scn$", ".costs.scn");
    }

    private static Stream<DynamicContainer> runs(Path scn, KnownFailures known) {
        Path dir = scn.toAbsolutePath().getParent();
        ScenarioCheck plain = new ScenarioCheck(name(scn), scn, transcript(scn),
                out -> new ScenarioRunner(dir, null, out, false, true), known);
        if (!Files.exists(costsTranscript(scn))) {
            return Stream.of(plain.container());
        }
        ScenarioCheck costs = new ScenarioCheck(costsName(scn), scn, costsTranscript(scn),
                out -> new ScenarioRunner(dir, null, out, true, true), known);
        return Stream.of(plain.container(), costs.container());
    }
}

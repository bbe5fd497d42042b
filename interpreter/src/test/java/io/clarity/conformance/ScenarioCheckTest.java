package io.clarity.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.scenario.ScenarioRunner;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance runner itself, on a small scenario in a temporary corpus: one test per step,
 * named after the step's line and pointing at it; a line deleted from the transcript fails that
 * step's test alone; an exception while a scenario runs fails that scenario alone, as one test;
 * the list of known failures is checked both ways.
 */
class ScenarioCheckTest {

    private static final String SCENARIO = """
            # three sums
            eval (+ 1 2)

            eval (+ 2 2)   ;; the second
            eval <<END
              (+ 3 3)
            END
            eval (+ 4 4)
            """;

    private static final List<String> TRANSCRIPT = List.of(
            "eval (+ 1 2) => 3", "eval (+ 2 2) => 4", "eval (+ 3 3) => 6", "eval (+ 4 4) => 8");

    @TempDir
    Path corpus;

    private Path scn;
    private Path out;

    @BeforeEach
    void writeScenario() throws IOException {
        Files.createDirectories(corpus.resolve("topic"));
        scn = Files.writeString(corpus.resolve("topic/sums.scn"), SCENARIO);
        out = corpus.resolve("topic/sums.out");
        Files.write(out, TRANSCRIPT);
    }

    private ScenarioCheck check(Function<Consumer<String>, ScenarioRunner> runner) throws IOException {
        return new ScenarioCheck("topic/sums.scn", scn, out, runner, KnownFailures.load(corpus.resolve("known-failures.txt")));
    }

    private ScenarioCheck check() throws IOException {
        return check(lines -> new ScenarioRunner(corpus, null, lines));
    }

    /** Runs a container's tests: each test's name, with its failure's message or null when it passed. */
    private static Map<String, String> run(DynamicContainer container) {
        Map<String, String> results = new LinkedHashMap<>();
        for (DynamicNode node : container.getChildren().toList()) {
            DynamicTest test = (DynamicTest) node;
            String failure = null;
            try {
                test.getExecutable().execute();
            } catch (Throwable t) {
                failure = String.valueOf(t.getMessage());
            }
            results.put(test.getDisplayName(), failure);
        }
        return results;
    }

    private static List<String> failed(Map<String, String> results) {
        return results.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
    }

    @Test
    void eachStepIsATestNamedAfterItsLineAndPointingAtIt() throws IOException {
        DynamicContainer container = check().container();
        assertThat(container.getDisplayName()).isEqualTo("topic/sums.scn");
        assertThat(container.getTestSourceUri()).contains(scn.toUri());
        List<DynamicNode> tests = check().container().getChildren().collect(Collectors.toList());
        assertThat(tests).extracting(DynamicNode::getDisplayName)
                .containsExactly("topic/sums.scn:2", "topic/sums.scn:4", "topic/sums.scn:5", "topic/sums.scn:8");
        assertThat(tests.get(1).getTestSourceUri()).contains(URI.create(scn.toUri() + "?line=4"));
        assertThat(failed(run(container))).isEmpty();
    }

    @Test
    void aDeletedTranscriptLineFailsThatStepAlone() throws IOException {
        List<String> oracle = new ArrayList<>(TRANSCRIPT);
        oracle.remove(1);
        Files.write(out, oracle);
        Map<String, String> results = run(check().container());
        assertThat(results).hasSize(4);
        assertThat(failed(results)).containsExactly("topic/sums.scn:4");
        assertThat(results.get("topic/sums.scn:4")).startsWith("topic/sums.scn:4 eval (+ 2 2)\n")
                .contains("no line for this step");
    }

    @Test
    void anExceptionWhileAScenarioRunsFailsThatScenarioAloneAsOneTest() throws IOException {
        List<Integer> runs = new ArrayList<>();
        ScenarioCheck breaking = check(lines -> {
            runs.add(1);
            return new ScenarioRunner(corpus, null, line -> {
                if (line.startsWith("eval (+ 3 3)")) {
                    throw new IllegalStateException("planted");
                }
                lines.accept(line);
            });
        });
        List<DynamicContainer> corpusOfTwo = List.of(breaking.container(), check().container());
        assertThat(runs).as("a scenario runs only when its container does").isEmpty();

        Map<String, String> broken = run(corpusOfTwo.get(0));
        assertThat(broken).containsOnlyKeys("topic/sums.scn:5");
        assertThat(broken.get("topic/sums.scn:5")).contains("eval (+ 3 3)").contains("threw while running this step");
        assertThat(failed(run(corpusOfTwo.get(1)))).as("the other scenario").isEmpty();
    }

    @Test
    void aListedCaseThatPassesFailsAndAListedCaseThatFailsPasses() throws IOException {
        Files.writeString(corpus.resolve("known-failures.txt"),
                "topic/sums.scn:2  listed but passes\ntopic/sums.scn:8  listed and fails\n");
        List<String> oracle = new ArrayList<>(TRANSCRIPT);
        oracle.set(3, "eval (+ 4 4) => 9");
        Files.write(out, oracle);
        Map<String, String> results = run(check().container());
        assertThat(failed(results)).containsExactly("topic/sums.scn:2");
        assertThat(results.get("topic/sums.scn:2")).contains("now passes: remove it from the list");
    }

    @Test
    void aScenarioWithoutATranscriptFailsEveryStepSayingSo() throws IOException {
        Files.delete(out);
        Map<String, String> results = run(check().container());
        assertThat(failed(results)).hasSize(4);
        assertThat(results.values()).allMatch(why -> why.contains("no recorded oracle transcript sums.out"));
    }
}

package io.clarity.conformance;

import io.clarity.scenario.ScenarioRunner;
import io.clarity.trace.StepRecorder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus with a step recorder listening to every execution (as
 * {@code clarity scenario --steps} runs it): each step must still match the oracle's transcript,
 * costs included where the corpus records them ({@code NAME.costs.out}), so that listening
 * changes neither a result, an event nor a cost, and the recorder meets no case it cannot
 * render (an exception of a listener is an interpreter bug, reported on the step's line).
 */
class StepsConformanceTest {

    @TestFactory
    Stream<DynamicNode> corpusWithStepsRecorded() throws IOException {
        return ConformanceTest.byTopic(StepsConformanceTest::run);
    }

    private static DynamicNode run(Path scn, KnownFailures known) {
        Path dir = scn.toAbsolutePath().getParent();
        boolean costs = Files.exists(ConformanceTest.costsTranscript(scn));
        return new ScenarioCheck(costs ? ConformanceTest.costsName(scn) : ConformanceTest.name(scn), scn,
                costs ? ConformanceTest.costsTranscript(scn) : ConformanceTest.transcript(scn), out -> {
                    ScenarioRunner runner = new ScenarioRunner(dir, null, out, costs, true);
                    runner.simnet().instrument(new StepRecorder());
                    return runner;
                }, known).container();
    }
}

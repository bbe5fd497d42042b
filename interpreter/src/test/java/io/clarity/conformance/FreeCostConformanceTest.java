package io.clarity.conformance;

import io.clarity.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus without cost tracking ({@code --no-cost-tracking},
 * {@code Simnet.withoutCostTracking()}): every scenario runs on a chain with the free cost
 * tracker, and each step must match the oracle's transcript of the same run, step by step as in
 * {@link ConformanceTest} (one test per step, named {@code topic/NAME.free.scn:LINE}).
 *
 * <p>Most scenarios print the same with and without tracking, and are compared with
 * {@code NAME.out}. Those whose outcome depends on the cost or memory limits, which the free
 * tracker does not enforce (as on the real VM), have the oracle's free run recorded beside them as
 * {@code NAME.free.out} by {@code scripts/record-conformance.sh}, and are compared with that.
 */
class FreeCostConformanceTest {

    /** The oracle's transcript without cost tracking where it differs from {@code NAME.out}. */
    static Path freeTranscript(Path scn) {
        return Path.of(scn.toString().replaceFirst("\\.scn$", ".free.out"));
    }

    /** A scenario's name in this run: {@code topic/NAME.free.scn}. */
    static String freeName(Path scn) {
        return ConformanceTest.name(scn).replaceFirst("\\.scn$", ".free.scn");
    }

    @TestFactory
    Stream<DynamicNode> corpusWithoutCostTracking() throws IOException {
        return ConformanceTest.byTopic(FreeCostConformanceTest::run);
    }

    private static DynamicNode run(Path scn, KnownFailures known) {
        Path dir = scn.toAbsolutePath().getParent();
        Path free = freeTranscript(scn);
        Path expected = Files.exists(free) ? free : ConformanceTest.transcript(scn);
        return new ScenarioCheck(freeName(scn), scn, expected,
                out -> new ScenarioRunner(dir, null, out, false, false), known).container();
    }
}

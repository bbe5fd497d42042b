package io.clarity.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Simnet;
import io.clarity.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A saved chain is the chain: every scenario of the conformance corpus runs twice, once as it is
 * and once with the chain written with {@link Simnet#serialize} and read back with
 * {@link Simnet#deserialize} after every step, and the two transcripts must be equal line for
 * line (values, events, heights, block information, at-block reads, error messages, and costs,
 * shown in both runs). Each read-back
 * chain must also write the very bytes it was read from.
 */
class SavedChainConformanceTest {

    @TestFactory
    Stream<DynamicTest> everyScenarioGoesOnAlikeAfterASaveAndALoadAtEveryStep() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.walk(ConformanceTest.CORPUS)) {
            scenarios = files.filter(p -> p.toString().endsWith(".scn")).sorted().toList();
        }
        return scenarios.stream().map(scn -> DynamicTest.dynamicTest(
                ConformanceTest.CORPUS.relativize(scn).toString().replace('\\', '/'), () -> {
                    String text = Files.readString(scn);
                    List<String> uninterrupted = run(scn, text, s -> { });
                    List<String> reloaded = run(scn, text, SavedChainConformanceTest::saveAndLoad);
                    assertThat(reloaded).as("the transcript with the chain saved and read back after every step")
                            .containsExactlyElementsOf(uninterrupted);
                }));
    }

    private static List<String> run(Path scn, String text, Consumer<Simnet> afterEachStep) {
        List<String> lines = new ArrayList<>();
        new ScenarioRunner(scn.toAbsolutePath().getParent(), null, lines::add, true, true).afterEachStep(afterEachStep)
                .run(text);
        return lines;
    }

    /** Replaces the chain's state with the one its saved bytes give back. */
    private static void saveAndLoad(Simnet s) {
        byte[] saved = s.serialize();
        Simnet loaded;
        try {
            loaded = Simnet.deserialize(saved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] again = loaded.serialize();
        assertThat(again).as("a chain read back writes the bytes it was read from").isEqualTo(saved);
        assertThat(loaded.accounts()).isEqualTo(s.accounts());
        s.restore(loaded.snapshot());
    }
}

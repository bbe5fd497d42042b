package io.clarity.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import io.clarity.error.ParseErrorKind;
import io.clarity.scenario.ScenarioReader;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.scenario.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every deploy the oracle refuses in the conformance corpus is refused by us with the kind the
 * oracle's message stands for ({@link OracleMessages}). The transcript rule compares only the
 * category of a deploy error; this test compares the kind.
 *
 * <p>The oracle prints the last of its diagnostics, so ours (all of them, joined with " / " on the
 * transcript line) are compared by their last. When the source does not parse, the simulator
 * still analyses what it could parse (with the bad part left out), so its last diagnostic can be
 * a consequence of the parse error, such as a define that lost an argument; we stop after the
 * parse errors instead. Where our last diagnostic is a parse error and the oracle's is an
 * analysis error, the case passes; otherwise the kinds must agree.
 */
class DeployKindsTest {

    private static final String DEPLOY_ERROR = " !! deploy error: ";

    @TestFactory
    Stream<DynamicNode> deployErrorKinds() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.walk(ConformanceTest.CORPUS)) {
            scenarios = files.filter(p -> p.toString().endsWith(".scn")).sorted().toList();
        }
        List<DynamicNode> tests = new ArrayList<>();
        for (Path scn : scenarios) {
            Path expectedFile = Path.of(scn.toString().replaceFirst("\\.scn$", ".out"));
            if (!Files.exists(expectedFile)) {
                continue;
            }
            List<List<String>> expected = TranscriptMatcher.blocks(Files.readAllLines(expectedFile));
            if (expected.stream().noneMatch(b -> b.get(0).contains(DEPLOY_ERROR))) {
                continue;
            }
            String text = Files.readString(scn);
            List<Step> steps = ScenarioReader.read(text);
            List<String> lines = new ArrayList<>();
            new ScenarioRunner(scn.toAbsolutePath().getParent(), null, lines::add).run(text);
            List<List<String>> actual = TranscriptMatcher.blocks(lines);
            String relative = ConformanceTest.CORPUS.relativize(scn).toString().replace('\\', '/');
            for (int i = 0; i < Math.min(steps.size(), expected.size()); i++) {
                String oracle = expected.get(i).get(0);
                int at = oracle.indexOf(DEPLOY_ERROR);
                if (at < 0 || !oracle.startsWith(steps.get(i).echo() + DEPLOY_ERROR)) {
                    continue;
                }
                String ours = i < actual.size() ? actual.get(i).get(0) : "";
                String message = oracle.substring(at + DEPLOY_ERROR.length());
                String name = relative + ":" + (i + 1);
                tests.add(DynamicTest.dynamicTest(name, () -> check(name, message, ours)));
            }
        }
        return tests.stream();
    }

    /** Fails unless {@code ours}, a transcript line, refuses the deploy with the kind the oracle's message means. */
    static void check(String name, String oracleMessage, String ours) {
        OracleMessages.Meaning oracle = OracleMessages.meaning(oracleMessage);
        if (oracle == null) {
            fail(name + ": no kind known for the oracle's message (add its shape to OracleMessages): " + oracleMessage);
        }
        int at = ours.indexOf(DEPLOY_ERROR);
        if (at < 0) {
            fail(name + ": we did not refuse the deploy: " + ours);
        }
        // our diagnostics, in order, joined with " / "; the oracle shows its last one
        String[] diagnostics = ours.substring(at + DEPLOY_ERROR.length()).split(" / ");
        String last = diagnostics[diagnostics.length - 1].replaceFirst("^runtime error: ", "");
        String kind = last.substring(0, Math.max(0, last.indexOf(':')));
        if (oracle.kinds().contains(kind)) {
            return;
        }
        boolean oursIsParse = Arrays.stream(ParseErrorKind.values()).anyMatch(k -> k.name().equals(kind));
        if (oursIsParse && !oracle.parse()) {
            return;
        }
        fail(name + ": kind " + kind + ", but the oracle's message means " + String.join(" or ", oracle.kinds())
                + "\n  oracle: " + oracleMessage + "\n  ours:   " + ours.substring(at + DEPLOY_ERROR.length()));
    }
}

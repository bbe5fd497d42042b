package io.clarity.testing;

import static io.clarity.testing.ClarityAssertions.assertThat;

import io.clarity.Simnet;
import io.clarity.version.Epoch;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ClarityUnitTestsTest {

    private static final Path CASES = Path.of("src/test/resources/testing/clarunit");

    /** The passing conventions, run as JUnit runs them. */
    @TestFactory
    Stream<DynamicNode> conventions() {
        return ClarityUnitTests.from(Simnet.inEpoch(Epoch.E3_2), CASES.resolve("passing"));
    }

    @Test
    void onlyPublicTestFunctionsOfTestContractsBecomeTests() {
        List<DynamicNode> nodes = ClarityUnitTests.from(Simnet.inEpoch(Epoch.E3_2), CASES.resolve("passing")).toList();
        assertThat(nodes).singleElement().satisfies(n -> {
            assertThat(n.getDisplayName()).isEqualTo("conventions_test");
            assertThat(((DynamicContainer) n).getChildren().map(DynamicNode::getDisplayName).toList()).containsExactly(
                    "test-prepare-ran: prepare ran once, in the test's own block",
                    "test-no-prepare",
                    "test-custom-prepare",
                    "test-default-caller-is-the-deployer",
                    "test-caller-by-name",
                    "test-caller-by-address: a caller given by address",
                    "test-blocks-after-prepare",
                    "test-blocks-without-prepare",
                    "test-state-does-not-leak");
        });
    }

    /** Runs every test of {@code dir}; the failure message of each, or "passed". */
    private static Map<String, String> outcomes(Path dir) {
        Map<String, String> out = new LinkedHashMap<>();
        ClarityUnitTests.from(Simnet.inEpoch(Epoch.E3_2), dir).forEach(node -> collect(node, out));
        return out;
    }

    private static void collect(DynamicNode node, Map<String, String> out) {
        if (node instanceof DynamicContainer c) {
            c.getChildren().forEach(child -> collect(child, out));
        } else if (node instanceof DynamicTest t) {
            try {
                t.getExecutable().execute();
                out.put(t.getDisplayName(), "passed");
            } catch (Throwable e) {
                assertThat(e.getStackTrace()).as("a Clarity test failure carries no Java stack").isEmpty();
                out.put(t.getDisplayName(), e.getMessage());
            }
        }
    }

    @Test
    void failuresSayWhatTheTestReturnedWithTheTrace() {
        Map<String, String> o = outcomes(CASES.resolve("failing"));
        assertThat(o.keySet()).containsExactly("broken_test", "test-returns-err", "test-returns-ok-false",
                "test-divides-by-zero", "test-with-parameter", "test-unknown-caller", "test-bad-block-count",
                "test-failing-prepare");
        assertThat(o.get("broken_test")).isEqualTo("the test contract does not deploy: TypeError: expected type 'int' "
                + "but found 'uint' at " + CASES.resolve("failing/broken_test.clar") + ":1:34\n"
                + "  = help: u1 is a uint; write 1 for an int (or convert with to-int)\n  = see: clarity explain TypeError");
        assertThat(o.get("test-returns-err")).startsWith(
                "test-returns-err returned (err \"the balance should be u5\"), expected (ok true)\n"
                + "(contract-call? 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.failures_test test-returns-err)");
        assertThat(o.get("test-returns-ok-false")).startsWith("test-returns-ok-false returned (ok false), expected (ok true)");
        assertThat(o.get("test-divides-by-zero")).startsWith("DivisionByZero: division by zero at failures_test:3:53\n  = see: clarity explain DivisionByZero\n")
                .contains("`-- !! DivisionByZero");
        assertThat(o.get("test-with-parameter")).isEqualTo("test-with-parameter: a test function takes no parameters");
        assertThat(o.get("test-unknown-caller")).startsWith("test-unknown-caller: @caller wallet_42 is neither an account");
        assertThat(o.get("test-bad-block-count"))
                .isEqualTo("test-bad-block-count: @mine-blocks-before needs a number of blocks, not \"many\"");
        assertThat(o.get("test-failing-prepare")).startsWith("prepare-fails returned (err u9), expected (ok true)");
    }
}

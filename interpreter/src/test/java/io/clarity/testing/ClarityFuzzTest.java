package io.clarity.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The fuzzer as JUnit dynamic tests: one per property or invariant. */
class ClarityFuzzTest {

    private static final Path DIR = Path.of("src/test/resources/fuzz");

    /** As a user writes it: the project's contract, its invariants as tests of this class. */
    @TestFactory
    Stream<DynamicTest> vaultInvariants() {
        return ClarityFuzz.of("vault").manifest(DIR.resolve("vault-project/Clarinet.toml")).seed(5).runs(10).invariants();
    }

    @TestFactory
    Stream<DynamicTest> vaultProperties() {
        return ClarityFuzz.of("vault").manifest(DIR.resolve("vault-project/Clarinet.toml")).seed(5).runs(30).properties();
    }

    @Test
    void oneDynamicTestPerInvariantAndProperty() {
        ClarityFuzz fuzz = ClarityFuzz.ofFile(DIR.resolve("counter.clar")).seed(1).runs(1).calls(1);
        assertThat(fuzz.invariants().map(DynamicTest::getDisplayName))
                .containsExactly("invariant-count-bounded", "invariant-count-is-uint");
        assertThat(fuzz.properties().map(DynamicTest::getDisplayName)).containsExactly("test-add");
        assertThat(fuzz.properties().findFirst().orElseThrow().getTestSourceUri()).contains(
                DIR.resolve("counter.tests.clar").toAbsolutePath().toUri());
    }

    @Test
    void aFailingInvariantFailsItsTestWithTheShrunkCallsTheSeedAndAScenario(@TempDir Path out) throws Throwable {
        List<DynamicTest> tests = ClarityFuzz.ofFile(DIR.resolve("counter.clar")).seed(7).runs(50).calls(20)
                .scenarioDir(out).invariants().toList();
        tests.get(1).getExecutable().execute();
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("invariant invariant-count-bounded: FAILED: returned false after 4 calls")
                .hasMessageContaining("\n  call counter lock as deployer => (ok true)\n")
                .hasMessageContaining("\n  read counter invariant-count-bounded => false\n")
                .hasMessageContaining("replay: clarity scenario " + out.resolve("counter.invariant-count-bounded.scn"))
                .hasMessageEndingWith("seed 7 (-Dclarity.fuzz.seed=7 runs the same again)")
                .hasNoCause();
        assertThat(out.resolve("counter.invariant-count-bounded.scn")).isRegularFile();
        assertThat(Files.readString(out.resolve("counter.invariant-count-bounded.scn")))
                .endsWith("read counter invariant-count-bounded\n");
    }

    @Test
    void aMissingTestsFileIsOneFailingTestThatSaysSo() {
        List<DynamicTest> tests = ClarityFuzz.ofFile(DIR.resolve("arith.clar")).tests(DIR.resolve("nothing.tests.clar"))
                .invariants().toList();
        assertThat(tests).hasSize(1);
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
                .hasMessage("the tests file " + DIR.resolve("nothing.tests.clar") + " does not exist");
    }

    @Test
    void aContractNotInTheProjectIsNamed() {
        List<DynamicTest> tests = ClarityFuzz.of("vaults").manifest(DIR.resolve("vault-project/Clarinet.toml"))
                .properties().toList();
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
                .hasMessageStartingWith("no contract vaults in ")
                .hasMessageEndingWith("(its contracts: token, vault)");
    }
}

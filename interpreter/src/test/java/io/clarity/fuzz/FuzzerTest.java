package io.clarity.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.project.ClarinetProject;
import io.clarity.project.ProjectException;
import io.clarity.support.SharedDir;
import io.clarity.value.UIntValue;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FuzzerTest {

    private static final Path DIR = Path.of("src/test/resources/fuzz");

    private static FuzzTarget target(String name) {
        return FuzzTarget.ofFile(DIR.resolve(name + ".clar"), null, Epoch.E3_2, null);
    }

    @Test
    void findsThePlantedBugAndShrinksItToASequenceWithNoCallToSpare() {
        Fuzzer fuzzer = new Fuzzer(target("counter"), 7, 50, 20);
        Outcome o = fuzzer.invariant("invariant-count-bounded");
        assertThat(o.passed()).isFalse();
        Outcome.Failure f = o.failure().orElseThrow();
        assertThat(f.reason()).isEqualTo("returned false");
        assertThat(f.calls()).hasSizeLessThanOrEqualTo(4);
        assertThat(f.calls().get(f.calls().size() - 1).function()).isEqualTo("increment");
        assertThat(f.calls()).extracting(Call::function).contains("lock");
        assertThat(f.calls()).extracting(Call::sender).containsOnly("deployer");
        // 1-minimal: without any one of its calls, the sequence no longer fails
        for (int i = 0; i < f.calls().size(); i++) {
            List<Call> fewer = new ArrayList<>(f.calls());
            fewer.remove(i);
            assertThat(fuzzer.execute(Fuzzer.Kind.INVARIANT, "invariant-count-bounded", fewer, true).failedAt())
                    .as("without call %d of %s", i, f.calls()).isEqualTo(-1);
        }
        assertThat(o.transcript()).last().isEqualTo("read counter invariant-count-bounded => false");
        assertThat(o.replays()).isTrue();
    }

    @Test
    void shrinksArgumentsToTheSimplestThatFail() {
        Outcome o = new Fuzzer(target("arith"), 11, 100, 1).property("test-safe-sub-not-above");
        Outcome.Failure f = o.failure().orElseThrow();
        assertThat(f.calls()).hasSize(1);
        assertThat(f.calls().get(0).args()).containsExactly(UIntValue.ZERO, UIntValue.ONE);
        assertThat(f.calls().get(0).sender()).isEqualTo("deployer");
        assertThat(f.reason()).isEqualTo("returned (err u1)");
        assertThat(o.transcript()).containsExactly("call arith test-safe-sub-not-above u0 u1 as deployer => (err u1)");
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        Outcome a = new Fuzzer(target("counter"), 12345, 30, 20).invariant("invariant-count-bounded");
        Outcome b = new Fuzzer(target("counter"), 12345, 30, 20).invariant("invariant-count-bounded");
        assertThat(a.failure()).isPresent();
        assertThat(b.failure()).isEqualTo(a.failure());
        assertThat(b.summary()).isEqualTo(a.summary());
        Outcome c = new Fuzzer(target("arith"), 99, 60, 1).property("test-div-floor");
        Outcome d = new Fuzzer(target("arith"), 99, 60, 1).property("test-div-floor");
        assertThat(d.summary()).isEqualTo(c.summary());
    }

    @Test
    void aCorrectContractPasses() {
        Fuzzer fuzzer = new Fuzzer(target("fixed-counter"), 3, 25, 20);
        Outcome inv = fuzzer.invariant("invariant-count-bounded");
        assertThat(inv.passed()).as(inv.summary()).isTrue();
        assertThat(inv.callCount()).isEqualTo(25 * 20);
        assertThat(inv.failedCalls()).isPositive();
        Outcome prop = fuzzer.property("test-add");
        assertThat(prop.passed()).as(prop.summary()).isTrue();
        assertThat(prop.callCount()).isEqualTo(25);
    }

    @Test
    void discardFunctionsAndOkFalseDiscard() {
        Fuzzer fuzzer = new Fuzzer(target("arith"), 5, 100, 1);
        Outcome div = fuzzer.property("test-div-floor");
        // the boundary d = 0 comes first: without the discard function it divides by zero
        assertThat(div.passed()).as(div.summary()).isTrue();
        assertThat(div.discarded()).isPositive();
        assertThat(div.callCount()).isEqualTo(100 - div.discarded());
        Outcome halve = fuzzer.property("test-halve-all");
        assertThat(halve.passed()).as(halve.summary()).isTrue();
        assertThat(halve.discarded()).isPositive();
        assertThat(halve.callCount()).isEqualTo(100);
    }

    @Test
    void theSeedContractKeepsInvariantsWrittenForIt() {
        Path seed = SharedDir.require().resolve("seed/compute-sharing.clar");
        FuzzTarget t = FuzzTarget.ofFile(seed, DIR.resolve("compute-sharing.tests.clar"), Epoch.E3_2, null);
        Fuzzer fuzzer = new Fuzzer(t, 42, 40, 20);
        assertThat(fuzzer.invariants()).containsExactly("invariant-job-ids-count-requests", "invariant-last-job-exists",
                "invariant-no-stx-without-funds");
        Outcome jobs = fuzzer.invariant("invariant-job-ids-count-requests");
        assertThat(jobs.passed()).as(jobs.summary()).isTrue();
        // the runs reached the contract's deeper states: providers registered, funds added, jobs requested
        assertThat(jobs.okCalls()).containsKeys("register-provider", "add-funds", "request-compute");
        for (String name : fuzzer.invariants()) {
            assertThat(fuzzer.invariant(name).passed()).as(name).isTrue();
        }
        Outcome funds = fuzzer.property("test-add-funds-counts");
        assertThat(funds.passed()).as(funds.summary()).isTrue();
        assertThat(funds.okCalls()).containsKey("test-add-funds-counts");
    }

    @Test
    void aPropertyWhoseCallsAreAllDiscardedSaysNothingWasTested() {
        Outcome o = new Fuzzer(target("arith"), 5, 3, 1).property("test-div-floor");
        // the first combinations of boundaries are (0, 0), (0, 1), (0, -1): only one has d > 0
        assertThat(o.okCalls().getOrDefault("test-div-floor", 0)).isEqualTo(1);
        Outcome none = new Fuzzer(target("arith"), 5, 1, 1).property("test-div-floor");
        assertThat(none.passed()).isTrue();
        assertThat(none.summary()).isEqualTo("property test-div-floor: passed, 0 calls (1 discarded, none passed: nothing was tested)");
    }

    @Test
    void traitReferencesNameContractsThatImplementTheTrait() {
        ClarinetProject project = read(DIR.resolve("vault-project/Clarinet.toml"));
        Fuzzer fuzzer = new Fuzzer(FuzzTarget.ofProject(project, "vault", DIR.resolve("minter.tests.clar")), 4, 40, 5);
        Outcome minted = fuzzer.property("test-any-minter-mints");
        assertThat(minted.passed()).as(minted.summary()).isTrue();
        assertThat(minted.okCalls().get("test-any-minter-mints")).isPositive();
        assertThat(minted.discarded()).isLessThan(40);
        Outcome nobody = fuzzer.invariant("invariant-true");
        assertThat(nobody.passed()).isTrue();
        assertThat(nobody.notes()).containsExactly("use-nobody is not called: no other contract of the chain implements a trait it takes");
        assertThat(nobody.okCalls()).doesNotContainKey("use-nobody");
    }

    private static ClarinetProject read(Path manifest) {
        try {
            return ClarinetProject.read(manifest);
        } catch (ProjectException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    @Test
    void invariantsWithParametersGetArgumentsAndDiscardFunctionsMustMatch(@TempDir Path tmp) throws IOException {
        Files.copy(DIR.resolve("arith.clar"), tmp.resolve("arith.clar"));
        Files.writeString(tmp.resolve("arith.tests.clar"), String.join("\n",
                "(define-read-only (invariant-below (n uint)) (< n u1000))",
                "(define-read-only (can-test-sub (a int)) true)",
                "(define-public (test-sub (a uint)) (ok true))", ""));
        Fuzzer fuzzer = new Fuzzer(FuzzTarget.ofFile(tmp.resolve("arith.clar"), null, Epoch.E3_2, null), 1, 5, 5);
        // each run draws the invariant's arguments, boundaries first: the third is the largest uint
        Outcome inv = fuzzer.invariant("invariant-below");
        assertThat(inv.failure()).isPresent();
        assertThat(inv.failure().get().calls()).isEmpty();
        assertThat(inv.transcript()).containsExactly("read arith invariant-below " + UIntValue.MAX_VALUE + " => false");
        assertThat(fuzzer.property("test-sub").summary())
                .isEqualTo("property test-sub: cannot run: can-test-sub must be a read-only function with the parameters of test-sub");
    }

    @Test
    void listsTheTestsByConvention() {
        Fuzzer fuzzer = new Fuzzer(target("counter"), 1, 1, 1);
        assertThat(fuzzer.invariants()).containsExactly("invariant-count-bounded", "invariant-count-is-uint");
        assertThat(fuzzer.properties()).containsExactly("test-add");
    }
}

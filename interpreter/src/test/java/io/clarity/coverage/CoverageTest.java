package io.clarity.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.eval.instrument.Attachment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line, function and branch counts of a contract that has every kind of branch, written as LCOV and checked. */
class CoverageTest {

    /** Line numbers matter: the expectations below name them. */
    static final String BRANCHY = """
            (define-data-var total uint u0)

            (define-public (check (n uint))
              (begin
                (asserts! (> n u0) (err u1))
                (if (and (> n u5) (< n u100))
                    (ok (var-set total (+ (var-get total) n)))
                    (ok false))))

            (define-read-only (pick (o (optional uint)))
              (default-to u7 o))

            (define-read-only (unused (r (response uint uint)))
              (match r
                v (ok v)
                e (err e)))

            (define-public (step (r (response uint uint)))
              (let ((v (try! r)) (w (unwrap! (some v) (err u9))))
                (ok (or (is-eq w u1) (is-eq w u2)))))
            """;

    @TempDir
    Path dir;

    /** Runs the calls of the expectations once on a fresh chain, counted by {@code coverage}. */
    private static void exercise(Coverage coverage) {
        Simnet simnet = new Simnet();
        try (Attachment a = simnet.instrument(coverage)) {
            simnet.deploy("branchy", BRANCHY);
            String w = "wallet_1";
            simnet.callPublic("branchy", "check", List.of(Cl.uint(0)), w);
            simnet.callPublic("branchy", "check", List.of(Cl.uint(10)), w);
            simnet.callPublic("branchy", "check", List.of(Cl.uint(3)), w);
            simnet.callReadOnly("branchy", "pick", List.of(Cl.some(Cl.uint(1))), w);
            simnet.callReadOnly("branchy", "pick", List.of(Cl.none()), w);
            simnet.callPublic("branchy", "step", List.of(Cl.ok(Cl.uint(2))), w);
            simnet.callPublic("branchy", "step", List.of(Cl.err(Cl.uint(4))), w);
        }
    }

    private FileCoverage report(Coverage coverage) throws IOException {
        List<FileCoverage> files = coverage.report(dir.resolve("sources"));
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    @Test
    void countsFunctionsLinesAndEveryArmOfEveryBranchingForm() throws IOException {
        Coverage coverage = new Coverage();
        exercise(coverage);
        FileCoverage f = report(coverage);
        assertThat(f.functions()).containsExactly(
                new FileCoverage.FunctionHits("check", 3, 3),
                new FileCoverage.FunctionHits("pick", 10, 2),
                new FileCoverage.FunctionHits("unused", 13, 0),
                new FileCoverage.FunctionHits("step", 18, 2));
        assertThat(f.branches()).containsExactly(
                // asserts!: went on twice, returned early once
                new FileCoverage.BranchHits(5, 0, 0, 2), new FileCoverage.BranchHits(5, 0, 1, 1),
                // if, then the and inside its condition (stopped at its first argument once, ran through once)
                new FileCoverage.BranchHits(6, 1, 0, 1), new FileCoverage.BranchHits(6, 1, 1, 1),
                new FileCoverage.BranchHits(6, 2, 0, 1), new FileCoverage.BranchHits(6, 2, 1, 0),
                new FileCoverage.BranchHits(6, 2, 2, 1),
                // default-to: some once, the default once
                new FileCoverage.BranchHits(11, 3, 0, 1), new FileCoverage.BranchHits(11, 3, 1, 1),
                // match never ran: '-'
                new FileCoverage.BranchHits(14, 4, 0, -1), new FileCoverage.BranchHits(14, 4, 1, -1),
                // try! went on once and returned once; unwrap! (after try! went on) went on; or stopped at its second
                new FileCoverage.BranchHits(19, 5, 0, 1), new FileCoverage.BranchHits(19, 5, 1, 1),
                new FileCoverage.BranchHits(19, 6, 0, 1), new FileCoverage.BranchHits(19, 6, 1, 0),
                new FileCoverage.BranchHits(20, 7, 0, 0), new FileCoverage.BranchHits(20, 7, 1, 1),
                new FileCoverage.BranchHits(20, 7, 2, 0));
        assertThat(f.lines()).containsEntry(4, 3L).containsEntry(5, 3L).containsEntry(6, 2L).containsEntry(7, 1L)
                .containsEntry(8, 1L).containsEntry(11, 2L).containsEntry(14, 0L).containsEntry(15, 0L)
                .containsEntry(16, 0L).containsEntry(19, 2L).containsEntry(20, 1L)
                .doesNotContainKeys(1, 2, 3, 9, 10, 12, 13, 17, 18);
    }

    @Test
    void theLcovFileKeepsEveryRuleAndAddsUpAcrossRuns() throws IOException {
        Path lcov = dir.resolve("lcov.info");
        Coverage first = new Coverage();
        exercise(first);
        Lcov.write(lcov, first.report(dir.resolve("sources")));
        String once = Files.readString(lcov);
        assertThat(LcovCheck.faults(once)).isEmpty();
        assertThat(once).contains("BRDA:5,0,1,1\n", "FN:13,unused\n", "FNDA:0,unused\n", "BRDA:14,4,0,-\n",
                "FNF:4\nFNH:3\n", "end_of_record\n");

        Coverage second = new Coverage();
        exercise(second);
        Lcov.write(lcov, second.report(dir.resolve("sources")));
        String twice = Files.readString(lcov);
        assertThat(LcovCheck.faults(twice)).isEmpty();
        assertThat(twice).contains("FNDA:6,check\n", "BRDA:5,0,1,2\n", "DA:5,6\n", "BRDA:14,4,0,-\n");
        assertThat(Lcov.parse(twice, "lcov.info")).singleElement()
                .isEqualTo(report(first).plus(report(second)));
    }

    @Test
    void aContractWithAKnownFileIsReportedUnderIt() throws IOException {
        Path file = dir.resolve("branchy.clar");
        Files.writeString(file, BRANCHY);
        Coverage coverage = new Coverage();
        coverage.locate(BRANCHY, file);
        exercise(coverage);
        assertThat(report(coverage).path()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(dir.resolve("sources")).doesNotExist();
    }

    @Test
    void snippetsWithoutFunctionsAreNotReported() throws IOException {
        Coverage coverage = new Coverage();
        Simnet simnet = new Simnet();
        simnet.instrument(coverage);
        simnet.evaluate("(+ 1 (if true 2 3))", simnet.deployer());
        assertThat(coverage.report(dir.resolve("sources"))).isEmpty();
    }
}

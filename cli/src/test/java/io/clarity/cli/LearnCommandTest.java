package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.cli.console.Style;
import io.clarity.cli.learn.Lesson;
import io.clarity.cli.learn.Lessons;
import io.clarity.cli.learn.Tour;
import io.clarity.cli.repl.PlainLines;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clarity learn} run through {@link Main}, with answers piped in as a test (or a person) would. */
class LearnCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsTheLessons() {
        CliRunner.Result r = CliRunner.runIn(dir, "", "learn", "--list");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(Lessons.load().listing());
        assertThat(r.out().lines()).hasSize(Lessons.load().all().size())
                .anySatisfy(l -> assertThat(l).matches(" +1 +values +Values and types"))
                .anySatisfy(l -> assertThat(l).matches(" +10 +rollback +Rollback, and why withdraw-earnings returns \\(err u2\\)"));
    }

    @Test
    void aWrongAnswerIsRefusedWithAHintThenTheRightOneIsAccepted() {
        CliRunner.Result r = CliRunner.runIn(dir, "(* 25 4)\n(* u25 u4)\n", "learn", "values");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Lesson 1 of 10: Values and types")
                // the examples ran live: their results are printed
                .contains(">> (+ 1 2)\n3\n")
                .contains(">> (to-int u7)\n7\n")
                .contains(">> (- u0 u1)\n!! runtime error: ArithmeticUnderflow")
                .contains("answer> (* 25 4)\nNot yet: your answer gave 100, which is not what was asked\n"
                        + "hint: Every number in the expression must be a uint: write u25, not 25.\n")
                .contains("answer> (* u25 u4)\nCorrect!\n")
                .doesNotContain("That was the last lesson");
        assertThat(r.out().indexOf("Correct!")).isGreaterThan(r.out().indexOf("Not yet"));
    }

    @Test
    void anAnswerThatFailsShowsTheErrorAndTheHintsGoOn() {
        CliRunner.Result r = CliRunner.runIn(dir, "(* u25 4)\n(*)\n:hint\n:solution\n:skip\n", "learn", "1");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("answer> (* u25 4)\nNot yet: your answer failed: eval error: ")
                .contains("hint: Every number in the expression must be a uint")
                .contains("hint: (* a b) multiplies: (* u25 u4).")
                .contains("answer> :solution\n  (* u25 u4)\n")
                .contains("answer> :skip\nSkipped. A solution:\n  (* u25 u4)\n");
    }

    @Test
    void aDefinitionIsCheckedByTheLessonsChecks() {
        CliRunner.Result r = CliRunner.runIn(dir,
                "(define-read-only (safe-div (a uint) (b uint)) (ok (/ a b)))\n"
                        + "(define-read-only (safe-div (a uint) (b uint))\n  (if (is-eq b u0) (err u1) (ok (/ a b))))\n",
                "learn", "responses");
        assertThat(r.out()).contains("Not yet: (safe-div u1 u0) failed: runtime error: DivisionByZero")
                .contains("where it should give (err u1)")
                .containsOnlyOnce("Correct!");
    }

    @Test
    void theWholeTourRunsWhenEveryExerciseIsSkipped() {
        int lessons = Lessons.load().all().size();
        String input = ":skip\n" + "\n:skip\n".repeat(lessons - 1);
        CliRunner.Result r = CliRunner.runIn(dir, input, "learn");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("A guided tour of Clarity, in " + lessons + " short lessons.")
                .contains("Lesson " + lessons + " of " + lessons)
                .endsWith("That was the last lesson. `clarity learn --list` lists them all; `clarity repl` is the place to try more.\n");
        for (Lesson l : Lessons.load().all()) {
            assertThat(r.out()).contains("Lesson " + l.number() + " of " + lessons + ": " + l.title());
        }
        assertThat(r.out()).doesNotContain("internal error").doesNotContain("scenario error");
    }

    @Test
    void quittingOrTheEndOfInputStopsAndSaysWhereToGoOn() {
        CliRunner.Result quit = CliRunner.runIn(dir, "u1\nquit\n", "learn", "8");
        assertThat(quit.status()).isZero();
        assertThat(quit.out()).contains("Correct!").contains("next> quit\nStopped. `clarity learn 9` goes on from there.");
        CliRunner.Result eof = CliRunner.runIn(dir, "", "learn", "2");
        assertThat(eof.out()).contains("(end of input)\nStopped. `clarity learn 2` starts this lesson again.")
                .doesNotContain("Lesson 3");
    }

    @Test
    void anUnknownLessonIsAUsageError() {
        CliRunner.Result r = CliRunner.runIn(dir, "", "learn", "99");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("clarity learn: no lesson 99; the lessons are:\n").contains("rollback");
        assertThat(CliRunner.runIn(dir, "", "learn", "rollback", "--seed", "nowhere.clar").err())
                .isEqualTo("clarity learn: no such file nowhere.clar (--seed)\n");
    }

    @Test
    void theRollbackLessonRunsTheSeedGivenWithSeed() {
        Path seed = SharedSeed.computeSharing();
        CliRunner.Result r = CliRunner.runIn(dir, ":skip\n", "learn", "rollback", "--seed", seed.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains(">> call compute-sharing withdraw-earnings as wallet_1\n(err u2)\n")
                .contains(">> read compute-sharing get-provider-data wallet_1\n(some { earnings: u1000, price-per-unit: u10, resources: u1000 })")
                .contains(">> stx-balance compute-sharing\nu5000\n")
                .doesNotContain("was not found").doesNotContain("recorded on the real VM");
    }

    @Test
    void theSeedMayHaveAnotherNameInAFolderWithABlank() throws java.io.IOException {
        Path copy = dir.resolve("my seeds").resolve("seed.clar");
        java.nio.file.Files.createDirectories(copy.getParent());
        java.nio.file.Files.copy(SharedSeed.computeSharing(), copy);
        CliRunner.Result r = CliRunner.runIn(dir, ":skip\n", "learn", "rollback", "--seed", "my seeds/seed.clar");
        assertThat(r.out()).contains(">> call compute-sharing withdraw-earnings as wallet_1\n(err u2)\n")
                .doesNotContain("scenario error");
    }

    @Test
    void theSeedIsFoundThroughClarityShared() {
        Path shared = SharedSeed.computeSharing().getParent().getParent();
        CliRunner.Result r = CliRunner.runIn(CliRunner.environment(dir, ":skip\n", Map.of("CLARITY_SHARED", shared.toString()), false),
                null, "learn", "rollback");
        assertThat(r.out()).contains(">> call compute-sharing withdraw-earnings as wallet_1\n(err u2)\n");
    }

    @Test
    void withoutTheSeedItsStepsShowTheRecordedResults() {
        Lesson rollback = Lessons.load().find("rollback").orElseThrow();
        StringWriter out = new StringWriter();
        PlainLines in = new PlainLines(new BufferedReader(new StringReader(":skip\n")));
        new Tour(new PrintWriter(out, true), new Style(false), in, true, null, 10).run(java.util.List.of(rollback));
        assertThat(out.toString()).contains("The seed contract compute-sharing.clar was not found")
                .contains(">> call compute-sharing withdraw-earnings as wallet_1\n(err u2) (recorded on the real VM)\n")
                // the lesson's own contract still runs live
                .contains(">> call piggy save u500 as wallet_1\n(err u1)\n")
                .contains(">> (stx-transfer? u1 tx-sender tx-sender)\n(err u2)\n");
    }
}

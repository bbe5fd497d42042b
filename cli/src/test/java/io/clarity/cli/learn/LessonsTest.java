package io.clarity.cli.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.clarity.Snapshot;
import io.clarity.cli.SharedSeed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs every lesson on this interpreter: each example gives the result (and the events and costs)
 * that the lesson states, which scripts/record-lessons.mjs recorded on the real VM; each
 * exercise accepts its reference solution and refuses each of its wrong answers.
 */
class LessonsTest {

    private static final Path SOURCES = Path.of("src/main/resources/lessons");
    private static final Path RECORDED = Path.of("src/test/resources/lessons");

    @Test
    void theIndexListsEveryLessonFileInOrder() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(SOURCES)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        }
        assertThat(Lessons.load().all()).extracting(l -> String.format("%02d-%s.md", l.number(), l.name()))
                .containsExactlyElementsOf(files);
        assertThat(Lessons.load().all()).extracting(Lesson::number).isSorted().doesNotHaveDuplicates();
    }

    @TestFactory
    Stream<DynamicTest> everyLessonRunsAsRecorded() {
        return Lessons.load().all().stream().map(lesson -> dynamicTest(lesson.number() + " " + lesson.name(), () -> run(lesson)));
    }

    private static void run(Lesson lesson) throws IOException {
        String base = String.format("%02d-%s", lesson.number(), lesson.name());
        // the recorder wrote the scenario it ran: the Java reader must make the same one
        assertThat(lesson.scenario()).as("scenario of " + base + " (run scripts/record-lessons.mjs)")
                .isEqualTo(Files.readString(RECORDED.resolve(base + ".scn"), StandardCharsets.UTF_8));
        assertStatedAsRecorded(lesson, Files.readString(RECORDED.resolve(base + ".out"), StandardCharsets.UTF_8));
        boolean seed = lesson.parts().stream().anyMatch(p -> p instanceof Lesson.Example e && e.needsSeed());
        LessonChain chain = new LessonChain(lesson, seed ? SharedSeed.computeSharing() : null);
        List<Executable> checks = new ArrayList<>();
        int examples = 0;
        int exercises = 0;
        for (Lesson.Part part : lesson.parts()) {
            if (part instanceof Lesson.Example e) {
                examples++;
                assertThat(e.stated()).as("recorded result of " + e.step()).isNotNull();
                LessonChain.Outcome o = chain.run(e.step());
                checks.add(() -> assertThat(LessonChain.agrees(e.stated(), o.stated(), true))
                        .as(e.step() + "\n  recorded: " + e.stated() + "\n  ours:     " + o.stated()).isTrue());
            } else if (part instanceof Lesson.Exercise x) {
                exercises++;
                Snapshot before = chain.snapshot();
                String verdict = Verdicts.judge(chain, x, x.solution());
                chain.restore(before);
                checks.add(() -> assertThat(verdict).as("the solution of: " + x.task()).isNull());
                assertThat(x.wrong()).as("wrong answers of: " + x.task()).isNotEmpty();
                assertThat(x.hints()).isNotEmpty();
                for (String wrong : x.wrong()) {
                    String refusal = Verdicts.judge(chain, x, wrong);
                    chain.restore(before);
                    checks.add(() -> assertThat(refusal).as("the wrong answer " + wrong).isNotNull());
                }
            }
        }
        assertThat(examples).as("examples of " + base).isGreaterThanOrEqualTo(3);
        assertThat(exercises).as("exercises of " + base).isGreaterThanOrEqualTo(1);
        assertAll(checks);
    }

    /** What the lesson states is, line for line, the oracle's transcript kept beside its scenario (never edited by hand). */
    private static void assertStatedAsRecorded(Lesson lesson, String transcript) {
        List<List<String>> blocks = new ArrayList<>();
        for (String line : transcript.split("\n")) {
            if (line.startsWith("  ") && !blocks.isEmpty()) {
                blocks.get(blocks.size() - 1).add(line.strip());
            } else if (!line.isEmpty()) {
                blocks.add(new ArrayList<>(List.of(line)));
            }
        }
        List<String> steps = new ArrayList<>();
        List<Lesson.Stated> stated = new ArrayList<>();
        for (Lesson.Part p : lesson.parts()) {
            if (p instanceof Lesson.Example e) {
                steps.add(e.step());
                stated.add(e.stated());
            } else if (p instanceof Lesson.Exercise x) {
                for (Lesson.Check c : x.checks()) {
                    steps.add(LessonReader.answerStep(x.solution(), c.expression()));
                    stated.add(c.stated());
                }
            }
        }
        assertThat(blocks).as("results recorded for " + lesson.name()).hasSameSizeAs(steps);
        for (int i = 0; i < steps.size(); i++) {
            String echo = io.clarity.scenario.ScenarioReader.read(steps.get(i)).get(0).echo();
            Lesson.Stated s = stated.get(i);
            String head = echo + (s.failed() ? " " + s.result() : " => " + s.result());
            assertThat(blocks.get(i)).as("the oracle's result of " + steps.get(i))
                    .containsExactlyElementsOf(Stream.concat(Stream.of(head), s.extra().stream()).toList());
        }
    }

    @Test
    void theRollbackLessonRunsTheSeedsWithdrawEarnings() {
        Lesson rollback = Lessons.load().find("rollback").orElseThrow();
        List<Lesson.Example> seedSteps = rollback.parts().stream()
                .filter(p -> p instanceof Lesson.Example e && e.needsSeed()).map(Lesson.Example.class::cast).toList();
        assertThat(seedSteps).filteredOn(e -> e.step().equals("call compute-sharing withdraw-earnings as wallet_1"))
                .singleElement().extracting(e -> e.stated().result()).isEqualTo("(err u2)");
        LessonChain chain = new LessonChain(rollback, SharedSeed.computeSharing());
        String withdraw = null;
        for (Lesson.Part p : rollback.parts()) {
            if (p instanceof Lesson.Example e) {
                LessonChain.Outcome o = chain.run(e.step());
                if (e.step().contains("withdraw-earnings")) {
                    withdraw = o.stated().result();
                }
            }
        }
        assertThat(withdraw).isEqualTo("(err u2)");
    }

    @Test
    void lessonsAreFoundByNumberNameOrAPrefixOfOne() {
        Lessons lessons = Lessons.load();
        assertThat(lessons.find("3")).map(Lesson::name).contains("data");
        assertThat(lessons.find("ROLLBACK")).map(Lesson::number).contains(10);
        assertThat(lessons.find("trai")).map(Lesson::name).contains("traits");
        assertThat(lessons.find("99")).isEmpty();
        assertThat(lessons.find("nothing")).isEmpty();
    }

    @Test
    void failuresAgreeByCategoryAndBareKind() {
        Lesson.Stated vm = new Lesson.Stated("!! runtime error: ArithmeticUnderflow", List.of());
        assertThat(LessonChain.agrees(vm, new Lesson.Stated("!! runtime error: ArithmeticUnderflow: u0 - u1 at 1:1", List.of()), true)).isTrue();
        assertThat(LessonChain.agrees(vm, new Lesson.Stated("!! runtime error: DivisionByZero", List.of()), true)).isFalse();
        assertThat(LessonChain.agrees(vm, new Lesson.Stated("u0", List.of()), true)).isFalse();
        Lesson.Stated check = new Lesson.Stated("!! eval error: use of unresolved variable 'x'", List.of());
        assertThat(LessonChain.agrees(check, new Lesson.Stated("!! eval error: UndefinedVariable: x", List.of()), true)).isTrue();
        assertThat(LessonChain.agrees(check, new Lesson.Stated("!! runtime error: x", List.of()), true)).isFalse();
        Lesson.Stated value = new Lesson.Stated("(ok true)", List.of("print_event x"));
        assertThat(LessonChain.agrees(value, new Lesson.Stated("(ok true)", List.of()), true)).isFalse();
        assertThat(LessonChain.agrees(value, new Lesson.Stated("(ok true)", List.of()), false)).isTrue();
    }
}

package io.clarity.cli.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The lesson format: what it reads, and the line it names when a file breaks it. */
class LessonReaderTest {

    private static final String LESSON = """
            # A title
            costs: shown

            Some prose
            on two lines.

            >> (+ 1 2)
            => 3

            >> deploy-inline c
            .. (define-data-var n uint u0)
            => deployed 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c (clarity 3, epoch 3.2)
            ~~ costs runtime=1

            >> (let ((a 1))
            ..   (+ a 1))
            !! eval error: something

            exercise: Do it,
            well.
            solution: (define-read-only (f) u1)
            check: (f)
            => u1
            wrong: (define-read-only (f) u2)
            hint: one
            hint: two,
            continued
            """;

    @Test
    void readsProseExamplesResultsAndExercises() {
        Lesson l = LessonReader.read("07-some-name.md", LESSON);
        assertThat(l.number()).isEqualTo(7);
        assertThat(l.name()).isEqualTo("some-name");
        assertThat(l.title()).isEqualTo("A title");
        assertThat(l.showsCosts()).isTrue();
        assertThat(l.parts()).hasSize(5);
        assertThat(l.parts().get(0)).isEqualTo(new Lesson.Prose("Some prose\non two lines."));
        Lesson.Example deploy = (Lesson.Example) l.parts().get(2);
        assertThat(deploy.step()).isEqualTo("deploy-inline c <<END\n(define-data-var n uint u0)\nEND");
        assertThat(deploy.stated().extra()).containsExactly("costs runtime=1");
        Lesson.Example let = (Lesson.Example) l.parts().get(3);
        assertThat(let.step()).isEqualTo("eval <<END\n(let ((a 1))\n  (+ a 1))\nEND");
        assertThat(let.stated().failed()).isTrue();
        Lesson.Exercise x = (Lesson.Exercise) l.parts().get(4);
        assertThat(x.task()).isEqualTo("Do it,\nwell.");
        assertThat(x.checks()).containsExactly(new Lesson.Check("(f)", new Lesson.Stated("u1", java.util.List.of())));
        assertThat(x.hints()).containsExactly("one", "two,\ncontinued");
        assertThat(l.scenario()).endsWith("eval (+ 1 2)\ndeploy-inline c <<END\n(define-data-var n uint u0)\nEND\n"
                + "eval <<END\n(let ((a 1))\n  (+ a 1))\nEND\neval <<END\n(define-read-only (f) u1)\n(f)\nEND\n");
    }

    @Test
    void anAnswerWithATagLineGetsAnotherTag() {
        assertThat(LessonReader.answerStep("(+ 1\nEND\n)", null)).isEqualTo("eval <<END_\n(+ 1\nEND\n)\nEND_");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no title|x.md:0: a lesson file is named NN-name.md|x.md",
        "prose|01-a.md:1: a lesson starts with its title: # Title|01-a.md",
        "# T\\n.. x|01-a.md:2: a '..' line continues the code|01-a.md",
        "# T\\n=> 3|01-a.md:2: a result follows the code|01-a.md",
        "# T\\nexercise: t\\nhint: h|01-a.md:3: an exercise needs a solution:|01-a.md",
        "# T\\nexercise: t\\nsolution: 1\\n\\nstray|01-a.md:5: inside an exercise, a line is a key|01-a.md",
        "# T\\nexercise: t\\nsolution: 1\\nhint: h\\n>> 1|01-a.md:5: examples come before the exercises|01-a.md",
    })
    void aBrokenLessonNamesItsLine(String text, String message, String file) {
        assertThatThrownBy(() -> LessonReader.read(file, text.replace("\\n", "\n")))
                .isInstanceOf(LessonReader.LessonException.class).hasMessageStartingWith(message);
    }
}

package io.clarity.cli.learn;

import java.util.List;

/**
 * One lesson of the tour: its number and name (from its file, {@code 03-data.md} is lesson 3,
 * {@code data}), its title, and its parts in the order they are shown.
 *
 * @param showsCosts whether its calls are shown with their costs (the oracle's {@code --costs})
 */
public record Lesson(int number, String name, String title, boolean showsCosts, List<Part> parts) {

    public Lesson {
        parts = List.copyOf(parts);
    }

    /** What a lesson is made of. */
    public sealed interface Part {
    }

    /** A paragraph of explanation, printed as written. */
    public record Prose(String text) implements Part {
    }

    /**
     * A result as the real VM gave it (recorded by {@code scripts/record-lessons.mjs}): the
     * transcript's result ({@code u3}, {@code (ok true)}) or failure ({@code !! eval error: ...}),
     * and the indented lines that followed (events, costs).
     */
    public record Stated(String result, List<String> extra) {

        public Stated {
            extra = List.copyOf(extra);
        }

        /** Whether the VM refused the step ({@code !! category: message}). */
        public boolean failed() {
            return result.startsWith("!! ");
        }
    }

    /**
     * An example: Clarity code ({@code (+ 1 2)}) or a scenario step ({@code call counter
     * increment as wallet_1}) as the lesson shows it, the scenario step it runs as, and the result
     * the lesson states (null until recorded).
     *
     * @param shown the lines as the lesson writes them, the first after {@code >> }
     */
    public record Example(List<String> shown, String step, Stated stated) implements Part {

        public Example {
            shown = List.copyOf(shown);
        }

        /** Whether it needs the seed contract ({@code compute-sharing.clar}) to run. */
        public boolean needsSeed() {
            return step.contains("compute-sharing");
        }
    }

    /**
     * An exercise: the task, the reference solution, the checks run after an answer (each with
     * the result the reference solution gave on the real VM), wrong answers that must be refused
     * (for the tests), and hints given one more at each wrong answer.
     */
    public record Exercise(String task, String solution, List<Check> checks, List<String> wrong, List<String> hints)
            implements Part {

        public Exercise {
            checks = List.copyOf(checks);
            wrong = List.copyOf(wrong);
            hints = List.copyOf(hints);
        }
    }

    /**
     * One check of an exercise: an expression evaluated after the answer (null: the answer's own
     * value is the result), and the result stated for the reference solution.
     */
    public record Check(String expression, Stated stated) {
    }

    /** The scenario that the real VM runs to record what the lesson states, one step per example and check. */
    public String scenario() {
        StringBuilder s = new StringBuilder();
        s.append("# Lesson ").append(number).append(": ").append(title).append('\n');
        s.append("# Generated from the lesson by scripts/record-lessons.mjs; do not edit.\n");
        for (Part p : parts) {
            if (p instanceof Example e) {
                s.append(e.step()).append('\n');
            } else if (p instanceof Exercise x) {
                for (Check c : x.checks()) {
                    s.append(LessonReader.answerStep(x.solution(), c.expression())).append('\n');
                }
            }
        }
        return s.toString();
    }
}

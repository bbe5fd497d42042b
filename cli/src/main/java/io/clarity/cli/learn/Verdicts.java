package io.clarity.cli.learn;

/** Decides whether an answer to an exercise is right, by running its checks and comparing with the real VM's results. */
final class Verdicts {

    private Verdicts() {
    }

    /**
     * Runs {@code answer} and each check of {@code x} after it on {@code chain} (which the caller
     * puts back afterwards); null when every result is the one the reference solution gave on the
     * real VM, else what went wrong, for a person.
     */
    static String judge(LessonChain chain, Lesson.Exercise x, String answer) {
        for (Lesson.Check c : x.checks()) {
            if (c.stated() == null) {
                throw new IllegalStateException("the exercise has no recorded result: run scripts/record-lessons.mjs");
            }
            LessonChain.Outcome o = chain.run(LessonReader.answerStep(answer, c.expression()));
            if (LessonChain.agrees(c.stated(), o.stated(), false)) {
                continue;
            }
            String what = c.expression() == null ? "your answer" : c.expression();
            StringBuilder s = new StringBuilder();
            if (o.stated().failed()) {
                s.append(what).append(" failed: ").append(o.stated().result().substring(3));
            } else {
                s.append(what).append(" gave ").append(o.stated().result());
            }
            if (c.expression() == null) {
                // the answer's own value is what is asked: saying it would give the answer away
                s.append(o.stated().failed() ? "" : ", which is not what was asked");
            } else {
                s.append(c.stated().failed() ? ", where it should fail (" + c.stated().result().substring(3) + ")"
                        : ", where it should give " + c.stated().result());
            }
            o.help().forEach(h -> s.append("\nhelp: ").append(h));
            return s.toString();
        }
        return null;
    }
}

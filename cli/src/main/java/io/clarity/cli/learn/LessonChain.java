package io.clarity.cli.learn;

import io.clarity.Snapshot;
import io.clarity.scenario.ScenarioReader;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.scenario.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The chain a lesson runs on: a fresh one per lesson, as the real VM's session is when the
 * lesson's results are recorded. Runs steps in the scenario format and gives each one's result
 * in the form a lesson states it, so that the two can be compared.
 */
public final class LessonChain {

    private static final String SEED_NAME = "compute-sharing.clar";
    private static final Pattern BARE_KIND = Pattern.compile("^[A-Za-z][A-Za-z0-9]*$");

    private final ScenarioRunner runner;
    private final Path seed;
    private final List<String> lines = new ArrayList<>();
    private final List<String> help = new ArrayList<>();

    /** What a step gave: its result as a lesson states it, the lines after it, and hints for a person. */
    public record Outcome(Lesson.Stated stated, List<String> help) {

        public Outcome {
            help = List.copyOf(help);
        }
    }

    /** A fresh chain for {@code lesson}; {@code seed} is the seed contract's file (null: absent). */
    public LessonChain(Lesson lesson, Path seed) {
        this.seed = seed == null ? null : seed.toAbsolutePath().normalize();
        Path base = this.seed == null ? Path.of("").toAbsolutePath() : this.seed.getParent();
        this.runner = new ScenarioRunner(base, ScenarioRunner.DEFAULT_EPOCH, lines::add, lesson.showsCosts(), true)
                .onHelp((line, h) -> help.add(h));
    }

    /** Runs one scenario step. */
    public Outcome run(String step) {
        // the runner reads files from the seed's folder: only the name goes into the step
        String text = seed == null ? step : step.replace(" " + SEED_NAME, " " + seed.getFileName());
        lines.clear();
        help.clear();
        List<Step> steps = ScenarioReader.read(text);
        if (steps.size() != 1) {
            throw new IllegalArgumentException("one step expected: " + step);
        }
        runner.run(text);
        String echo = steps.get(0).echo();
        String first = lines.isEmpty() ? "" : lines.get(0);
        String rest = first.startsWith(echo) ? first.substring(echo.length()) : first;
        String result = rest.startsWith(" => ") ? rest.substring(4) : rest.startsWith(" !! ") ? rest.substring(1) : rest;
        List<String> extra = lines.stream().skip(1).map(String::strip).toList();
        return new Outcome(new Lesson.Stated(result, extra), help);
    }

    /** The chain's state now, to try answers on and go back. */
    public Snapshot snapshot() {
        return runner.simnet().snapshot();
    }

    public void restore(Snapshot snapshot) {
        runner.simnet().restore(snapshot);
    }

    /**
     * Whether {@code live} agrees with what the real VM gave, by the project's rule: values and
     * the lines after them are equal; a failure has the same category and, where the VM's message
     * is a bare error kind, ours starts with it (the rest of our message is ours).
     *
     * @param withExtra whether the events and costs must agree too
     */
    public static boolean agrees(Lesson.Stated recorded, Lesson.Stated live, boolean withExtra) {
        if (withExtra && !recorded.extra().equals(live.extra())) {
            return false;
        }
        if (!recorded.failed() || !live.failed()) {
            return recorded.result().equals(live.result());
        }
        String r = recorded.result().substring(3);
        String l = live.result().substring(3);
        int rc = r.indexOf(": ");
        int lc = l.indexOf(": ");
        String rCategory = rc < 0 ? r : r.substring(0, rc);
        String lCategory = lc < 0 ? l : l.substring(0, lc);
        if (!rCategory.equals(lCategory)) {
            return false;
        }
        String rMessage = rc < 0 ? "" : r.substring(rc + 2);
        return !BARE_KIND.matcher(rMessage).matches() || (lc >= 0 && l.substring(lc + 2).startsWith(rMessage));
    }
}

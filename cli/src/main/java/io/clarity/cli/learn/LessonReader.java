package io.clarity.cli.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a lesson file. The format is line-based, readable as it stands:
 *
 * <pre>
 * # Title                         the first line
 * costs: shown                    optional, next: the lesson's calls are shown with their costs
 *
 * Prose, printed as written; a blank line ends a paragraph.
 *
 * &gt;&gt; (+ 1 2)                       an example: Clarity code, run as the oracle's eval step,
 * =&gt; 3                            or a scenario step (call, read, deploy-inline NAME, var, ...);
 *                                 ".. " lines continue it (a deploy-inline's body); "=&gt; value" or
 *                                 "!! category: message" is the result that the real VM gave and
 *                                 "~~ line" the events (or costs) that followed, all written by
 *                                 scripts/record-lessons.mjs, never by hand
 *
 * exercise: the task, continued on the lines that follow
 * solution: (define-read-only (double (n uint)) (* n u2))
 * check: (double u21)             an expression run after the answer; without checks, the
 * =&gt; u42                          answer's own value is checked (the "=&gt;" then follows solution:)
 * wrong: (define-read-only (double (n uint)) (+ n u2))    an answer that must be refused
 * hint: given at a wrong answer, one more each time
 * </pre>
 *
 * Exercises come after the examples: their answers are tried on the chain the examples left, which
 * is then put back as it was. A step that names {@code compute-sharing} needs the seed contract
 * ({@code deploy compute-sharing compute-sharing.clar} deploys it); where the seed is absent,
 * such steps show their recorded results instead of running.
 */
public final class LessonReader {

    /** The first words of scenario steps; any other example is Clarity code, run with {@code eval}. */
    static final Set<String> STEP_COMMANDS = Set.of("epoch", "deploy", "deploy-inline", "call", "call-private", "read",
            "eval", "mine", "stx-balance", "stx-transfer", "var", "map", "info");

    private static final Pattern FILE_NAME = Pattern.compile("^(\\d+)-([a-z0-9-]+)\\.md$");

    /** A lesson file that does not follow the format. */
    public static final class LessonException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LessonException(String file, int line, String message) {
            super(file + ":" + line + ": " + message, null, false, false);
        }
    }

    private final String file;
    private int lineNo;
    private final List<Lesson.Part> parts = new ArrayList<>();
    private final StringBuilder prose = new StringBuilder();
    /** The code being read (an example's, a solution's, a check's, a wrong answer's), its lines. */
    private List<String> code;
    private Runnable endCode = () -> { };
    private String stated;
    private final List<String> extra = new ArrayList<>();
    /** The exercise being read. */
    private ExerciseBuilder exercise;
    /** Where lines of text go inside an exercise: the task or the last hint. */
    private StringBuilder text;

    private LessonReader(String file) {
        this.file = file;
    }

    /** Reads the lesson in {@code fileName} (its number and name come from it) from {@code content}. */
    public static Lesson read(String fileName, String content) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new LessonException(fileName, 0, "a lesson file is named NN-name.md");
        }
        return new LessonReader(fileName).parse(Integer.parseInt(m.group(1)), m.group(2), content);
    }

    /** The eval step that runs {@code answer} followed by {@code check} (null: the answer alone). */
    public static String answerStep(String answer, String check) {
        String body = check == null ? answer : answer + "\n" + check;
        String tag = "END";
        while (body.lines().anyMatch(tagLine(tag))) {
            tag += "_";
        }
        return "eval <<" + tag + "\n" + body + "\n" + tag;
    }

    private static Predicate<String> tagLine(String tag) {
        return l -> l.strip().equals(tag);
    }

    /** The scenario step an example runs as: its first line and the lines that continue it. */
    static String step(List<String> lines) {
        String first = lines.get(0);
        String word = first.split("\\s+", 2)[0];
        boolean command = STEP_COMMANDS.contains(word);
        if (lines.size() == 1) {
            return command ? first : "eval " + first;
        }
        List<String> body = command ? lines.subList(1, lines.size()) : lines;
        return (command ? first : "eval") + " <<END\n" + String.join("\n", body) + "\nEND";
    }

    private Lesson parse(int number, String name, String content) {
        List<String> lines = content.lines().toList();
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i == lines.size() || !lines.get(i).startsWith("# ")) {
            throw new LessonException(file, i + 1, "a lesson starts with its title: # Title");
        }
        String title = lines.get(i).substring(2).strip();
        i++;
        boolean costs = false;
        if (i < lines.size() && lines.get(i).equals("costs: shown")) {
            costs = true;
            i++;
        }
        for (; i < lines.size(); i++) {
            lineNo = i + 1;
            line(lines.get(i));
        }
        endCode();
        endProse();
        endExercise();
        return new Lesson(number, name, title, costs, parts);
    }

    private void line(String line) {
        if (line.startsWith(".. ") || line.equals("..")) {
            if (code == null || stated != null) {
                throw fail("a '..' line continues the code of '>>', 'solution:', 'check:' or 'wrong:'");
            }
            code.add(line.length() > 3 ? line.substring(3) : "");
        } else if (line.startsWith("=> ") || line.startsWith("!! ")) {
            if (code == null || stated != null) {
                throw fail("a result follows the code it is the result of");
            }
            stated = line.startsWith("=> ") ? line.substring(3) : line;
        } else if (line.startsWith("~~ ")) {
            if (stated == null) {
                throw fail("a '~~' line follows a result");
            }
            extra.add(line.substring(3));
        } else if (line.startsWith(">> ")) {
            endCode();
            endProse();
            if (exercise != null) {
                throw fail("examples come before the exercises");
            }
            startCode(line.substring(3), this::endExample);
        } else if (line.startsWith("exercise:")) {
            endCode();
            endProse();
            endExercise();
            exercise = new ExerciseBuilder();
            text = new StringBuilder(line.substring("exercise:".length()).strip());
            exercise.task = text;
        } else if (exercise != null && key(line) != null) {
            endCode();
            String key = key(line);
            String value = line.substring(key.length() + 1).strip();
            text = null;
            switch (key) {
                case "solution" -> startCode(value, this::endSolution);
                case "check" -> startCode(value, this::endCheck);
                case "wrong" -> startCode(value, () -> exercise.wrong.add(String.join("\n", code)));
                case "hint" -> {
                    text = new StringBuilder(value);
                    exercise.hints.add(text);
                }
                default -> throw fail("unknown key " + key);
            }
        } else if (line.isBlank()) {
            endCode();
            endProse();
            text = null;
        } else if (text != null) {
            text.append(text.length() == 0 ? "" : "\n").append(line.strip());
        } else if (exercise != null) {
            throw fail("inside an exercise, a line is a key (solution:, check:, wrong:, hint:) or continues the task or a hint");
        } else {
            endCode();
            prose.append(prose.length() == 0 ? "" : "\n").append(line);
        }
    }

    private static String key(String line) {
        for (String k : List.of("solution", "check", "wrong", "hint")) {
            if (line.startsWith(k + ":")) {
                return k;
            }
        }
        return null;
    }

    private LessonException fail(String message) {
        return new LessonException(file, lineNo, message);
    }

    private void startCode(String first, Runnable end) {
        if (first.isEmpty()) {
            throw fail("code expected after the key");
        }
        code = new ArrayList<>(List.of(first));
        endCode = end;
    }

    private Lesson.Stated takeStated() {
        Lesson.Stated s = stated == null ? null : new Lesson.Stated(stated, extra);
        stated = null;
        extra.clear();
        return s;
    }

    private void endCode() {
        if (code != null) {
            endCode.run();
            code = null;
            if (stated != null) {
                throw fail("a result that belongs to nothing");
            }
        }
    }

    private void endExample() {
        parts.add(new Lesson.Example(code, step(code), takeStated()));
    }

    private void endSolution() {
        if (exercise.solution != null) {
            throw fail("one solution per exercise");
        }
        exercise.solution = String.join("\n", code);
        exercise.solutionStated = takeStated();
    }

    private void endCheck() {
        exercise.checks.add(new Lesson.Check(String.join("\n", code), takeStated()));
    }

    private void endProse() {
        if (prose.length() > 0) {
            parts.add(new Lesson.Prose(prose.toString()));
            prose.setLength(0);
        }
    }

    private void endExercise() {
        if (exercise == null) {
            return;
        }
        ExerciseBuilder x = exercise;
        exercise = null;
        if (x.solution == null) {
            throw fail("an exercise needs a solution:");
        }
        List<Lesson.Check> checks = x.checks.isEmpty() ? List.of(new Lesson.Check(null, x.solutionStated)) : x.checks;
        if (!x.checks.isEmpty() && x.solutionStated != null) {
            throw fail("with checks, the results follow the checks, not the solution");
        }
        if (x.hints.isEmpty()) {
            throw fail("an exercise needs at least one hint:");
        }
        parts.add(new Lesson.Exercise(x.task.toString(), x.solution, checks, x.wrong,
                x.hints.stream().map(StringBuilder::toString).toList()));
    }

    private static final class ExerciseBuilder {
        StringBuilder task;
        String solution;
        Lesson.Stated solutionStated;
        final List<Lesson.Check> checks = new ArrayList<>();
        final List<String> wrong = new ArrayList<>();
        final List<StringBuilder> hints = new ArrayList<>();
    }
}

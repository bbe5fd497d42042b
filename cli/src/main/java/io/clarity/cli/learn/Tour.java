package io.clarity.cli.learn;

import io.clarity.Snapshot;
import io.clarity.cli.console.Style;
import io.clarity.cli.repl.Repl;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Walks a person through lessons: prints each one's prose, runs its examples live and shows
 * their results, then asks for the exercise's answer until the interpreter accepts it, the person
 * skips it or quits. Inputs come from a {@link Repl.LineSource}: a terminal, or lines piped in
 * (then each answer is echoed after its prompt, so that the output reads as the session did).
 */
public final class Tour {

    /** How an exercise ended. */
    enum Ending { SOLVED, SKIPPED, QUIT }

    private static final String ANSWER_PROMPT = "answer> ";
    private static final String NEXT_PROMPT = "next> ";

    private final PrintWriter out;
    private final Style style;
    private final Repl.LineSource input;
    private final boolean echo;
    private final Path seed;
    private final int count;

    /**
     * A tour printing to {@code out}, reading answers from {@code input} (echoed when
     * {@code echo}), running the rollback lesson on the {@code seed} contract (null: absent) and
     * numbering lessons out of {@code count}.
     */
    public Tour(PrintWriter out, Style style, Repl.LineSource input, boolean echo, Path seed, int count) {
        this.out = out;
        this.style = style;
        this.input = input;
        this.echo = echo;
        this.seed = seed;
        this.count = count;
    }

    /** Runs {@code lessons} in order, asking before each after the first; returns how many exercises were solved. */
    public int run(List<Lesson> lessons) {
        int solved = 0;
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            if (i > 0) {
                out.println();
                out.println(style.grey("Next: lesson " + lesson.number() + ", " + lesson.title()
                        + ". Press Enter to go on, or type quit."));
                String line = read(NEXT_PROMPT);
                if (line == null || command(line).equals("quit")) {
                    stopped(lesson);
                    return solved;
                }
            }
            Result r = lesson(lesson);
            solved += r.solved();
            if (r.quit()) {
                out.println(style.grey("Stopped. `clarity learn " + lesson.number() + "` starts this lesson again."));
                return solved;
            }
        }
        out.println();
        out.println(style.green("That was the last lesson.") + " `clarity learn --list` lists them all; "
                + "`clarity repl` is the place to try more.");
        return solved;
    }

    private void stopped(Lesson next) {
        out.println(style.grey("Stopped. `clarity learn " + next.number() + "` goes on from there."));
    }

    private record Result(int solved, boolean quit) {
    }

    private Result lesson(Lesson lesson) {
        String heading = "Lesson " + lesson.number() + " of " + count + ": " + lesson.title();
        out.println();
        out.println(style.bold(heading));
        out.println("=".repeat(heading.length()));
        LessonChain chain = new LessonChain(lesson, seed);
        boolean seedNoted = false;
        int solved = 0;
        for (Lesson.Part part : lesson.parts()) {
            if (part instanceof Lesson.Prose p) {
                out.println();
                out.println(p.text());
            } else if (part instanceof Lesson.Example e) {
                if (e.needsSeed() && seed == null && !seedNoted) {
                    seedNoted = true;
                    out.println();
                    out.println(style.yellow("The seed contract compute-sharing.clar was not found (give --seed FILE, or set "
                            + "CLARITY_SHARED to the folder that holds seed/): its steps are shown with the results "
                            + "the real Clarity VM gave, not run."));
                }
                example(chain, e);
            } else if (part instanceof Lesson.Exercise x) {
                Ending end = exercise(chain, x);
                if (end == Ending.QUIT) {
                    return new Result(solved, true);
                }
                solved += end == Ending.SOLVED ? 1 : 0;
            }
        }
        out.flush();
        return new Result(solved, false);
    }

    private void example(LessonChain chain, Lesson.Example e) {
        out.println();
        for (int i = 0; i < e.shown().size(); i++) {
            out.println(style.blue((i == 0 ? ">> " : ".. ") + e.shown().get(i)));
        }
        if (e.needsSeed() && seed == null) {
            if (e.stated() != null) {
                show(e.stated(), List.of(), " (recorded on the real VM)");
            }
            return;
        }
        LessonChain.Outcome o = chain.run(e.step());
        show(o.stated(), o.help(), "");
        out.flush();
    }

    private void show(Lesson.Stated s, List<String> help, String note) {
        String suffix = note.isEmpty() ? "" : style.grey(note);
        out.println((s.failed() ? style.red(s.result()) : style.green(s.result())) + suffix);
        s.extra().forEach(x -> out.println(style.grey("   " + x)));
        help.forEach(h -> out.println(style.yellow("help: " + h)));
    }

    private Ending exercise(LessonChain chain, Lesson.Exercise x) {
        out.println();
        out.println(style.bold("Exercise: ") + x.task());
        out.println(style.grey("(Type your answer; it may span lines. :hint, :solution, :skip or :quit.)"));
        out.flush();
        Snapshot before = chain.snapshot();
        int hints = 0;
        while (true) {
            String answer = read(ANSWER_PROMPT);
            if (answer == null) {
                out.println(style.grey("(end of input)"));
                return Ending.QUIT;
            }
            String text = answer.strip();
            if (text.isEmpty()) {
                continue;
            }
            switch (command(text)) {
                case "quit" -> {
                    return Ending.QUIT;
                }
                case "skip" -> {
                    out.println(style.grey("Skipped. A solution:"));
                    solution(x);
                    return Ending.SKIPPED;
                }
                case "solution" -> {
                    solution(x);
                    continue;
                }
                case "hint" -> {
                    hints = hint(x, hints);
                    continue;
                }
                default -> {
                }
            }
            String verdict;
            try {
                verdict = Verdicts.judge(chain, x, text);
            } finally {
                chain.restore(before);
            }
            if (verdict == null) {
                out.println(style.green("Correct!"));
                if (!text.equals(x.solution())) {
                    out.println(style.grey("The lesson's solution, for comparison:"));
                    solution(x);
                }
                out.flush();
                return Ending.SOLVED;
            }
            out.println(style.red("Not yet: ") + verdict);
            hints = hint(x, hints);
        }
    }

    private int hint(Lesson.Exercise x, int given) {
        int i = Math.min(given, x.hints().size() - 1);
        out.println(style.yellow("hint: " + x.hints().get(i)));
        if (given >= x.hints().size() - 1) {
            out.println(style.grey("(:solution shows a solution, :skip goes on without one.)"));
        }
        out.flush();
        return given + 1;
    }

    private void solution(Lesson.Exercise x) {
        x.solution().lines().forEach(l -> out.println(style.blue("  " + l)));
        out.flush();
    }

    /** {@code quit}, {@code skip}, {@code hint} or {@code solution} when the input is one (with or without colons), else "". */
    private static String command(String input) {
        String c = input.strip().replaceFirst("^:{1,2}", "").toLowerCase(Locale.ROOT);
        return switch (c) {
            case "quit", "q", "exit" -> "quit";
            case "skip", "hint", "solution" -> c;
            default -> "";
        };
    }

    private String read(String prompt) {
        out.flush();
        String line;
        try {
            line = input.next(prompt);
        } catch (Repl.Interrupted e) {
            return "quit";
        }
        if (echo && line != null) {
            out.println(prompt + line.replace("\n", "\n" + " ".repeat(prompt.length())));
        }
        return line;
    }
}

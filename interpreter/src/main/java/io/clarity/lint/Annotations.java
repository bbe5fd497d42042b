package io.clarity.lint;

import io.clarity.error.Span;
import io.clarity.vocabulary.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The annotations of a contract's source, by line, and the warnings about malformed ones (an
 * unknown name, an annotation at the end of a line of code), as Clarinet reads them: a comment
 * line that starts with {@code ;;} and then {@code #[}.
 */
public final class Annotations {

    private final Map<Integer, Annotation> byLine;
    private final List<Finding> problems;

    private Annotations(Map<Integer, Annotation> byLine, List<Finding> problems) {
        this.byLine = byLine;
        this.problems = problems;
    }

    /** Reads the annotations of {@code source}. */
    public static Annotations of(String source) {
        Map<Integer, Annotation> byLine = new HashMap<>();
        List<Finding> problems = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1].endsWith("\r") ? lines[n - 1].substring(0, lines[n - 1].length() - 1) : lines[n - 1];
            String trimmed = line.strip();
            if (trimmed.startsWith(";;")) {
                String comment = trimmed.substring(2).strip();
                if (comment.startsWith("#[")) {
                    Span span = new Span(n, line.indexOf('#') + 1, n, line.length());
                    String error = parse(comment, n, byLine);
                    if (error != null) {
                        problems.add(new Finding(null, Level.WARNING, error, span, null));
                    }
                }
            } else if (line.contains(";;")) {
                int at = line.indexOf(";;");
                String comment = line.substring(at + 2).strip();
                if (comment.startsWith("#[") && comment.contains("]")) {
                    problems.add(new Finding(null, Level.WARNING, "annotation at end of line will be ignored",
                            new Span(n, at + 1, n, line.length()), "Put the annotation on the line above the expression"));
                }
            }
        }
        return new Annotations(byLine, List.copyOf(problems));
    }

    /** Parses one annotation into {@code byLine}; the reason it is malformed, or null. */
    private static String parse(String comment, int line, Map<Integer, Annotation> byLine) {
        if (!comment.endsWith("]")) {
            return "malformed annotation: expected #[...]";
        }
        String body = comment.substring(2, comment.length() - 1).strip();
        int open = body.indexOf('(');
        String name = open < 0 ? body : body.substring(0, open).strip();
        String value = null;
        if (open >= 0) {
            if (!body.endsWith(")")) {
                return "malformed annotation: missing closing ')'";
            }
            value = body.substring(open + 1, body.length() - 1).strip();
        }
        List<String> names = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
        }
        switch (name) {
            case "allow" -> {
                if (names.isEmpty()) {
                    return "missing value for 'allow' annotation";
                }
                for (String n : names) {
                    if (!isWarningKind(n)) {
                        return "unknown warning kind '" + n + "' in 'allow' annotation";
                    }
                }
                byLine.put(line, new Annotation(Annotation.Kind.ALLOW, names, line));
            }
            case "filter" -> {
                if (names.isEmpty()) {
                    return "missing value for 'filter' annotation";
                }
                for (String n : names) {
                    if (!n.equals("*") && !Names.isValidName(n)) {
                        return "invalid filter name: " + n;
                    }
                }
                byLine.put(line, new Annotation(Annotation.Kind.FILTER, names, line));
            }
            case "env" -> {
                if (value == null || value.isEmpty()) {
                    return "missing value for 'env' annotation";
                }
                if (!value.equals("simnet") && !value.equals("devnet")) {
                    return "bad environment " + value + " for 'env' annotation";
                }
                byLine.put(line, new Annotation(Annotation.Kind.ENV, List.of(), line));
            }
            default -> {
                return "unrecognized annotation";
            }
        }
        return null;
    }

    private static boolean isWarningKind(String name) {
        return name.equals(CheckChecker.UNCHECKED_DATA) || name.equals(CheckChecker.UNCHECKED_PARAMS)
                || Lint.named(name) != null || Lint.NOT_IMPLEMENTED.contains(name);
    }

    /** The annotation on the line above the one {@code span} starts on, or null. */
    public Annotation above(Span span) {
        return span == null || span.isNone() ? null : byLine.get(span.startLine() - 1);
    }

    /** Whether the code at {@code span} is annotated {@code #[allow(warning)]}. */
    public boolean allows(Span span, String warning) {
        Annotation a = above(span);
        return a != null && a.allows(warning);
    }

    /** Warnings about annotations that are malformed or in a place where they do nothing. */
    public List<Finding> problems() {
        return problems;
    }
}

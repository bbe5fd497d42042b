package io.clarity.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares our transcript of a step with the oracle's, by the project's rule: lines are equal,
 * except failure lines ({@code <echo> !! <category>: <message>}), where the echo and the category
 * must be equal and, when the oracle's message is a bare error kind, ours must start with it.
 */
final class TranscriptMatcher {

    private static final Pattern BARE_KIND = Pattern.compile("^[A-Za-z][A-Za-z0-9]*$");

    private TranscriptMatcher() {
    }

    /** Splits a transcript into blocks: a step's line and its indented event (or cost) lines. */
    static List<List<String>> blocks(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("  ") && !out.isEmpty()) {
                out.get(out.size() - 1).add(line);
            } else if (!line.isEmpty()) {
                List<String> block = new ArrayList<>();
                block.add(line);
                out.add(block);
            }
        }
        return out;
    }

    /** Null when the blocks match; otherwise why not. */
    static String mismatch(String echo, List<String> expected, List<String> actual) {
        if (actual == null) {
            return "no output for this step";
        }
        String failurePrefix = echo + " !! ";
        String e0 = expected.get(0);
        if (e0.startsWith(failurePrefix)) {
            String a0 = actual.get(0);
            if (!a0.startsWith(failurePrefix)) {
                return "expected a failure\n  oracle: " + e0 + "\n  ours:   " + a0;
            }
            String eRest = e0.substring(failurePrefix.length());
            String aRest = a0.substring(failurePrefix.length());
            int ec = eRest.indexOf(": ");
            int ac = aRest.indexOf(": ");
            String eCategory = ec < 0 ? eRest : eRest.substring(0, ec);
            String aCategory = ac < 0 ? aRest : aRest.substring(0, ac);
            if (!eCategory.equals(aCategory)) {
                return "failure category differs\n  oracle: " + e0 + "\n  ours:   " + a0;
            }
            String eMessage = ec < 0 ? "" : eRest.substring(ec + 2);
            String aMessage = ac < 0 ? "" : aRest.substring(ac + 2);
            if (BARE_KIND.matcher(eMessage).matches() && !aMessage.startsWith(eMessage)) {
                return "error kind differs\n  oracle: " + e0 + "\n  ours:   " + a0;
            }
            if (expected.size() != actual.size() || !expected.subList(1, expected.size()).equals(actual.subList(1, actual.size()))) {
                return "event lines differ\n  oracle: " + expected + "\n  ours:   " + actual;
            }
            return null;
        }
        if (!expected.equals(actual)) {
            return "transcript differs\n  oracle: " + String.join("\n          ", expected)
                    + "\n  ours:   " + String.join("\n          ", actual);
        }
        return null;
    }
}

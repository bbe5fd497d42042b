package io.clarity.coverage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks LCOV text against the rules genhtml enforces, lcov 2.x's stricter ones included (the
 * faults Clarinet's users met): every record names a readable file, ends with
 * {@code end_of_record}, and names no line outside that file; an {@code FN} comes before its
 * {@code FNDA} and no function is defined twice; every {@code BRDA} block is on one line, lists
 * each of its arms {@code 0..n-1} once, and is either not reached ({@code -} on every arm) or
 * counted on every arm, on a line that has a {@code DA}; {@code DA} lines are listed once, in
 * order; the summaries ({@code FNF}, {@code FNH}, {@code BRF}, {@code BRH}, {@code LF},
 * {@code LH}) are what the records say.
 */
public final class LcovCheck {

    private LcovCheck() {
    }

    /** The faults of {@code text}, each as {@code line N: what}; empty when it keeps every rule. */
    public static List<String> faults(String text) {
        List<String> faults = new ArrayList<>();
        Record r = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String at = "line " + (i + 1) + ": ";
            if (line.isEmpty() && i == lines.length - 1) {
                break;
            }
            int colon = line.indexOf(':');
            String tag = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (tag.equals("TN")) {
                continue;
            }
            if (tag.equals("SF")) {
                if (r != null) {
                    faults.add(at + "SF before the end_of_record of " + r.path);
                }
                r = new Record(value, at, faults);
                continue;
            }
            if (r == null) {
                faults.add(at + "\"" + line + "\" outside a record");
                continue;
            }
            try {
                if (tag.equals("end_of_record")) {
                    r.end(at);
                    r = null;
                } else {
                    r.add(tag, value.split(","), at);
                }
            } catch (RuntimeException e) {
                faults.add(at + "malformed: \"" + line + "\"");
            }
        }
        if (r != null) {
            faults.add("the record of " + r.path + " has no end_of_record");
        }
        return faults;
    }

    /** One file's record, checked as it is read. */
    private static final class Record {
        final String path;
        final List<String> faults;
        final int lineCount;
        final Map<String, Integer> functions = new HashMap<>();
        final Map<String, Long> functionHits = new HashMap<>();
        final Map<Integer, Long> lines = new TreeMap<>();
        /** Block id to its line, its arms seen, and whether its arms were counted ('-' or not). */
        final Map<Integer, Integer> blockLines = new HashMap<>();
        final Map<Integer, Set<Integer>> blockArms = new HashMap<>();
        final Map<Integer, Boolean> blockReached = new HashMap<>();
        final Map<String, Long> summaries = new HashMap<>();
        int lastLine;
        int branches;
        int branchesHit;

        Record(String path, String at, List<String> faults) {
            this.path = path;
            this.faults = faults;
            int n = -1;
            try {
                n = (int) Files.readString(Path.of(path), StandardCharsets.UTF_8).lines().count();
            } catch (IOException | RuntimeException e) {
                faults.add(at + "SF " + path + " is not a readable file");
            }
            this.lineCount = n;
        }

        void add(String tag, String[] p, String at) {
            switch (tag) {
                case "FN" -> {
                    String name = p[p.length - 1];
                    int line = Integer.parseInt(p[0]);
                    inFile(line, at);
                    if (functions.put(name, line) != null) {
                        faults.add(at + "function " + name + " defined twice");
                    }
                }
                case "FNDA" -> {
                    if (!functions.containsKey(p[1])) {
                        faults.add(at + "FNDA of " + p[1] + " without an FN before it");
                    }
                    functionHits.merge(p[1], Long.parseLong(p[0]), Long::sum);
                }
                case "BRDA" -> branch(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), p[3], at);
                case "DA" -> {
                    int line = Integer.parseInt(p[0]);
                    inFile(line, at);
                    if (line <= lastLine) {
                        faults.add(at + "DA of line " + line + " after line " + lastLine);
                    }
                    lastLine = line;
                    lines.put(line, Long.parseLong(p[1]));
                }
                case "FNF", "FNH", "BRF", "BRH", "LF", "LH" -> summaries.put(tag, Long.parseLong(p[0]));
                default -> faults.add(at + "unknown record " + tag);
            }
        }

        private void branch(int line, int block, int arm, String taken, String at) {
            inFile(line, at);
            Integer blockLine = blockLines.putIfAbsent(block, line);
            if (blockLine != null && blockLine != line) {
                faults.add(at + "block " + block + " on line " + line + " and on line " + blockLine);
            }
            if (!blockArms.computeIfAbsent(block, b -> new HashSet<>()).add(arm)) {
                faults.add(at + "arm " + arm + " of block " + block + " listed twice");
            }
            boolean reached = !taken.equals("-");
            Boolean before = blockReached.putIfAbsent(block, reached);
            if (before != null && before != reached) {
                faults.add(at + "block " + block + " is '-' on some arms and counted on others");
            }
            branches++;
            if (reached && Long.parseLong(taken) > 0) {
                branchesHit++;
            }
        }

        private void inFile(int line, String at) {
            if (line < 1 || (lineCount >= 0 && line > lineCount)) {
                faults.add(at + "line " + line + " is outside " + path + " (" + lineCount + " lines)");
            }
        }

        void end(String at) {
            blockArms.forEach((block, arms) -> {
                for (int i = 0; i < arms.size(); i++) {
                    if (!arms.contains(i)) {
                        faults.add(at + "block " + block + " of " + path + " lacks arm " + i);
                    }
                }
                if (arms.size() < 2) {
                    faults.add(at + "block " + block + " of " + path + " has a single arm");
                }
            });
            blockLines.forEach((block, line) -> {
                if (!lines.containsKey(line)) {
                    faults.add(at + "branch block " + block + " of " + path + " on line " + line + ", which has no DA");
                }
            });
            expect("FNF", functions.size(), at);
            expect("FNH", functionHits.values().stream().filter(h -> h > 0).count(), at);
            expect("BRF", branches, at);
            expect("BRH", branchesHit, at);
            expect("LF", lines.size(), at);
            expect("LH", lines.values().stream().filter(h -> h > 0).count(), at);
            for (String fn : functions.keySet()) {
                if (!functionHits.containsKey(fn)) {
                    faults.add(at + "function " + fn + " of " + path + " has no FNDA");
                }
            }
        }

        private void expect(String tag, long actual, String at) {
            Long said = summaries.get(tag);
            if (said == null) {
                faults.add(at + path + " has no " + tag);
            } else if (said != actual) {
                faults.add(at + tag + ":" + said + " but the records of " + path + " count " + actual);
            }
        }
    }
}

package io.clarity.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The coverage of one source file, as one LCOV record holds it: its functions with the line of
 * their definition and how often they were called, its branches (a block per branching form, an
 * arm per branch; {@link BranchHits#NOT_REACHED} for every arm of a form that never ran, LCOV's
 * {@code -}) and how often each line ran. Sorted: functions by line, branches by line, block and
 * arm, lines ascending.
 *
 * @param path the file (LCOV's {@code SF})
 * @param functions the functions
 * @param branches the branch arms
 * @param lines line number to the number of times it ran
 */
public record FileCoverage(String path, List<FunctionHits> functions, List<BranchHits> branches,
                           SortedMap<Integer, Long> lines) {

    /** A function, the line of its definition, and how often it was called. */
    public record FunctionHits(String name, int line, long hits) {
    }

    /**
     * How often arm {@code branch} of the branching form numbered {@code block} (on {@code line})
     * was taken; {@link #NOT_REACHED} when the form never ran.
     */
    public record BranchHits(int line, int block, int branch, long taken) {

        /** The form never ran (LCOV's {@code -}). */
        public static final long NOT_REACHED = -1;
    }

    public FileCoverage {
        List<FunctionHits> fs = new ArrayList<>(functions);
        fs.sort(Comparator.comparingInt(FunctionHits::line).thenComparing(FunctionHits::name));
        functions = List.copyOf(fs);
        List<BranchHits> bs = new ArrayList<>(branches);
        bs.sort(Comparator.comparingInt(BranchHits::line).thenComparingInt(BranchHits::block)
                .thenComparingInt(BranchHits::branch));
        branches = List.copyOf(bs);
        lines = Collections.unmodifiableSortedMap(new TreeMap<>(lines));
    }

    /** This file's counts and {@code other}'s added up (a function, branch or line of either is kept). */
    public FileCoverage plus(FileCoverage other) {
        Map<String, FunctionHits> fs = new LinkedHashMap<>();
        for (FunctionHits f : functions) {
            fs.put(f.name(), f);
        }
        for (FunctionHits f : other.functions) {
            fs.merge(f.name(), f, (a, b) -> new FunctionHits(a.name(), a.line(), a.hits() + b.hits()));
        }
        Map<List<Integer>, BranchHits> bs = new LinkedHashMap<>();
        for (BranchHits b : branches) {
            bs.put(List.of(b.line(), b.block(), b.branch()), b);
        }
        for (BranchHits b : other.branches) {
            bs.merge(List.of(b.line(), b.block(), b.branch()), b, (x, y) -> new BranchHits(x.line(), x.block(),
                    x.branch(), x.taken() == BranchHits.NOT_REACHED && y.taken() == BranchHits.NOT_REACHED
                            ? BranchHits.NOT_REACHED : Math.max(0, x.taken()) + Math.max(0, y.taken())));
        }
        SortedMap<Integer, Long> ls = new TreeMap<>(lines);
        other.lines.forEach((line, hits) -> ls.merge(line, hits, Long::sum));
        return new FileCoverage(path, new ArrayList<>(fs.values()), new ArrayList<>(bs.values()), ls);
    }

    /** The number of functions called at least once. */
    public long functionsHit() {
        return functions.stream().filter(f -> f.hits() > 0).count();
    }

    /** The number of branch arms taken at least once. */
    public long branchesHit() {
        return branches.stream().filter(b -> b.taken() > 0).count();
    }

    /** The number of lines that ran at least once. */
    public long linesHit() {
        return lines.values().stream().filter(h -> h > 0).count();
    }
}

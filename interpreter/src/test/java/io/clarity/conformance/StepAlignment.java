package io.clarity.conformance;

import io.clarity.scenario.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the steps of a scenario with the lines of the oracle's transcript and judges each step by
 * its own lines (its result line and the indented event and cost lines under it), so that a line
 * missing from, added to or changed in the transcript fails the one step it belongs to and no step
 * after it.
 *
 * <p>A step takes, in order, a result line that starts with its echo and some of the indented
 * lines under it; of all such pairings the one with the most matching steps wins (a longest
 * common subsequence), which places repeated echoes ({@code mine}, {@code info}) right, and an
 * orphaned event line (its result line deleted) does not spoil the step above it. Lines no step
 * takes fail the step they stand before.
 */
final class StepAlignment {

    private static final int DIFFERS = 1;
    private static final int MATCHES = 2;

    private final List<Step> steps;
    private final List<List<String>> ours;
    private final List<String> oracle;
    /** best[i][p]: the best score of steps i.. against oracle lines p.. */
    private final int[][] best;

    private StepAlignment(List<Step> steps, List<List<String>> ours, List<String> oracle) {
        this.steps = steps;
        this.ours = ours;
        this.oracle = oracle;
        this.best = new int[steps.size() + 1][oracle.size() + 1];
    }

    /**
     * For each step, null when its output matches the oracle's, otherwise why not.
     *
     * @param ours one block per step: the lines our runner wrote for it (empty when it wrote none)
     * @param transcript the oracle's transcript, line by line
     */
    static List<String> mismatches(List<Step> steps, List<List<String>> ours, List<String> transcript) {
        List<String> oracle = transcript.stream().filter(line -> !line.isEmpty()).toList();
        StepAlignment alignment = new StepAlignment(steps, ours, oracle);
        alignment.score();
        return alignment.verdicts();
    }

    private void score() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            for (int p = oracle.size() - 1; p >= 0; p--) {
                int b = Math.max(best[i + 1][p], best[i][p + 1]);
                for (int q = end(i, p); q > p; q--) {
                    b = Math.max(b, pairScore(i, p, q) + best[i + 1][q]);
                }
                best[i][p] = b;
            }
        }
    }

    /** Walks the best pairing; a step's verdict includes the unpaired lines just before it. */
    private List<String> verdicts() {
        int n = steps.size();
        List<String> verdicts = new ArrayList<>(n);
        List<String> strays = new ArrayList<>();
        int p = 0;
        for (int i = 0; i < n; i++) {
            String verdict = null;
            boolean decided = false;
            while (!decided) {
                int q = pairing(i, p);
                if (q > p) {
                    verdict = TranscriptMatcher.mismatch(steps.get(i).echo(), oracle.subList(p, q), ours(i));
                    p = q;
                    decided = true;
                } else if (p < oracle.size() && best[i][p] == best[i][p + 1]) {
                    strays.add(oracle.get(p));
                    p++;
                } else {
                    verdict = "the oracle's transcript has no line for this step\n  ours:   "
                            + String.join("\n          ", ours.get(i));
                    decided = true;
                }
            }
            if (i == n - 1) {
                strays.addAll(oracle.subList(p, oracle.size()));
            }
            verdicts.add(withStrays(verdict, strays));
            strays.clear();
        }
        return verdicts;
    }

    /** The end of the oracle lines step i takes from line p in the best pairing, or p when none. */
    private int pairing(int i, int p) {
        for (int q = end(i, p); q > p; q--) {
            if (best[i][p] == pairScore(i, p, q) + best[i + 1][q]) {
                return q;
            }
        }
        return p;
    }

    /**
     * The farthest step i could take from line p: its result line and the indented lines under it,
     * or p when line p is not step i's result line (or past the end).
     */
    private int end(int i, int p) {
        if (p == oracle.size()) {
            return p;
        }
        String echo = steps.get(i).echo();
        String head = oracle.get(p);
        if (!head.startsWith(echo + " => ") && !head.startsWith(echo + " !! ")) {
            return p;
        }
        int q = p + 1;
        while (q < oracle.size() && oracle.get(q).startsWith("  ")) {
            q++;
        }
        return q;
    }

    private int pairScore(int i, int p, int q) {
        return TranscriptMatcher.mismatch(steps.get(i).echo(), oracle.subList(p, q), ours(i)) == null ? MATCHES : DIFFERS;
    }

    /** Our block as the matcher takes it: null when the step wrote nothing. */
    private List<String> ours(int i) {
        return ours.get(i).isEmpty() ? null : ours.get(i);
    }

    private static String withStrays(String verdict, List<String> strays) {
        if (strays.isEmpty()) {
            return verdict;
        }
        StringBuilder why = new StringBuilder(verdict == null ? "" : verdict + "\n");
        why.append("the oracle's transcript has lines here that no step of the scenario gave:");
        for (String line : strays) {
            why.append("\n  oracle: ").append(line);
        }
        return why.toString();
    }
}

package io.clarity.profile;

import io.clarity.Costs.Dimension;
import io.clarity.cost.ExecutionCost;
import java.util.Map;

/**
 * Folded stacks, the text that flamegraph.pl, inferno and speedscope read: one line per stack,
 * {@code frame;frame;frame COUNT}, the count being one dimension of what was charged while the
 * last frame was on top. Stacks that cost nothing in that dimension are left out.
 */
public final class FoldedStacks {

    private FoldedStacks() {
    }

    /** {@code stacks} (a profile's {@link CostProfile#folded()}) counted in {@code dimension}. */
    public static String format(Map<String, ExecutionCost> stacks, Dimension dimension) {
        StringBuilder sb = new StringBuilder();
        stacks.forEach((path, cost) -> {
            long n = dimension.of(cost);
            if (n > 0) {
                sb.append(path).append(' ').append(n).append('\n');
            }
        });
        return sb.toString();
    }
}

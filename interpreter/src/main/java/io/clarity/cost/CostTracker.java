package io.clarity.cost;

import io.clarity.natives.NativeFunction;

/**
 * Where execution reports what it spends. Every native application reports itself with its cost
 * input; the tracker decides what that costs in the five dimensions and whether the block limit
 * is exceeded. {@link #FREE} measures nothing.
 */
public interface CostTracker {

    /** A native was applied, with the reference's cost input for it (argument count or size). */
    void charge(NativeFunction function, long input);

    /** The tracker that measures nothing and never refuses. */
    CostTracker FREE = (function, input) -> {
    };
}

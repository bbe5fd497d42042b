/**
 * Cost profiles: where a transaction's runtime cost and its reads and writes went, by function
 * and by expression ({@link io.clarity.profile.CostProfile}, a listener on the instrumentation
 * seam), written as folded stacks ({@link io.clarity.profile.FoldedStacks}, the input of
 * flamegraph.pl and speedscope) or drawn as a flame graph ({@link io.clarity.profile.FlameGraph}).
 */
package io.clarity.profile;

/**
 * Execution costs, as the real VM meters them in five dimensions (runtime, read count, read
 * length, write count, write length).
 *
 * <ul>
 *   <li>{@link io.clarity.cost.CostFunction}: the reference's cost functions, by their names in
 *       the boot cost contracts.</li>
 *   <li>{@link io.clarity.cost.CostTable}: what each function costs, as data: one table per cost
 *       contract ({@code costs}, {@code costs-2}, {@code costs-3}, {@code costs-4}, the resources
 *       beside this package), chosen by the epoch.</li>
 *   <li>{@link io.clarity.cost.NativeCosts} and {@link io.clarity.cost.CostInputs}: which function
 *       every call site charges and with which input: the reference's conventions, in one place.</li>
 *   <li>{@link io.clarity.cost.CostTracker}: the one metering seam execution reports to, the
 *       same calls in both modes; {@link io.clarity.cost.LimitedCostTracker} meters a transaction
 *       against the block limit and the memory limit, {@link io.clarity.cost.FreeCostTracker}
 *       measures nothing and computes no input.</li>
 *   <li>{@link io.clarity.cost.ValueSizes}: the two measures of values that inputs use.</li>
 * </ul>
 */
package io.clarity.cost;

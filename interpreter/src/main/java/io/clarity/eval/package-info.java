/**
 * The tree-walking evaluator: invocation contexts, local bindings, the call stack, early returns and deploys.
 *
 * <p>The seam with {@code io.clarity.natives}, the one cycle of the package graph (checked by
 * {@code PackageGraphTest}): a native is applied only through {@link io.clarity.natives.Natives#apply}, the
 * binding of each name; the natives call back only into {@link io.clarity.eval.Evaluator} and use the context
 * types of this package ({@link io.clarity.eval.CallContext}, {@link io.clarity.eval.ExecutionContext},
 * {@link io.clarity.eval.Locals}, {@link io.clarity.eval.EarlyReturn}), never {@link io.clarity.eval.Deployer}.
 */
package io.clarity.eval;

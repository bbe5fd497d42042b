/**
 * Every native function and keyword of Clarity 1 to 5, and their implementations, bound by one exhaustive switch;
 * {@link io.clarity.natives.NativeDocs} holds their documentation for the REPL. The names themselves
 * ({@link io.clarity.vocabulary.NativeFunction}, {@link io.clarity.vocabulary.NativeVariable},
 * {@link io.clarity.vocabulary.BlockProperty}) live in {@code io.clarity.vocabulary}, so that the analyser and
 * the cost tables can name a native without depending on this package.
 *
 * <p>The seam with {@code io.clarity.eval}, the one cycle of the package graph (checked by
 * {@code PackageGraphTest}): the evaluator reaches this package only through
 * {@link io.clarity.natives.Natives#apply}; the natives reach the evaluator only through
 * {@link io.clarity.eval.Evaluator} (to evaluate argument expressions, charge what they consume, and call user
 * functions and other contracts) and the context types it owns ({@link io.clarity.eval.CallContext},
 * {@link io.clarity.eval.ExecutionContext}, {@link io.clarity.eval.Locals},
 * {@link io.clarity.eval.EarlyReturn}). How a simple native is applied (its count checked, its
 * arguments evaluated and its cost row charged) is this package's business, in the binding of
 * {@link io.clarity.natives.Natives}: the evaluator only hands over the expressions.
 */
package io.clarity.natives;

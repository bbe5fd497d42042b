/**
 * A scenario or a test class as one self-contained HTML page to look at
 * ({@code clarity scenario --html}, {@code @ClarityTest(page = ...)}): the contracts with their
 * syntax highlighted, and a timeline of the transactions, each with its result, events, costs
 * against the block limit, the state it changed (before and after), why it failed or was rolled
 * back with the source line at fault, and its step-by-step trace one click away.
 * {@link io.clarity.page.PageRecorder} listens to the execution (the instrumentation seam),
 * {@link io.clarity.page.Page} holds what is shown, {@link io.clarity.page.PageWriter} writes the
 * HTML (everything escaped, nothing loaded from elsewhere).
 */
package io.clarity.page;

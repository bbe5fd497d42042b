/**
 * Lints: warnings about code that deploys but is likely wrong or dead, under Clarinet's names and
 * with Clarinet's defaults ({@code unused_const}, {@code unused_data_var}, {@code unused_map},
 * {@code unused_private_fn}, {@code unused_token}, {@code unused_trait}, {@code unused_binding},
 * {@code noop}), and Clarinet's {@code check_checker} pass, which follows untrusted input from
 * public functions' parameters into transfers and writes. They read a contract that has passed
 * analysis (its {@link io.clarity.definitions.Definition}s) and its source, for the
 * {@code ;; #[allow(...)]} and {@code ;; #[filter(...)]} annotations; {@link io.clarity.lint.Linter}
 * runs them as {@link io.clarity.lint.LintSettings} say.
 */
package io.clarity.lint;

/**
 * The taxonomy of Clarity errors: parse, check, runtime and call errors, each named after the reference's kind,
 * and the {@link io.clarity.error.Span} of source they point at. This is the lowest package: everything may
 * fail with a Clarity error.
 */
package io.clarity.error;

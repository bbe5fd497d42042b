/**
 * The taxonomy of Clarity errors: parse, check, runtime and call errors, each named after the reference's kind.
 */
package io.clarity.error;

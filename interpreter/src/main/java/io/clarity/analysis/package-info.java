/**
 * Deploy-time analysis: definition ordering, trait resolution, the read-only check and the type checker (with one type rule per native,
 * Clarity 2's admission of contracts and traits where traits are expected, and the check of impl-trait), and the reading of
 * types written in source ({@link io.clarity.analysis.TypeParser}).
 */
package io.clarity.analysis;

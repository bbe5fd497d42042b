/**
 * Deploy-time analysis: definition ordering, trait resolution, the read-only check and the type checker (with one type rule per native,
 * Clarity 2's admission of contracts and traits where traits are expected, and the check of impl-trait).
 */
package io.clarity.analysis;

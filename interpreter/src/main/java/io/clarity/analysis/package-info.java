/**
 * Deploy-time analysis: definition ordering, the read-only check and the type checker, with one type rule per native.
 */
package io.clarity.analysis;

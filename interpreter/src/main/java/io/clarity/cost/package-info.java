/**
 * Execution costs: the hook every native reports to.
 */
package io.clarity.cost;

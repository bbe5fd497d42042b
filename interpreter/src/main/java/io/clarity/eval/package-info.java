/**
 * The tree-walking evaluator: invocation contexts, local bindings, the call stack, early returns and deploys.
 */
package io.clarity.eval;

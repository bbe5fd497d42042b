/**
 * Call traces: while a traced call runs, the evaluator reports every user-function frame to a
 * {@link io.clarity.trace.CallTracer} (arguments, call site, events, result or error), which
 * builds an immutable {@link io.clarity.trace.CallTrace}. Tracing is off unless a caller asks
 * for it, and then costs the evaluator one null check per application.
 */
package io.clarity.trace;

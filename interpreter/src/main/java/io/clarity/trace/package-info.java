/**
 * Listeners that record what ran: the simnet's call tracer, a
 * {@link io.clarity.eval.instrument.ExecutionListener} that builds the immutable
 * {@link io.clarity.trace.CallTrace} of a call (every user-function frame with its arguments,
 * call site, events, result or error). Tracing is off unless a caller asks for it.
 */
package io.clarity.trace;

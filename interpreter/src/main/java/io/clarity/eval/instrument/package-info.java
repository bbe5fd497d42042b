/**
 * The instrumentation seam: an {@link io.clarity.eval.instrument.ExecutionListener} attached to an
 * execution is told of every application entered and left, branch taken, binding, user function
 * call, state access and event, with the invocation context (so a debugger can show locals and
 * block). Several listeners are one {@link io.clarity.eval.instrument.ExecutionListener#of}. An
 * execution without listeners holds null and pays one null check per application, and one per
 * branch, binding, state access or event.
 */
package io.clarity.eval.instrument;

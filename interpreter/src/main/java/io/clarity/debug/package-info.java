/**
 * A debugger for Clarity code, one {@link io.clarity.eval.instrument.ExecutionListener} on the
 * instrumentation seam: breakpoints at {@code contract:line}, on functions and on writes of data
 * vars and map entries, stepping by expression (step, next, finish, out), and at each pause a
 * {@link io.clarity.debug.Frame} with the locals, the call stack and read-only access to the
 * chain. The REPL's {@code ::debug}, the JUnit API ({@code Simnet.debugger()}) and the DAP server
 * of {@code clarity dap} all drive this one core; it runs on the thread of the code it debugs and
 * pauses by not returning from a listener callback.
 */
package io.clarity.debug;

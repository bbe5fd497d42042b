package io.clarity.debug;

/**
 * Decides what happens at a pause that has no callback of its own (a step, a breakpoint set
 * without callback): the REPL's debug prompt, a DAP client. Called on the thread of the paused
 * code, which waits for the answer; the {@link Frame} is valid only until it returns.
 */
@FunctionalInterface
public interface Driver {

    /** The execution paused at {@code frame}; returns how it goes on. */
    Resume paused(Frame frame);
}

package io.clarity.debug;

/** How a paused execution goes on (see {@link Driver#paused}). */
public enum Resume {
    /** Stop at the next expression entered, at any depth (into sub-expressions and called functions). */
    STEP,
    /** Stop at the next expression entered at the paused one's depth or above: its sub-expressions and calls run through. */
    NEXT,
    /** Run the paused expression to its end and stop there, with its value. */
    FINISH,
    /** Run the paused function to its end and stop where it returns in its caller, with the call's value. */
    OUT,
    /** Run until a breakpoint or a watch stops it. */
    CONTINUE,
    /**
     * Run to the end of the call or top-level expression being debugged, stopping at nothing more
     * (breakpoints stay set and stop the next one).
     */
    DETACH
}

package io.clarity.trace;

import io.clarity.value.Value;

/**
 * One step of an evaluation, as {@link Steps} lists them.
 *
 * @param depth how deeply it is nested (an expression's arguments are one deeper than it; a
 *              called function's body one deeper than the call)
 * @param kind what happened
 * @param text the line, without indentation: {@code (+ 1 6) => 7}
 * @param value the value it is about (an expression's value, a bound value, a function's
 *              result, a short return's value, a print's value); null when there is none
 * @param place {@code contract:line:column} of the expression it happened in; null when none
 */
public record Step(int depth, Kind kind, String text, Value value, String place) {

    /** What a step shows. */
    public enum Kind {
        /** An expression gave a value. */
        VALUE,
        /** {@code let} or {@code match} bound a name. */
        BIND,
        /** A branching form took an arm. */
        BRANCH,
        /** An early return ({@code asserts!}, {@code unwrap!}, {@code try!} ...) left with its value. */
        SHORT_RETURN,
        /** A user function was called. */
        CALL,
        /** A user function returned. */
        RETURN,
        /** Chain state was written. */
        STATE,
        /** An event was emitted (a {@code print} among them). */
        EVENT,
        /** A runtime error, at the expression that raised it. */
        ERROR
    }

    /** The line, indented by two spaces per level of depth. */
    @Override
    public String toString() {
        return "  ".repeat(depth) + text;
    }
}

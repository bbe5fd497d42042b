package io.clarity.natives;

import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;

/**
 * The run-time check of a native's argument count, as the reference makes it
 * ({@code check_argument_count}, {@code check_arguments_at_least},
 * {@code check_arguments_at_most}): an exact count, a minimum, or a range. The type checker
 * refuses a wrong count at deploy; the check matters where analysis lets one through, as when the
 * legacy {@code map} applies a native to fewer arguments than the sequences it was given. A
 * simple native's binding keeps {@code min} and {@code max} as plain ints and calls
 * {@link #check(int, int, int)}; the record describes a binding's arity to the tests.
 */
record Arity(int min, int max) {

    /** The maximum of a native that takes any number of arguments from its minimum on. */
    static final int ANY = Integer.MAX_VALUE;

    /**
     * Refuses {@code n} arguments unless {@code min <= n <= max}: two int comparisons, nothing
     * allocated unless the count is wrong.
     */
    static void check(int min, int max, int n) {
        if (n < min || n > max) {
            throw error(min, max, n);
        }
    }

    /** The reference's error for {@code n} arguments outside {@code min..max}. */
    static ClarityError error(int min, int max, int n) {
        if (min == max) {
            return RuntimeErrorKind.IncorrectArgumentCount.error(min, n);
        }
        return n < min ? RuntimeErrorKind.RequiresAtLeastArguments.error(min, n)
                : RuntimeErrorKind.RequiresAtMostArguments.error(max, n);
    }
}

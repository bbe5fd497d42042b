package io.clarity.lint;

import java.util.List;

/**
 * A {@code ;; #[...]} comment, which applies to the expression that starts on the next line:
 * {@code #[allow(name, ...)]} silences lints (and {@code unchecked_data}, {@code unchecked_params}),
 * {@code #[filter(name, ...)]} or {@code #[filter(*)]} tells check_checker those inputs are
 * checked, {@code #[env(simnet)]} marks code meant for tests only.
 *
 * @param names what it allows or filters ({@code *} for filter(*)); empty for env
 * @param line the line it is written on
 */
public record Annotation(Kind kind, List<String> names, int line) {

    /** The annotations Clarinet knows. */
    public enum Kind {
        ALLOW,
        FILTER,
        ENV
    }

    public Annotation {
        names = List.copyOf(names);
    }

    /** Whether it is {@code allow(...)} naming {@code warning}. */
    public boolean allows(String warning) {
        return kind == Kind.ALLOW && names.contains(warning);
    }
}

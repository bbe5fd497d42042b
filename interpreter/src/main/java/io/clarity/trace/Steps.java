package io.clarity.trace;

import io.clarity.error.ClarityError;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An evaluation step by step: each application with its value (its arguments' values
 * substituted, innermost first, indented by depth), bindings, branches taken and skipped,
 * short returns, function calls with their sender and caller, state writes, events and the
 * runtime error that ended it. {@link #toString()} is the text, one step per line:
 *
 * <pre>
 *   (* 2 3) => 6
 * (+ 1 6) => 7
 * </pre>
 *
 * @param steps the steps in the order they happened
 * @param error the error that ended the evaluation, if one did
 */
public record Steps(List<Step> steps, Optional<ClarityError> error) {

    public Steps {
        steps = List.copyOf(steps);
    }

    /** These steps, ended by {@code e}. */
    public Steps endedBy(ClarityError e) {
        return new Steps(steps, Optional.of(e));
    }

    /** The steps' lines, indented. */
    public List<String> lines() {
        return steps.stream().map(Step::toString).toList();
    }

    /** The steps of kind {@code kind}. */
    public List<Step> of(Step.Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).toList();
    }

    @Override
    public String toString() {
        return steps.stream().map(s -> s + "\n").collect(Collectors.joining());
    }
}

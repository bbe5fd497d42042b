package io.clarity.scenario;

import io.clarity.Costs;
import io.clarity.error.ClarityError;
import io.clarity.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * What one step of a scenario did, for a report that shows more than the transcript (the page of
 * {@code clarity scenario --html}): told by {@link ScenarioRunner#onStep} after each step.
 *
 * @param step the step
 * @param lines its transcript lines (the result or failure line, then one per event, then costs)
 * @param result the value a call, read, eval or transfer gave; null when the step gave none
 * @param costs the costs of a metered deploy or call, when tracked
 * @param failure what its failure line says after {@code !!} ({@code runtime error: ...}); null
 *                when it did not fail
 * @param error the Clarity error that failed the step; null when none did (a malformed step's
 *              failure is only in its line)
 * @param deployed the contract a deploy step tried to deploy, whether it was accepted or not; null
 *                 for other steps
 */
public record StepOutcome(Step step, List<String> lines, Value result, Optional<Costs> costs, String failure,
                          ClarityError error, Deployed deployed) {

    public StepOutcome {
        lines = List.copyOf(lines);
    }

    /** The scenario command: {@code call}, {@code deploy}, {@code var}, ... */
    public String command() {
        String t = step.text().strip();
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }

    /** Whether the step failed (its transcript line says {@code !!}). */
    public boolean failed() {
        return failure != null;
    }

    /** What its result line says after {@code =>}; null when it failed. */
    public String shown() {
        String prefix = step.echo() + " => ";
        return failed() || lines.isEmpty() || !lines.get(0).startsWith(prefix) ? null
                : lines.get(0).substring(prefix.length());
    }

    /**
     * A contract a deploy step tried to deploy.
     *
     * @param name its contract name
     * @param label its file as the scenario names it, or its name for {@code deploy-inline}
     * @param source its source
     */
    public record Deployed(String name, String label, String source) {
    }
}

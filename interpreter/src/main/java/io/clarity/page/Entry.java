package io.clarity.page;

import io.clarity.cost.ExecutionCost;
import io.clarity.eval.instrument.StateAccess;
import io.clarity.trace.Step;
import java.util.List;

/**
 * One step of the page's timeline: a scenario step, or a contract call a test made.
 *
 * @param title what ran, as the scenario wrote it ({@code call counter add u2 as wallet_1})
 * @param line the scenario line, or 0
 * @param status how it ended
 * @param result the result it gave, as printed; null when none
 * @param reason why it failed ({@code runtime error: DivisionByZero ...}) or was rolled back; null when neither
 * @param events the events it emitted, as the transcript prints them
 * @param cost what it cost, or null when not measured
 * @param limit the limit it ran against (a block's), or null when not measured
 * @param changes the state it changed, one change per place (the first value before, the last after)
 * @param trace its evaluation step by step
 * @param omittedSteps how many steps of a very long trace are left out after {@code trace}
 * @param place where it failed, or null
 */
public record Entry(String title, int line, Status status, String result, String reason, List<String> events,
                    ExecutionCost cost, ExecutionCost limit, List<StateAccess> changes, List<Step> trace,
                    int omittedSteps, Place place) {

    public Entry {
        events = List.copyOf(events);
        changes = List.copyOf(changes);
        trace = List.copyOf(trace);
    }

    /** How a step ended. */
    public enum Status {
        /** It ran and what it did is kept. */
        OK("ok"),
        /** A public call returned {@code (err ..)}: everything it did was undone. */
        ROLLED_BACK("rolled back"),
        /** It failed (an error, a refused call or deploy): everything it did was undone. */
        FAILED("failed"),
        /** A look at the chain (a data var, a balance, the height) or a change of epoch. */
        INFO("info");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** {@code ok}, {@code rolled back}, ... */
        public String label() {
            return label;
        }

        /** Whether what it did was undone. */
        public boolean undone() {
            return this == ROLLED_BACK || this == FAILED;
        }
    }

    /**
     * A position in a contract's source.
     *
     * @param contract the contract's name
     * @param line its line, 1-based
     * @param column its column, 1-based
     * @param key which of the page's contracts of that name it is ({@link Page.Contract#key()});
     *            null until the entry is added to a section, which knows
     */
    public record Place(String contract, int line, int column, String key) {

        /** A place in contract {@code contract}, not yet told which of the page's contracts it is. */
        public Place(String contract, int line, int column) {
            this(contract, line, column, null);
        }
    }

    /** This entry with its place in the page's contract {@code key}. */
    Entry placedIn(String key) {
        return place == null ? this : new Entry(title, line, status, result, reason, events, cost, limit, changes, trace,
                omittedSteps, new Place(place.contract(), place.line(), place.column(), key));
    }
}

package io.clarity;

import io.clarity.chain.Event;
import io.clarity.cost.ExecutionCost;
import io.clarity.value.Value;
import java.util.List;

/**
 * The outcome of a call, transfer or snippet: its value, the events it emitted (committed ones
 * only), and what it cost ({@code costs}: null when costs were not tracked, which is always the
 * case for snippets and STX transfers, as on the clarinet simnet).
 */
public record TxResult(Value result, List<Event> events, ExecutionCost costs) {

    public TxResult {
        events = List.copyOf(events);
    }

    /** An outcome whose costs were not tracked. */
    public TxResult(Value result, List<Event> events) {
        this(result, events, null);
    }

    @Override
    public String toString() {
        return result.toString();
    }
}

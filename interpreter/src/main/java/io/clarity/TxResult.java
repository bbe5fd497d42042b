package io.clarity;

import io.clarity.chain.Event;
import io.clarity.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a call, transfer or snippet, as the clarinet-sdk's {@code ParsedTransactionResult}:
 * its value, the events it emitted (committed ones only: a call that returns {@code (err ..)}
 * has none), and what it cost in the five dimensions (empty when costs were not tracked, which
 * is always the case for snippets and STX transfers, as on the clarinet simnet).
 */
public record TxResult(Value result, List<Event> events, Optional<Costs> costs) {

    public TxResult {
        Objects.requireNonNull(result);
        events = List.copyOf(events);
        Objects.requireNonNull(costs);
    }

    /** A result whose costs were not measured. */
    public TxResult(Value result, List<Event> events) {
        this(result, events, Optional.empty());
    }

    @Override
    public String toString() {
        return result.toString();
    }
}

package io.clarity;

import io.clarity.chain.Event;
import io.clarity.value.Value;
import java.util.List;

/** The outcome of a call, transfer or snippet: its value and the events it emitted (committed ones only). */
public record TxResult(Value result, List<Event> events) {

    public TxResult {
        events = List.copyOf(events);
    }

    @Override
    public String toString() {
        return result.toString();
    }
}

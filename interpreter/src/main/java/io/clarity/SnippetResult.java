package io.clarity;

import io.clarity.chain.Event;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a snippet run as the console runs it ({@link Simnet#evaluate}): the value of its
 * last plain expression (none when it only defines things), the events it emitted, the contract
 * it was kept as when it defined functions or traits, and what it cost when it was metered
 * ({@link Simnet#evaluateWithCosts}).
 */
public record SnippetResult(Optional<Value> value, List<Event> events, Optional<ContractPrincipalValue> stored,
                            Optional<Costs> costs) {

    public SnippetResult {
        Objects.requireNonNull(value);
        events = List.copyOf(events);
        Objects.requireNonNull(stored);
        Objects.requireNonNull(costs);
    }
}

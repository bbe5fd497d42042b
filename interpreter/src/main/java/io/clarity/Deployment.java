package io.clarity;

import io.clarity.chain.Event;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful deploy: the new contract, its Clarity version, the epoch, the events of its top
 * level, and what it cost (empty when costs were not tracked).
 */
public record Deployment(ContractPrincipalValue contract, ClarityVersion version, Epoch epoch, List<Event> events,
                         Optional<Costs> costs) {

    public Deployment {
        events = List.copyOf(events);
        Objects.requireNonNull(costs);
    }
}

package io.clarity;

import io.clarity.chain.Event;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.util.List;

/** A successful deploy: the new contract, its Clarity version, the epoch, and the events of its top level. */
public record Deployment(ContractPrincipalValue contract, ClarityVersion version, Epoch epoch, List<Event> events) {

    public Deployment {
        events = List.copyOf(events);
    }
}

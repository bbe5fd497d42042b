package io.clarity;

import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.Value;
import java.util.List;
import java.util.Objects;

/**
 * The costs of one contract call, as a line of Clarinet's {@code costs-reports.json}: the
 * contract, the function, its arguments and what the call cost ({@link Simnet#setCostReporting}).
 */
public record CallCosts(ContractPrincipalValue contract, String function, List<Value> args, Costs costs) {

    public CallCosts {
        Objects.requireNonNull(contract);
        Objects.requireNonNull(function);
        args = List.copyOf(args);
        Objects.requireNonNull(costs);
    }
}

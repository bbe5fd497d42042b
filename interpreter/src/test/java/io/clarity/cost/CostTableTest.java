package io.clarity.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.version.Epoch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cost tables against values read off the reference's cost contracts. */
class CostTableTest {

    @ParameterizedTest(name = "{0} {1}({2}) = {3}")
    @CsvSource(delimiter = '|', value = {
        // epoch | function | input | runtime read_count read_length write_count write_length
        "3.2  | ADD                 | 2    | 147 0 0 0 0",
        "3.2  | TUPLE_CONS          | 1    | 1876 0 0 0 0",
        "3.2  | TUPLE_CONS          | 3    | 1906 0 0 0 0",
        "3.2  | TUPLE_GET           | 5    | 1776 0 0 0 0",
        "3.2  | LOAD_CONTRACT       | 4792 | 4872 3 4793 0 0",
        "3.2  | SET_VAR             | 17   | 740 1 0 1 18",
        "3.2  | CREATE_VAR          | 16   | 2137 0 0 2 17",
        "3.2  | STX_TRANSFER        | 0    | 4640 1 1 1 1",
        "2.0  | ADD                 | 2    | 3000 0 0 0 0",
        "2.05 | ADD                 | 2    | 180 0 0 0 0",
        "2.05 | ASSERTS             | 0    | 158 0 0 0 0",
        "3.3  | CONTRACT_HASH       | 0    | 188 1 32 0 0",
        "3.4  | TO_ASCII            | 3    | 198 0 0 0 0",
        "3.2  | LOOKUP_VARIABLE_SIZE| 148  | 297 0 0 0 0",
    })
    void formulas(String epoch, CostFunction f, long n, String expected) {
        ExecutionCost c = CostTable.forEpoch(Epoch.of(epoch)).cost(f, n);
        assertThat(c.runtime() + " " + c.readCount() + " " + c.readLength() + " " + c.writeCount() + " " + c.writeLength())
                .isEqualTo(expected);
    }

    @Test
    void theEpochChoosesTheContract() {
        assertThat(CostTable.forEpoch(Epoch.E2_0).contract()).isEqualTo("costs");
        assertThat(CostTable.forEpoch(Epoch.E2_05).contract()).isEqualTo("costs-2");
        assertThat(CostTable.forEpoch(Epoch.E2_1).contract()).isEqualTo("costs-3");
        assertThat(CostTable.forEpoch(Epoch.E3_2).contract()).isEqualTo("costs-3");
        assertThat(CostTable.forEpoch(Epoch.E3_3).contract()).isEqualTo("costs-4");
        assertThat(CostTable.forEpoch(Epoch.E3_4).contract()).isEqualTo("costs-4");
        // each table is read once, on first use, and then shared by the epochs of its contract
        assertThat(CostTable.forEpoch(Epoch.E2_1)).isSameAs(CostTable.forEpoch(Epoch.E3_2));
    }

    @Test
    void everyNativeHasACostFunctionTheLatestTableDefinesOrIsAnAllowance() {
        CostTable costs4 = CostTable.forEpoch(Epoch.E3_4);
        for (io.clarity.vocabulary.NativeFunction f : io.clarity.vocabulary.NativeFunction.values()) {
            CostFunction cf = NativeCosts.function(f);
            if (cf == null) {
                assertThat(f.category()).as(f.name()).isEqualTo("post-condition");
            } else if (f.until() == 0 && f.since() <= 5) {
                assertThat(costs4.cost(cf, 1)).as(f.name()).isNotNull();
            }
        }
    }

    @Test
    void aFunctionTheContractLacksFailsTheTransaction() {
        assertThatThrownBy(() -> CostTable.forEpoch(Epoch.E3_2).cost(CostFunction.CONTRACT_HASH, 0))
                .isInstanceOf(ClarityError.class).hasMessageContaining("cost_contract_hash");
    }

    @Test
    void theTrackerRefusesTheChargeThatCrossesTheLimit() {
        LimitedCostTracker t = new LimitedCostTracker(CostTable.forEpoch(Epoch.E3_2), new ExecutionCost(1000, 10, 100, 10, 100));
        t.charge(CostFunction.LOOKUP_FUNCTION, 0);
        assertThat(t.total()).isEqualTo(new ExecutionCost(16, 0, 0, 0, 0));
        assertThatThrownBy(() -> t.charge(CostFunction.LOAD_CONTRACT, 200))
                .isInstanceOfSatisfying(ClarityError.class, e -> assertThat(e.kind()).isEqualTo(RuntimeErrorKind.CostBalanceExceeded));
        assertThatThrownBy(() -> t.addMemory(LimitedCostTracker.MEMORY_LIMIT + 1))
                .isInstanceOfSatisfying(ClarityError.class, e -> assertThat(e.kind()).isEqualTo(RuntimeErrorKind.MemoryBalanceExceeded));
    }
}

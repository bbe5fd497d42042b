package io.clarity.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.clarity.value.Types;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The metering seam: the limited tracker prices what it is handed and charges natives from their
 * rows only as the rows say; the free tracker computes nothing from what it is handed.
 */
class CostTrackerTest {

    private static LimitedCostTracker limited() {
        return new LimitedCostTracker(CostTable.forEpoch(Epoch.E3_2), ExecutionCost.BLOCK_LIMIT);
    }

    private static ExecutionCost priced(CostFunction f, long input) {
        LimitedCostTracker t = limited();
        t.charge(f, input);
        return t.total();
    }

    @Test
    void aNativeIsChargedTheCostFunctionOfItsRow() {
        LimitedCostTracker t = limited();
        t.charge(NativeFunction.IF);
        t.charge(NativeFunction.FT_MINT);
        LimitedCostTracker expected = limited();
        expected.charge(CostFunction.IF, 0);
        expected.charge(CostFunction.FT_MINT, 0);
        assertThat(t.total()).isEqualTo(expected.total());
    }

    @Test
    void aChargeThatDisagreesWithTheRowIsAnInterpreterBug() {
        // if's row says 0, let's says an input of its own, add's row is charged by the evaluator
        assertThatThrownBy(() -> limited().charge(NativeFunction.IF, 3))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("if");
        assertThatThrownBy(() -> limited().charge(NativeFunction.LET))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("let");
        assertThatThrownBy(() -> limited().charge(NativeFunction.ADD, 2))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sizedChargesPriceTheValueTheyAreHanded() {
        Value v = UIntValue.of(7);
        LimitedCostTracker t = limited();
        t.chargeSize(CostFunction.LOOKUP_VARIABLE_SIZE, v);
        assertThat(t.total()).isEqualTo(priced(CostFunction.LOOKUP_VARIABLE_SIZE, ValueSizes.size(v)));
        LimitedCostTracker s = limited();
        assertThat(s.chargeSerialized(NativeFunction.VAR_SET, v, 1)).isEqualTo(ValueSizes.serializedSize(v) + 1);
        assertThat(s.total()).isEqualTo(priced(CostFunction.SET_VAR, ValueSizes.serializedSize(v) + 1));
        assertThat(limited().chargeTypeSize(NativeFunction.NFT_MINT, Types.buffer(10))).isEqualTo(14);
        assertThat(limited().holdMemory(v, 5)).isEqualTo(ValueSizes.size(v) + 5);
    }

    @Test
    void aSimpleNativeIsChargedTheInputOfItsRow() {
        LimitedCostTracker t = limited();
        t.chargeApplied(NativeCosts.lookup(NativeFunction.ADD), List.of(UIntValue.of(1), UIntValue.of(2), UIntValue.of(3)),
                Epoch.E3_2, ClarityVersion.CLARITY3);
        assertThat(t.total()).isEqualTo(priced(CostFunction.ADD, 3));
    }

    @Test
    void theFreeTrackerNeverLooksAtWhatItIsHanded() {
        // a null value or type would fail any size computation: the free tracker computes none
        CostTracker free = CostTracker.FREE;
        free.chargeSize(CostFunction.LOOKUP_VARIABLE_SIZE, null);
        free.chargeSize(NativeFunction.TO_ASCII, null);
        free.chargeSizes(NativeFunction.CONCAT, null, null);
        free.chargeTypeSize(CostFunction.INNER_TYPE_CHECK_COST, null);
        free.chargeTypeParse(null);
        free.chargeApplied(NativeCosts.lookup(NativeFunction.IS_EQ), null, Epoch.E3_2, ClarityVersion.CLARITY3);
        assertThat(free.chargeSerialized(NativeFunction.VAR_SET, null, null, 1)).isZero();
        assertThat(free.chargeTypeSize(NativeFunction.NFT_MINT, null)).isZero();
        assertThat(free.holdMemory((Value) null)).isZero();
        assertThat(free.holdMemory((List<Value>) null)).isZero();
        free.charge(NativeFunction.IF, 3);
        assertThat(free.total()).isEqualTo(ExecutionCost.ZERO);
    }

    @Test
    void aFixedChargeChargesWhatEachApplicationWouldForEveryNativeAndEpoch() {
        Value a = UIntValue.of(7);
        Value b = UIntValue.of(9);
        int fixed = 0;
        for (Epoch epoch : Epoch.values()) {
            for (NativeFunction f : NativeFunction.values()) {
                NativeCosts.Entry row = NativeCosts.lookup(f);
                LimitedCostTracker once = new LimitedCostTracker(CostTable.forEpoch(epoch), ExecutionCost.BLOCK_LIMIT);
                CostTracker.FixedCharge charge = once.fixApplied(row);
                if (charge == null) {
                    assertThat(row.input() != NativeCosts.Input.ARG_COUNT || row.function() == null
                            || !CostTable.forEpoch(epoch).defines(row.function())).as(f + " in " + epoch).isTrue();
                    continue;
                }
                fixed++;
                LimitedCostTracker each = new LimitedCostTracker(CostTable.forEpoch(epoch), ExecutionCost.BLOCK_LIMIT);
                for (int i = 0; i < 3; i++) {
                    once.charge(charge);
                    each.chargeApplied(row, a, b, epoch, ClarityVersion.CLARITY3);
                    assertThat(once.total()).as(f + " in " + epoch).isEqualTo(each.total());
                }
            }
        }
        assertThat(fixed).as("the arithmetic and comparison natives, in every epoch").isGreaterThan(50);
        assertThat(FreeCostTracker.INSTANCE.fixApplied(NativeCosts.lookup(NativeFunction.ADD))).isNull();
    }

    @Test
    void aFixedChargeFailsAtTheSameChargeWithTheSameTotals() {
        NativeCosts.Entry add = NativeCosts.lookup(NativeFunction.ADD);
        long perCharge = priced(add.function(), 2).runtime();
        ExecutionCost small = new ExecutionCost(perCharge * 5 + perCharge / 2, 10, 10, 10, 10);
        LimitedCostTracker once = new LimitedCostTracker(CostTable.forEpoch(Epoch.E3_2), small);
        LimitedCostTracker each = new LimitedCostTracker(CostTable.forEpoch(Epoch.E3_2), small);
        CostTracker.FixedCharge charge = once.fixApplied(add);
        for (int i = 0; i < 5; i++) {
            once.charge(charge);
            each.chargeApplied(add, UIntValue.of(1), UIntValue.of(2), Epoch.E3_2, ClarityVersion.CLARITY3);
        }
        Throwable byOnce = catchThrowable(() -> once.charge(charge));
        Throwable byEach = catchThrowable(
                () -> each.chargeApplied(add, UIntValue.of(1), UIntValue.of(2), Epoch.E3_2, ClarityVersion.CLARITY3));
        assertThat(byOnce).isNotNull().hasMessage(byEach.getMessage());
        assertThat(once.total()).isEqualTo(each.total());
        assertThatThrownBy(() -> once.charge(charge)).as("every later charge fails too").isInstanceOf(byOnce.getClass());
    }
}

package io.clarity.cost;

import io.clarity.ast.Expr;
import io.clarity.value.TypeSignature;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;

/**
 * The tracker of a chain without cost tracking ({@code --no-cost-tracking},
 * {@code Simnet.withoutCostTracking()}): it measures nothing and never refuses, and computes no
 * input it is handed (no size, no serialization), so that metering costs nothing there.
 */
public final class FreeCostTracker implements CostTracker {

    /** The one free tracker: it has no state. */
    public static final FreeCostTracker INSTANCE = new FreeCostTracker();

    private FreeCostTracker() {
    }

    @Override
    public void charge(CostFunction function, long input) {
    }

    @Override
    public void charge(NativeFunction function) {
    }

    @Override
    public void charge(NativeFunction function, long input) {
    }

    @Override
    public void chargeSize(CostFunction function, Value v) {
    }

    @Override
    public void chargeSize(NativeFunction function, Value v) {
    }

    @Override
    public void chargeSizes(NativeFunction function, Value a, Value b) {
    }

    @Override
    public void chargeTypeSize(CostFunction function, TypeSignature t) {
    }

    @Override
    public long chargeTypeSize(NativeFunction function, TypeSignature t) {
        return 0;
    }

    @Override
    public long chargeSerialized(NativeFunction function, Value v, long extra) {
        return 0;
    }

    @Override
    public long chargeSerialized(NativeFunction function, Value a, Value b, long extra) {
        return 0;
    }

    @Override
    public void chargeApplied(NativeCosts.Entry cost, List<Value> args, Epoch epoch, ClarityVersion version) {
    }

    @Override
    public void chargeApplied(NativeCosts.Entry cost, Value a, Value b, Epoch epoch, ClarityVersion version) {
    }

    @Override
    public FixedCharge fixApplied(NativeCosts.Entry cost) {
        return null;
    }

    @Override
    public void charge(FixedCharge charge) {
    }

    @Override
    public void chargeTypeParse(Expr type) {
    }

    @Override
    public void addMemory(long bytes) {
    }

    @Override
    public long holdMemory(Value v) {
        return 0;
    }

    @Override
    public long holdMemory(Value v, long extra) {
        return 0;
    }

    @Override
    public long holdMemory(Value a, Value b) {
        return 0;
    }

    @Override
    public long holdMemory(List<Value> values) {
        return 0;
    }

    @Override
    public void dropMemory(long bytes) {
    }

    @Override
    public ExecutionCost total() {
        return ExecutionCost.ZERO;
    }

    @Override
    public String toString() {
        return "free cost tracker";
    }
}

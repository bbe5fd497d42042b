package io.clarity.cost;

import io.clarity.ast.Expr;
import io.clarity.value.TypeSignature;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;

/**
 * The meter: where execution reports what it spends. Every native application, variable and
 * function lookup, user function call, contract load and definition charges a cost function
 * with its input ({@link NativeCosts} and {@link CostInputs} say which input each call site
 * passes); the tracker prices the charge with the cost table of the epoch and refuses it, with
 * {@code CostBalanceExceeded}, when the transaction goes over its limit; memory is counted apart
 * ({@code MemoryBalanceExceeded}).
 *
 * <p>Two implementations: {@link LimitedCostTracker} meters, {@link FreeCostTracker} (for
 * {@code --no-cost-tracking}) measures nothing. Call sites read the same in both modes: where an
 * input takes work to compute (a value's size, a serialization's length, a type's parse steps),
 * they hand the tracker the value, the type or the expression, and only the limited tracker
 * computes the input; the free one returns at once, so that running without costs costs nothing.
 * Methods that return a number return the input they charged (or the memory they counted), which
 * is 0 for the free tracker.
 */
public sealed interface CostTracker permits FreeCostTracker, LimitedCostTracker {

    /** Charges {@code function} for input {@code input}. */
    void charge(CostFunction function, long input);

    /**
     * A native that charges itself with input 0 ({@link NativeCosts.Input#ZERO}, or
     * {@link NativeCosts.Input#ZERO_BEFORE_ARGS} in a special form) was applied: charges the cost
     * function of its row.
     */
    void charge(NativeFunction function);

    /**
     * A native that charges itself ({@link NativeCosts.Input#OWN}) was applied, with the input
     * its row documents: charges the cost function of the native's row ({@link NativeCosts#function};
     * nothing for a row without one).
     */
    void charge(NativeFunction function, long input);

    /** Charges {@code function} for the size of {@code v} ({@link ValueSizes#size}). */
    void chargeSize(CostFunction function, Value v);

    /** Charges native {@code function} for the size of {@code v} ({@link ValueSizes#size}). */
    void chargeSize(NativeFunction function, Value v);

    /** Charges native {@code function} for the sum of the sizes of {@code a} and {@code b}. */
    void chargeSizes(NativeFunction function, Value a, Value b);

    /** Charges {@code function} for the size of a value of type {@code t} ({@code Types.size}). */
    void chargeTypeSize(CostFunction function, TypeSignature t);

    /** Charges native {@code function} for the size of a value of type {@code t}; returns that input. */
    long chargeTypeSize(NativeFunction function, TypeSignature t);

    /**
     * Charges native {@code function} for {@code extra} plus the length of {@code v}'s consensus
     * serialization ({@link ValueSizes#serializedSize}); returns that input.
     */
    long chargeSerialized(NativeFunction function, Value v, long extra);

    /** Charges native {@code function} for {@code extra} plus the serialized lengths of {@code a} and {@code b}; returns that input. */
    long chargeSerialized(NativeFunction function, Value a, Value b, long extra);

    /**
     * Charges a simple native applied to {@code args} (already evaluated) with the input its row
     * says ({@link NativeCosts#input(NativeCosts.Entry, List, Epoch, ClarityVersion)}); a row
     * charged before the arguments or by the native itself is not charged here.
     */
    void chargeApplied(NativeCosts.Entry cost, List<Value> args, Epoch epoch, ClarityVersion version);

    /** {@link #chargeApplied(NativeCosts.Entry, List, Epoch, ClarityVersion)} of the two arguments {@code a} and {@code b}. */
    void chargeApplied(NativeCosts.Entry cost, Value a, Value b, Epoch epoch, ClarityVersion version);

    /**
     * What {@link #chargeApplied(NativeCosts.Entry, Value, Value, Epoch, ClarityVersion)} charges
     * for any two values, computed once, when the row's input does not depend on them (the
     * argument count): a fold applies {@code +} to every element, and pricing each application
     * anew was half the fold's time. Null when there is nothing to fix: the input depends on the
     * values, the row charges elsewhere, this tracker charges nothing, or pricing fails (the
     * charge, made each time, then fails where it would have).
     */
    FixedCharge fixApplied(NativeCosts.Entry cost);

    /** Charges what {@link #fixApplied} computed: the same amounts, totals and limit checks as the charge it stands for. */
    void charge(FixedCharge charge);

    /** A charge's five amounts, computed once by {@link #fixApplied}. */
    final class FixedCharge {
        final boolean runtimeOnly;
        final long runtime;
        final long readCount;
        final long readLength;
        final long writeCount;
        final long writeLength;

        FixedCharge(boolean runtimeOnly, long runtime, long readCount, long readLength, long writeCount,
                    long writeLength) {
            this.runtimeOnly = runtimeOnly;
            this.runtime = runtime;
            this.readCount = readCount;
            this.readLength = readLength;
            this.writeCount = writeCount;
            this.writeLength = writeLength;
        }
    }

    /** The reference's type parser read type expression {@code type}: a step per node ({@link CostInputs#typeParseSteps}). */
    void chargeTypeParse(Expr type);

    /** Counts {@code bytes} more of memory in use. */
    void addMemory(long bytes);

    /** Counts {@code v}'s size in memory; returns what to release. */
    long holdMemory(Value v);

    /** Counts {@code v}'s size and {@code extra} bytes in memory, at once; returns what to release. */
    long holdMemory(Value v, long extra);

    /** Counts the sizes of {@code a} and {@code b} in memory, at once; returns what to release. */
    long holdMemory(Value a, Value b);

    /** Counts the sum of the values' sizes in memory, at once; returns what to release. */
    long holdMemory(List<Value> values);

    /** Counts {@code bytes} of memory as released. */
    void dropMemory(long bytes);

    /** What has been charged so far. */
    ExecutionCost total();

    /** The tracker that measures nothing and never refuses. */
    CostTracker FREE = FreeCostTracker.INSTANCE;
}

package io.clarity.cost;

import io.clarity.ast.Expr;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;
import java.util.StringJoiner;

/**
 * Meters one transaction: adds every charge, priced by the epoch's {@link CostTable}, to a running
 * total, and fails the transaction with {@code CostBalanceExceeded} as soon as any dimension goes
 * over the limit (the charge that crosses it is counted, as in the reference). Memory in use is
 * counted separately against {@link #MEMORY_LIMIT} ({@code MemoryBalanceExceeded}).
 */
public final class LimitedCostTracker implements CostTracker {

    /** The reference's {@code CLARITY_MEMORY_LIMIT}, in bytes. */
    public static final long MEMORY_LIMIT = 100_000_000L;

    private final CostTable table;
    private final ExecutionCost limit;
    private long runtime;
    private long readCount;
    private long readLength;
    private long writeCount;
    private long writeLength;
    private long memory;
    /** Whether a charge went over the limit (every later charge fails too). */
    private boolean overLimit;
    /** The limit's dimensions, read on every charge. */
    private final long runtimeLimit;
    private final long readCountLimit;
    private final long readLengthLimit;
    private final long writeCountLimit;
    private final long writeLengthLimit;

    public LimitedCostTracker(CostTable table, ExecutionCost limit) {
        this.table = table;
        this.limit = limit;
        this.runtimeLimit = limit.runtime();
        this.readCountLimit = limit.readCount();
        this.readLengthLimit = limit.readLength();
        this.writeCountLimit = limit.writeCount();
        this.writeLengthLimit = limit.writeLength();
    }

    public CostTable table() {
        return table;
    }

    public ExecutionCost limit() {
        return limit;
    }

    @Override
    public void charge(CostFunction function, long input) {
        try {
            add(function, input);
        } catch (ArithmeticException e) {
            throw RuntimeErrorKind.CostComputationFailed.error(function.contractName() + " of " + input, e.getMessage());
        }
    }

    @Override
    public void charge(NativeFunction function) {
        NativeCosts.Entry row = NativeCosts.lookup(function);
        if (row.input() != NativeCosts.Input.ZERO && row.input() != NativeCosts.Input.ZERO_BEFORE_ARGS) {
            throw disagrees(function, row, "0");
        }
        charge(row.function(), 0);
    }

    @Override
    public void charge(NativeFunction function, long input) {
        NativeCosts.Entry row = NativeCosts.lookup(function);
        if (row.input() != NativeCosts.Input.OWN) {
            throw disagrees(function, row, "an input of its own");
        }
        if (row.function() != null) {
            charge(row.function(), input);
        }
    }

    /** A native charged otherwise than its row says: an interpreter bug, caught by the corpus run with costs. */
    private static IllegalStateException disagrees(NativeFunction function, NativeCosts.Entry row, String charged) {
        return new IllegalStateException(function.clarityName() + " was charged " + charged + " but its cost row says "
                + row.input());
    }

    @Override
    public void chargeSize(CostFunction function, Value v) {
        charge(function, ValueSizes.size(v));
    }

    @Override
    public void chargeSize(NativeFunction function, Value v) {
        charge(function, ValueSizes.size(v));
    }

    @Override
    public void chargeSizes(NativeFunction function, Value a, Value b) {
        charge(function, ValueSizes.size(a) + ValueSizes.size(b));
    }

    @Override
    public void chargeTypeSize(CostFunction function, TypeSignature t) {
        charge(function, Types.size(t));
    }

    @Override
    public long chargeTypeSize(NativeFunction function, TypeSignature t) {
        long n = Types.size(t);
        charge(function, n);
        return n;
    }

    @Override
    public long chargeSerialized(NativeFunction function, Value v, long extra) {
        long n = ValueSizes.serializedSize(v) + extra;
        charge(function, n);
        return n;
    }

    @Override
    public long chargeSerialized(NativeFunction function, Value a, Value b, long extra) {
        long n = ValueSizes.serializedSize(a) + ValueSizes.serializedSize(b) + extra;
        charge(function, n);
        return n;
    }

    @Override
    public void chargeApplied(NativeCosts.Entry cost, List<Value> args, Epoch epoch, ClarityVersion version) {
        long n = NativeCosts.input(cost, args, epoch, version);
        if (n >= 0 && cost.function() != null) {
            charge(cost.function(), n);
        }
    }

    @Override
    public void chargeApplied(NativeCosts.Entry cost, Value a, Value b, Epoch epoch, ClarityVersion version) {
        long n = NativeCosts.input(cost, a, b, epoch, version);
        if (n >= 0 && cost.function() != null) {
            charge(cost.function(), n);
        }
    }

    @Override
    public FixedCharge fixApplied(NativeCosts.Entry cost) {
        CostFunction function = cost.function();
        if (cost.input() != NativeCosts.Input.ARG_COUNT || function == null || !table.defines(function)) {
            return null;
        }
        Formula[] d = table.row(function);
        try {
            return new FixedCharge(table.runtimeOnly(function), d[CostTable.RUNTIME].apply(2),
                    d[CostTable.READ_COUNT].apply(2), d[CostTable.READ_LENGTH].apply(2),
                    d[CostTable.WRITE_COUNT].apply(2), d[CostTable.WRITE_LENGTH].apply(2));
        } catch (ArithmeticException e) {
            return null;
        }
    }

    @Override
    public void charge(FixedCharge c) {
        runtime = add(runtime, c.runtime);
        if (!c.runtimeOnly) {
            readCount = add(readCount, c.readCount);
            readLength = add(readLength, c.readLength);
            writeCount = add(writeCount, c.writeCount);
            writeLength = add(writeLength, c.writeLength);
        } else if (runtime <= runtimeLimit && !overLimit) {
            return;
        }
        checkLimit();
    }

    @Override
    public void chargeTypeParse(Expr type) {
        int steps = CostInputs.typeParseSteps(type);
        for (int i = 0; i < steps; i++) {
            charge(CostFunction.TYPE_PARSE_STEP, 0);
        }
    }

    private void add(CostFunction function, long input) {
        Formula[] d = table.row(function);
        runtime = add(runtime, d[CostTable.RUNTIME].apply(input));
        if (!table.runtimeOnly(function)) {
            readCount = add(readCount, d[CostTable.READ_COUNT].apply(input));
            readLength = add(readLength, d[CostTable.READ_LENGTH].apply(input));
            writeCount = add(writeCount, d[CostTable.WRITE_COUNT].apply(input));
            writeLength = add(writeLength, d[CostTable.WRITE_LENGTH].apply(input));
        } else if (runtime <= runtimeLimit && !overLimit) {
            // the other dimensions did not change, and were within their limits
            return;
        }
        checkLimit();
    }

    /** Fails the transaction when a dimension is over the limit. */
    private void checkLimit() {
        if (runtime > runtimeLimit || readCount > readCountLimit || readLength > readLengthLimit
                || writeCount > writeCountLimit || writeLength > writeLengthLimit) {
            // a caller that carries on after the failure (the call tracer) fails at the next charge
            overLimit = true;
            throw RuntimeErrorKind.CostBalanceExceeded.error(exceeded(), total(), limit);
        }
    }

    /** The dimensions over the limit, by the oracle's names. */
    private String exceeded() {
        StringJoiner j = new StringJoiner(" and ");
        if (runtime > limit.runtime()) {
            j.add("runtime");
        }
        if (readCount > limit.readCount()) {
            j.add("read_count");
        }
        if (readLength > limit.readLength()) {
            j.add("read_length");
        }
        if (writeCount > limit.writeCount()) {
            j.add("write_count");
        }
        if (writeLength > limit.writeLength()) {
            j.add("write_length");
        }
        return j.toString();
    }

    private static long add(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    @Override
    public void addMemory(long bytes) {
        memory = add(memory, bytes);
        if (memory > MEMORY_LIMIT) {
            throw RuntimeErrorKind.MemoryBalanceExceeded.error(memory + " bytes in use, over the limit of " + MEMORY_LIMIT);
        }
    }

    @Override
    public long holdMemory(Value v) {
        long size = ValueSizes.size(v);
        addMemory(size);
        return size;
    }

    @Override
    public long holdMemory(Value v, long extra) {
        long size = ValueSizes.size(v) + extra;
        addMemory(size);
        return size;
    }

    @Override
    public long holdMemory(Value a, Value b) {
        long size = ValueSizes.size(a) + ValueSizes.size(b);
        addMemory(size);
        return size;
    }

    @Override
    public long holdMemory(List<Value> values) {
        long size = ValueSizes.size(values);
        addMemory(size);
        return size;
    }

    @Override
    public void dropMemory(long bytes) {
        memory = Math.max(0, memory - bytes);
    }

    /** The memory counted as in use now, in bytes. */
    public long memory() {
        return memory;
    }

    @Override
    public ExecutionCost total() {
        return new ExecutionCost(runtime, readCount, readLength, writeCount, writeLength);
    }

    @Override
    public String toString() {
        return "cost tracker (" + table + "): " + total();
    }
}

package io.clarity.cost;

import io.clarity.error.RuntimeErrorKind;
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

    public LimitedCostTracker(CostTable table, ExecutionCost limit) {
        this.table = table;
        this.limit = limit;
    }

    public CostTable table() {
        return table;
    }

    public ExecutionCost limit() {
        return limit;
    }

    @Override
    public boolean tracking() {
        return true;
    }

    @Override
    public void charge(CostFunction function, long input) {
        try {
            add(function, input);
        } catch (ArithmeticException e) {
            throw RuntimeErrorKind.CostComputationFailed.error(function.contractName() + " of " + input, e.getMessage());
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
        }
        if (runtime > limit.runtime() || readCount > limit.readCount() || readLength > limit.readLength()
                || writeCount > limit.writeCount() || writeLength > limit.writeLength()) {
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

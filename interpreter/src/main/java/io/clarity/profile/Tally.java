package io.clarity.profile;

import io.clarity.cost.ExecutionCost;

/** A running sum of costs (a profile adds to it at every callback, so it is mutable, and private to the profile). */
final class Tally {

    private long runtime;
    private long readCount;
    private long readLength;
    private long writeCount;
    private long writeLength;

    /** Adds {@code to - from}. */
    void addDifference(ExecutionCost to, ExecutionCost from) {
        runtime += to.runtime() - from.runtime();
        readCount += to.readCount() - from.readCount();
        readLength += to.readLength() - from.readLength();
        writeCount += to.writeCount() - from.writeCount();
        writeLength += to.writeLength() - from.writeLength();
    }

    void add(Tally other) {
        runtime += other.runtime;
        readCount += other.readCount;
        readLength += other.readLength;
        writeCount += other.writeCount;
        writeLength += other.writeLength;
    }

    ExecutionCost cost() {
        return new ExecutionCost(runtime, readCount, readLength, writeCount, writeLength);
    }
}

package io.clarity;

/**
 * What a transaction spent in the five dimensions the Clarity VM measures, named as the
 * clarinet-sdk names them. Results carry none until cost tracking arrives (issue 7); the type is
 * here so that {@link TxResult#costs()} already has its final shape.
 */
public record Costs(long runtime, long readCount, long readLength, long writeCount, long writeLength) {
}

/**
 * The Clarity interpreter's public entry point: {@link io.clarity.Simnet}, a simulated chain in
 * the image of the clarinet-sdk's {@code simnet} (see its class javadoc for a tour of the
 * packages), with the results of its transactions ({@link io.clarity.TxResult},
 * {@link io.clarity.Deployment}), blocks of transactions ({@link io.clarity.Tx}), snapshots
 * ({@link io.clarity.Snapshot}), contract interfaces ({@link io.clarity.ContractInterface}) and
 * the {@link io.clarity.Cl} value factory. JUnit 5 and AssertJ support is in
 * {@code io.clarity.testing}; call traces in {@code io.clarity.trace}.
 */
package io.clarity;

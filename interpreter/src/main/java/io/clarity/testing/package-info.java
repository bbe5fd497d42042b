/**
 * Testing Clarity contracts from JUnit 5 with AssertJ. JUnit and AssertJ are optional
 * dependencies of the interpreter: a project that uses this package declares them itself, in
 * the test scope.
 *
 * <ul>
 *   <li>{@link io.clarity.testing.ClarityTest} (the {@link io.clarity.testing.SimnetExtension}):
 *       a fresh {@link io.clarity.Simnet} per test, contracts deployed by
 *       {@link io.clarity.testing.Deploy}, accounts injected by {@link io.clarity.testing.Account},
 *       every {@code print} of a test's calls in its output with its place, the trace of the last
 *       call attached to a failed test's error ({@link io.clarity.testing.LastContractCall});</li>
 *   <li>{@link io.clarity.testing.ClarityAssertions}: {@code assertThat(result).isOk().isUint(1)},
 *       tuples, lists, printed forms and events, with messages in Clarity syntax; expected
 *       runtime errors ({@code assertThatRuntimeError(() -> ...).hasKind(..)});</li>
 *   <li>{@link io.clarity.testing.ClarityUnitTests}: tests written in Clarity ({@code *_test.clar},
 *       the clarunit conventions) as JUnit dynamic tests.</li>
 * </ul>
 */
package io.clarity.testing;

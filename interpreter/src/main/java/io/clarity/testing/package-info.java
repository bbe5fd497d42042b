/**
 * Testing Clarity contracts from JUnit 5 with AssertJ. JUnit and AssertJ are optional
 * dependencies of the interpreter: a project that uses this package declares them itself, in
 * the test scope.
 *
 * <ul>
 *   <li>{@link io.clarity.testing.ClarityTest} (the {@link io.clarity.testing.SimnetExtension}):
 *       a fresh {@link io.clarity.Simnet} per test, contracts deployed by
 *       {@link io.clarity.testing.Deploy}, accounts injected by {@link io.clarity.testing.Account},
 *       the trace of the last call printed when a test fails;</li>
 *   <li>{@link io.clarity.testing.ClarityAssertions}: {@code assertThat(result).isOk().isUint(1)},
 *       tuples, lists, printed forms and events, with messages in Clarity syntax;</li>
 *   <li>{@link io.clarity.testing.ClarityUnitTests}: tests written in Clarity ({@code *_test.clar},
 *       the clarunit conventions) as JUnit dynamic tests.</li>
 * </ul>
 */
package io.clarity.testing;

package io.clarity.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 test class whose tests get a chain of their own: a {@link io.clarity.Simnet}
 * parameter is a fresh chain with the project's contracts and accounts (below), then the
 * contracts of the class's {@link Deploy} annotations, deployed once and restored from a
 * snapshot for every test (then those of the method's own {@code @Deploy}).
 *
 * <p>The project is the Clarinet project of the nearest {@code Clarinet.toml} at or above the
 * working directory (or the one {@link #manifest()} names), set up as clarinet-sdk's
 * {@code initSimnet} sets it up: the accounts and balances of {@code settings/Devnet.toml}, the
 * manifest's contracts in dependency order, each in its epoch with its Clarity version, and the
 * contract calls of {@code deployments/default.simnet-plan.yaml}. Without a project the chain
 * has the ten standard accounts and is in epoch 3.2. The test's chain is also what its
 * {@code @BeforeEach} and {@code @AfterEach} methods and the test class's constructor get; none is
 * shared by the tests of a class (a chain is not safe to share between tests running in parallel),
 * so a {@code Simnet} parameter of {@code @BeforeAll}, {@code @AfterAll} or of the constructor under
 * {@code @TestInstance(PER_CLASS)} is refused. {@link Account} parameters are the standard
 * accounts. Every {@code print} of a test's calls goes to its output, with its place
 * ({@link #prints()}). When a test fails, the trace of its last contract call is attached to the
 * failure and printed. The costs of the
 * tests' contract calls can be reported ({@link #costsReport()}), and the coverage of the
 * contracts they run ({@link #coverage()}), and the calls they make shown on a page ({@link #page()}).
 *
 * <pre>{@code
 * @ClarityTest
 * @Deploy(name = "counter", path = "contracts/counter.clar")
 * class CounterTest {
 *     @Test
 *     void adds(Simnet simnet, @Account("wallet_1") String alice) {
 *         assertThat(simnet.callPublic("counter", "add", List.of(Cl.uint(2)), alice)).isOk().isUint(2);
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SimnetExtension.class)
public @interface ClarityTest {

    /**
     * The epoch the chain is in when the {@code @Deploy} contracts are deployed ({@code "3.2"}):
     * without a project it is 3.2; with one, where the project's deployment leaves it (the epoch
     * of its last contract, as in clarinet-sdk), or this one if it is later.
     */
    String epoch() default "";

    /**
     * The project's {@code Clarinet.toml}, relative to the working directory (under Maven, the
     * module's directory); empty: the nearest one at or above the working directory, if any.
     */
    String manifest() default "";

    /** Whether to set up the Clarinet project; {@code false} ignores any {@code Clarinet.toml}. */
    boolean project() default true;

    /**
     * Whether calls record their trace: when a test fails, the trace of its last contract call
     * is attached to the failure (a suppressed {@link LastContractCall}) and printed.
     */
    boolean trace() default true;

    /**
     * Whether every {@code print} of the tests' calls goes to the test's output (System.out) as it
     * happens, as Vitest shows them: the value in Clarity syntax, then the contract and line of
     * the {@code print}, {@code { amount: u5000, event: "open", id: u1 } (escrow:18)}. Every call
     * counts: public, read-only and private calls, snippets, deploys, and calls that fail or
     * return {@code (err ..)} (whose prints no transaction keeps). The JUnit configuration
     * parameter {@code clarity.prints=false} (a system property, {@code -Dclarity.prints=false},
     * or a line of {@code junit-platform.properties}) turns them off for every class.
     */
    boolean prints() default true;

    /**
     * Where to write a report of the costs of every contract call the tests make, in the shape of
     * Clarinet's {@code costs-reports.json} (a path relative to the working directory); empty: only
     * when the {@code clarity.costsReport} system property asks for one (its value is the path, or
     * empty for {@code costs-reports.json}). The file is written when the test run ends.
     */
    String costsReport() default "";

    /**
     * Where to write the line, function and branch coverage of the contracts the tests run, as
     * LCOV (a path relative to the working directory; an existing file is read and added to);
     * empty: only when the {@code clarity.coverage} system property asks for it (its value is the
     * path, or empty for {@code target/lcov.info}). Contracts deployed from a path or a class-path
     * file are reported under that file; others are written beside the LCOV file. Written when
     * the test run ends.
     */
    String coverage() default "";

    /**
     * Where to write this class's tests as one self-contained HTML page (a path relative to the
     * working directory): a section per test, with each contract call it made, its result,
     * events, costs, the state it changed and its trace step by step (as {@code clarity scenario
     * --html} shows a scenario); empty: only when the {@code clarity.page} system property asks
     * for pages (its value is a folder, or empty for {@code target/clarity-pages}, where the page
     * is {@code <class name>.html}). Written when the test run ends.
     */
    String page() default "";
}

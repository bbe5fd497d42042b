package io.clarity.testing;

import static io.clarity.testing.ClarityAssertions.assertThat;
import static io.clarity.testing.ClarityAssertions.assertThatRuntimeError;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Test classes that fail on purpose, run by {@link SimnetExtensionTest} through the JUnit
 * launcher (nested classes are not picked up by the build's own test run).
 */
final class ExtensionFixtures {

    private ExtensionFixtures() {
    }

    static final String COUNTER = """
            (define-data-var n uint u0)
            (define-private (check (d uint)) (begin (asserts! (> d u0) (err u1)) (ok d)))
            (define-public (add (d uint))
              (begin (try! (check d)) (var-set n (+ (var-get n) d)) (print { n: (var-get n) }) (ok (var-get n))))
            """;

    @ClarityTest
    @Deploy(name = "counter", source = COUNTER)
    static class FailingAssertion {
        @Test
        void expectsTheWrongTotal(Simnet simnet) {
            simnet.callPublic("counter", "add", List.of(Cl.uint(2)), "wallet_1");
            assertThat(simnet.callPublic("counter", "add", List.of(Cl.uint(3)), "wallet_1")).isOk().isUint(4);
        }
    }

    @ClarityTest
    @Deploy(name = "nothing")
    static class DeployWithoutSource {
        @Test
        void neverRuns(Simnet simnet) {
        }
    }

    @ClarityTest
    @Deploy(name = "broken", source = "(define-constant x (+ 1 u1))")
    static class DeployOfABrokenContract {
        @Test
        void neverRuns(Simnet simnet) {
        }
    }

    @ClarityTest
    @Deploy(name = "missing", path = "no/such/file.clar")
    static class DeployOfAMissingFile {
        @Test
        void neverRuns(Simnet simnet) {
        }
    }

    @ClarityTest
    static class UnknownAccount {
        @Test
        void neverRuns(@Account("wallet_42") String who) {
        }
    }

    static final String COSTS_REPORT = "target/fixture-costs-reports.json";

    @ClarityTest(costsReport = COSTS_REPORT)
    @Deploy(name = "counter", source = COUNTER)
    static class CostsReported {
        @Test
        void addsTwice(Simnet simnet) {
            simnet.callPublic("counter", "add", List.of(Cl.uint(2)), "wallet_1");
            simnet.callPublic("counter", "add", List.of(Cl.uint(0)), "wallet_1");
            simnet.execute("(+ 1 2)");
        }

        @Nested
        class Reads {
            @Test
            void reads(Simnet simnet) {
                simnet.callPrivate("counter", "check", List.of(Cl.uint(7)), "deployer");
            }
        }
    }

    static final String PAGE = "target/fixture-page.html";

    /** A page of the class's tests: a call kept, one rolled back, one failed; then another test. */
    @ClarityTest(page = PAGE)
    @Deploy(name = "counter", source = COUNTER)
    static class PageWritten {
        @Test
        void addsThenFails(Simnet simnet) {
            simnet.callPublic("counter", "add", List.of(Cl.uint(2)), "wallet_1");
            simnet.callPublic("counter", "add", List.of(Cl.uint(0)), "wallet_1");
            try {
                simnet.callPublic("counter", "add", List.of(Cl.uint(new BigInteger("340282366920938463463374607431768211455"))), "wallet_2");
            } catch (ClarityError expected) {
                // the overflow is the point: the page shows it
            }
        }

        @Test
        void addsOnce(Simnet simnet) {
            // top-level code that calls a function: a call of its own on the page
            simnet.deploy("boot", "(define-data-var x uint u0)\n(define-private (f) (var-set x u1))\n(f)\n");
            simnet.callPublic("counter", "add", List.of(Cl.uint(5)), "wallet_3");
        }
    }

    static final String CLARITY_TESTS_COSTS_REPORT = "target/fixture-clarity-tests-costs-reports.json";

    /** Tests written in Clarity, run on copies of the factory's chain: their calls belong in its report. */
    @ClarityTest(costsReport = CLARITY_TESTS_COSTS_REPORT)
    static class ClarityTestsReported {
        @TestFactory
        Stream<DynamicNode> clarityTests(Simnet simnet) {
            return ClarityUnitTests.from(simnet, Path.of("src/test/resources/testing/clarunit/passing"));
        }
    }

    static final String COVERAGE = "target/fixture-lcov.info";

    /** Coverage of a contract given as source, one from the class path, and tests written in Clarity. */
    @ClarityTest(coverage = COVERAGE)
    @Deploy(name = "counter", source = COUNTER)
    @Deploy(name = "hello", resource = "testing/hello.clar", sender = "wallet_2")
    static class CoverageCounted {
        @Test
        void addsTwice(Simnet simnet) {
            simnet.callPublic("counter", "add", List.of(Cl.uint(2)), "wallet_1");
            simnet.callPublic("counter", "add", List.of(Cl.uint(0)), "wallet_1");
            simnet.callReadOnly("hello", "greet", List.of(), "wallet_1");
        }

        @TestFactory
        Stream<DynamicNode> clarityTests(Simnet simnet) {
            return ClarityUnitTests.from(simnet, Path.of("src/test/resources/testing/clarunit/passing"));
        }
    }

    /** Every test adds 1 to the counter of the chain its constructor got: u1 only on a chain of its own. */
    @ClarityTest
    @Deploy(name = "counter", source = COUNTER)
    static class ConstructorInjected {
        private final Simnet simnet;

        ConstructorInjected(Simnet simnet) {
            this.simnet = simnet;
        }

        @RepeatedTest(24)
        void addsOnce(Simnet parameter) {
            assertThat(parameter).isSameAs(simnet);
            assertThat(simnet.callPublic("counter", "add", List.of(Cl.uint(1)), "wallet_1")).isOk().isUint(1);
        }
    }

    @ClarityTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class ConstructorInjectedPerClass {
        ConstructorInjectedPerClass(Simnet simnet) {
        }

        @Test
        void neverRuns() {
        }
    }

    @ClarityTest
    static class BeforeAllInjected {
        @BeforeAll
        static void setUp(Simnet simnet) {
        }

        @Test
        void neverRuns() {
        }
    }

    /** A Clarinet project that {@link SimnetExtensionTest} writes under target/ before running the fixtures below. */
    static final String PROJECT = "target/extension-projects/vault/Clarinet.toml";

    static final String BROKEN_PROJECT = "target/extension-projects/bad-mnemonic/Clarinet.toml";

    @ClarityTest(manifest = PROJECT)
    @Deploy(name = "extra", source = "(define-read-only (k) (contract-call? .vault total))")
    static class FromTheProject {
        @Test
        void theProjectsContractsAccountsAndEpochAreThere(Simnet simnet, @Account("alice") String alice) {
            assertThat(simnet.epoch().label()).isEqualTo("3.4");
            assertThat(simnet.accounts().keySet()).containsExactly("deployer", "alice");
            assertThat(simnet.stxBalance(alice)).isUint(7_000_000);
            assertThat(simnet.getContractInterface(simnet.contractId("vault")).clarityVersion().number()).isEqualTo(5);
            assertThat(simnet.callPublic("vault", "put", List.of(Cl.uint(5)), "alice")).isOk().isUint(5);
            // the plan's call put u1 first; @Deploy added a contract that calls the project's
            assertThat(simnet.callReadOnly("extra", "k", List.of(), alice)).value().isUint(6);
        }
    }

    @ClarityTest(manifest = BROKEN_PROJECT)
    static class FromABrokenProject {
        @Test
        void neverRuns(Simnet simnet) {
        }
    }

    static final String README_PROJECT = "target/readme-example/Clarinet.toml";

    /** The README's CounterTest, on the README's project: no {@code @Deploy}. */
    @ClarityTest(manifest = README_PROJECT)
    static class ReadmeCounter {
        @Test
        void addsUp(Simnet simnet, @Account("wallet_1") String alice) {
            assertThat(simnet.callPublic("counter", "add", List.of(Cl.uint(2)), alice))
                    .hasPrint(Cl.tuple(Map.of("total", Cl.uint(2))))
                    .isOk().isUint(2);
            assertThat(simnet.callReadOnly("counter", "get-total", List.of(), alice)).value().isUint(2);
        }

        @Test
        void refusesZero(Simnet simnet) {
            assertThat(simnet.callPublic("counter", "add", List.of(Cl.uint(0)), "wallet_1")).isErr(Cl.uint(1));
            assertThat(simnet.getDataVar("counter", "total")).isUint(0);
        }
    }

    /** Prints in every kind of call; the oracle gave the same values, events and DivisionByZero for these calls. */
    static final String ESCROW = """
            (define-data-var opened uint u0)
            (define-public (open (amount uint))
              (begin
                (var-set opened (+ (var-get opened) u1))
                (print { amount: amount, event: "open", id: (var-get opened) })
                (asserts! (> amount u0) (err u1))
                (ok (var-get opened))))
            (define-read-only (peek) (begin (print "peek") (var-get opened)))
            (define-private (note (n int)) (begin (print n) n))
            (define-public (halve (n uint)) (begin (print { halving: n }) (ok (/ u10 n))))
            """;

    @ClarityTest
    @Deploy(name = "escrow", source = ESCROW)
    static class Prints {
        @Test
        void everyCallPrints(Simnet simnet) {
            simnet.callPublic("escrow", "open", List.of(Cl.uint(5000)), "wallet_1");
            simnet.callReadOnly("escrow", "peek", List.of(), "wallet_1");
            simnet.callPrivate("escrow", "note", List.of(Cl.integer(-3)), "wallet_1");
            // rolled back: (err u1), from the console and as a transaction
            simnet.execute("(contract-call? .escrow open u0)");
            simnet.callPublic("escrow", "open", List.of(Cl.uint(0)), "wallet_1");
            assertThatRuntimeError(() -> simnet.callPublic("escrow", "halve", List.of(Cl.uint(0)), "wallet_1"))
                    .hasKind(RuntimeErrorKind.DivisionByZero);
        }

        @Test
        @Deploy(name = "loud", source = "(define-constant k u7)\n(print k)")
        void aMethodsDeployPrints(Simnet simnet) {
        }
    }

    @ClarityTest(prints = false)
    @Deploy(name = "escrow", source = ESCROW)
    static class PrintsOff {
        @Test
        void printsNothing(Simnet simnet) {
            // switched off, nothing listens
            assertThat(simnet.instruments()).isEmpty();
            simnet.callPublic("escrow", "open", List.of(Cl.uint(5000)), "wallet_1");
        }
    }

    @ClarityTest
    @Deploy(name = "escrow", source = ESCROW)
    static class RuntimeErrorUncaught {
        @Test
        void halvesByZero(Simnet simnet) {
            simnet.callPublic("escrow", "open", List.of(Cl.uint(5)), "wallet_1");
            simnet.callPublic("escrow", "halve", List.of(Cl.uint(0)), "wallet_1"); // the failing call
        }
    }

    @ClarityTest
    @Deploy(name = "escrow", source = ESCROW)
    static class ExpectedRuntimeErrorMissing {
        @Test
        void expectsAnErrorThatDoesNotHappen(Simnet simnet) {
            assertThatRuntimeError(() -> simnet.callPublic("escrow", "halve", List.of(Cl.uint(2)), "wallet_1"))
                    .hasKind(RuntimeErrorKind.DivisionByZero);
        }
    }
}

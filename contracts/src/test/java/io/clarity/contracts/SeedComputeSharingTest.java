package io.clarity.contracts;

import static io.clarity.testing.ClarityAssertions.assertThat;
import static io.clarity.testing.ClarityAssertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.testing.Account;
import io.clarity.testing.ClarityTest;
import io.clarity.value.Value;
import io.clarity.version.Epoch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The unchanged seed contract, read from {@code ../shared/seed/compute-sharing.clar} (the build
 * passes the folder as the system property {@code clarity.shared}), behaves as the real Clarity
 * VM runs it: results recorded by the oracle's example scenario. Skipped, with a message, where
 * the folder is absent; under CI ({@code CI=true}) that is a failure.
 */
@ClarityTest
class SeedComputeSharingTest {

    private static final String SEED = "compute-sharing";
    private static final long START = 100_000_000_000_000L;

    private static Path seedContract() {
        String shared = System.getProperty("clarity.shared");
        Path file = Path.of(shared == null ? "../../shared" : shared, "seed", "compute-sharing.clar");
        if (!Files.isRegularFile(file)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("the seed contract is missing (looked for " + file.toAbsolutePath()
                        + "): CI must run with ../shared beside the repository");
            }
            assumeTrue(false, "skipped: the seed contract " + file + " is not beside this checkout");
        }
        return file;
    }

    @BeforeEach
    void deploySeed(Simnet simnet) {
        simnet.deploy(SEED, seedContract());
    }

    private static TxResult call(Simnet simnet, String function, String sender, Value... args) {
        return simnet.callPublic(SEED, function, List.of(args), sender);
    }

    private static Value provider(Simnet simnet, String who) {
        return simnet.callReadOnly(SEED, "get-provider-data", List.of(Cl.principal(who)), "deployer").result();
    }

    /** Provider wallet_1 earned u1000 from consumer wallet_3's job, which it completed. */
    private static void completedJob(Simnet simnet, String provider, String consumer) {
        assertThat(call(simnet, "register-provider", provider, Cl.uint(1000), Cl.uint(10))).isOk(Cl.bool(true));
        assertThat(call(simnet, "add-funds", consumer, Cl.uint(5000))).isOk(Cl.bool(true));
        assertThat(call(simnet, "request-compute", consumer, Cl.principal(provider), Cl.uint(100))).isOk().isUint(1);
        assertThat(call(simnet, "complete-job", provider, Cl.uint(1))).isOk(Cl.bool(true));
        assertThat(provider(simnet, provider)).printsAs("(some { earnings: u1000, price-per-unit: u10, resources: u1000 })");
    }

    /**
     * withdraw-earnings can never pay. It runs
     * {@code (as-contract (stx-transfer? earnings tx-sender tx-sender))}: inside as-contract,
     * tx-sender is the contract itself, so sender and recipient are the same principal and
     * stx-transfer? returns (err u2). try! passes the error on, so the call returns (err u2) and
     * is rolled back: the earnings stay credited, no STX moves, no event is kept, and the
     * consumers' STX stay locked in the contract. compute-market.clar captures the provider
     * before as-contract instead.
     */
    @Test
    void withdrawEarningsFailsWithErr2AndChangesNothing(Simnet simnet, @Account("wallet_1") String provider,
                                                        @Account("wallet_3") String consumer) {
        completedJob(simnet, provider, consumer);

        TxResult r = call(simnet, "withdraw-earnings", provider);

        assertThat(r).isErr(Cl.uint(2)).hasNoEvents();
        assertThat(simnet.lastTrace()).get().asString().endsWith("`-- => (err u2)  (rolled back)\n");
        assertThat(provider(simnet, provider)).isSome().isTuple().hasEntry("earnings", Cl.uint(1000));
        assertThat(simnet.stxBalance(provider)).isUint(START);
        assertThat(simnet.stxBalance(SEED)).isUint(5000);
        // the same rule, outside the contract: paying oneself is (err u2)
        assertThat(simnet.execute("(stx-transfer? u1 tx-sender tx-sender)").result()).isErr(Cl.uint(2));
    }

    @ParameterizedTest
    @EnumSource(names = {"E2_05", "E2_5", "E3_2"})
    void withdrawEarningsFailsTheSameWayInClarity1And2And3(Epoch epoch) {
        Simnet simnet = Simnet.inEpoch(epoch);
        simnet.deploy(SEED, seedContract());
        completedJob(simnet, "wallet_1", "wallet_3");
        assertThat(call(simnet, "withdraw-earnings", "wallet_1")).isErr(Cl.uint(2));
    }

    @Test
    void withdrawEarningsRefusesStrangersAndEmptyEarnings(Simnet simnet) {
        assertThat(call(simnet, "withdraw-earnings", "wallet_3")).isErr(Cl.uint(101));
        call(simnet, "register-provider", "wallet_5", Cl.uint(10), Cl.uint(1));
        assertThat(call(simnet, "withdraw-earnings", "wallet_5")).isErr(Cl.uint(104));
    }

    @Test
    void registrationAndUpdates(Simnet simnet) {
        assertThat(call(simnet, "register-provider", "wallet_1", Cl.uint(1000), Cl.uint(10))).isOk(Cl.bool(true));
        assertThat(call(simnet, "register-provider", "wallet_1", Cl.uint(1), Cl.uint(1))).isErr(Cl.uint(103));
        assertThat(call(simnet, "update-provider", "wallet_5", Cl.uint(800), Cl.uint(12))).isErr(Cl.uint(101));
        assertThat(call(simnet, "update-provider", "wallet_1", Cl.uint(2000), Cl.uint(11))).isOk(Cl.bool(true));
        assertThat(simnet.getMapEntry(SEED, "providers", Cl.parse("{ provider: wallet_1 }")))
                .printsAs("(some { earnings: u0, price-per-unit: u11, resources: u2000 })");
        assertThat(simnet.getMapEntry(SEED, "providers", Cl.parse("{ provider: wallet_5 }"))).isNone();
    }

    @Test
    void fundsGoToTheContractAndTransferErrorsPassThrough(Simnet simnet, @Account("wallet_3") String consumer) {
        assertThat(call(simnet, "add-funds", consumer, Cl.uint(5000)))
                .isOk(Cl.bool(true)).hasStxTransfer(5000, consumer, ".compute-sharing");
        assertThat(call(simnet, "add-funds", consumer, Cl.uint(0))).isErr(Cl.uint(3));
        assertThat(call(simnet, "add-funds", consumer, Cl.uint(2 * START))).isErr(Cl.uint(1));
        assertThat(simnet.callReadOnly(SEED, "get-consumer-balance", List.of(Cl.principal(consumer)), consumer))
                .value().printsAs("{ balance: u5000 }");
        assertThat(simnet.stxBalance(SEED)).isUint(5000);
    }

    @Test
    void requestsCheckTheProviderResourcesAndBalance(Simnet simnet) {
        call(simnet, "register-provider", "wallet_1", Cl.uint(1000), Cl.uint(10));
        call(simnet, "add-funds", "wallet_3", Cl.uint(5000));
        assertThat(call(simnet, "request-compute", "wallet_3", Cl.principal("ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5"),
                Cl.uint(5000))).isErr(Cl.uint(104));
        assertThat(call(simnet, "request-compute", "wallet_3", Cl.parse("wallet_1"), Cl.uint(600))).isErr(Cl.uint(105));
        assertThat(call(simnet, "request-compute", "wallet_3", Cl.parse("wallet_6"), Cl.uint(1))).isErr(Cl.uint(101));
        assertThat(call(simnet, "request-compute", "wallet_3", Cl.parse("wallet_1"), Cl.uint(100))).isOk().isUint(1);
        assertThat(simnet.getDataVar(SEED, "last-job-id")).isUint(1);
        assertThat(simnet.callReadOnly(SEED, "get-job-details", List.of(Cl.uint(1)), "deployer")).isSome().isTuple()
                .hasEntry("status", Cl.ascii("active")).hasEntry("total-cost", Cl.uint(1000));
    }

    @Test
    void onlyTheProviderCompletesAnActiveJobOnce(Simnet simnet) {
        call(simnet, "register-provider", "wallet_1", Cl.uint(1000), Cl.uint(10));
        call(simnet, "add-funds", "wallet_3", Cl.uint(5000));
        call(simnet, "request-compute", "wallet_3", Cl.parse("wallet_1"), Cl.uint(100));
        assertThat(call(simnet, "complete-job", "wallet_2", Cl.uint(1))).isErr(Cl.uint(102));
        assertThat(call(simnet, "complete-job", "wallet_1", Cl.uint(99))).isErr(Cl.uint(101));
        assertThat(call(simnet, "complete-job", "wallet_1", Cl.uint(1))).isOk(Cl.bool(true));
        // a completed job is refused as unauthorized, the seed's only code for a wrong status
        assertThat(call(simnet, "complete-job", "wallet_1", Cl.uint(1))).isErr(Cl.uint(102));
    }
}

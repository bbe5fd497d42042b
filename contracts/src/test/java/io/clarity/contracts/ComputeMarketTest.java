package io.clarity.contracts;

import static io.clarity.testing.ClarityAssertions.assertThat;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.Tx;
import io.clarity.TxResult;
import io.clarity.testing.Account;
import io.clarity.testing.ClarityTest;
import io.clarity.testing.Deploy;
import io.clarity.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every public function of compute-market and every error it returns. The contract is deployed
 * once; each test starts from that state on a chain of its own.
 */
@ClarityTest
@Deploy(name = "compute-market", path = "src/main/clarity/compute-market.clar")
class ComputeMarketTest {

    private static final String MARKET = "compute-market";
    private static final long START = 100_000_000_000_000L;

    private static TxResult call(Simnet simnet, String function, String sender, Value... args) {
        return simnet.callPublic(MARKET, function, List.of(args), sender);
    }

    private static Value read(Simnet simnet, String function, Value... args) {
        return simnet.callReadOnly(MARKET, function, List.of(args), "deployer").result();
    }

    /** A provider of 100 units at 10 micro-STX each, and a consumer who deposited {@code funds}. */
    private static void market(Simnet simnet, String provider, String consumer, long funds) {
        assertThat(call(simnet, "register-provider", provider, Cl.uint(100), Cl.uint(10))).isOk(Cl.bool(true));
        assertThat(call(simnet, "add-funds", consumer, Cl.uint(funds))).isOk().isUint(funds);
    }

    /** {@link #market} with 6000 deposited, and job u1 for {@code units} units, still active. */
    private static void activeJob(Simnet simnet, String provider, String consumer, long units) {
        market(simnet, provider, consumer, 6000);
        assertThat(call(simnet, "request-compute", consumer, Cl.principal(provider), Cl.uint(units))).isOk().isUint(1);
    }

    @Nested
    class RegisterProvider {

        @Test
        void registersWithNoEarnings(Simnet simnet, @Account("wallet_1") String provider) {
            assertThat(call(simnet, "register-provider", provider, Cl.uint(100), Cl.uint(10))).isOk(Cl.bool(true));
            assertThat(read(simnet, "get-provider", Cl.principal(provider)))
                    .isSome().isTuple(Map.of("resources", Cl.uint(100), "price-per-unit", Cl.uint(10), "earnings", Cl.uint(0)));
        }

        @Test
        void refusesZeroResourcesOrAZeroPrice(Simnet simnet, @Account("wallet_1") String provider) {
            assertThat(call(simnet, "register-provider", provider, Cl.uint(0), Cl.uint(10))).isErr(Cl.uint(104));
            assertThat(call(simnet, "register-provider", provider, Cl.uint(100), Cl.uint(0))).isErr(Cl.uint(104));
            assertThat(read(simnet, "get-provider", Cl.principal(provider))).isNone();
        }

        @Test
        void refusesASecondRegistration(Simnet simnet, @Account("wallet_1") String provider) {
            call(simnet, "register-provider", provider, Cl.uint(100), Cl.uint(10));
            assertThat(call(simnet, "register-provider", provider, Cl.uint(5), Cl.uint(5))).isErr(Cl.uint(103));
            assertThat(read(simnet, "get-provider", Cl.principal(provider))).isSome().isTuple()
                    .hasEntry("resources", Cl.uint(100)).hasEntry("price-per-unit", Cl.uint(10));
        }
    }

    @Nested
    class UpdateProvider {

        @Test
        void changesResourcesAndPrice(Simnet simnet, @Account("wallet_1") String provider) {
            call(simnet, "register-provider", provider, Cl.uint(100), Cl.uint(10));
            assertThat(call(simnet, "update-provider", provider, Cl.uint(0), Cl.uint(12))).isOk(Cl.bool(true));
            assertThat(read(simnet, "get-provider", Cl.principal(provider)))
                    .printsAs("(some { earnings: u0, price-per-unit: u12, resources: u0 })");
        }

        @Test
        void refusesAnUnregisteredProvider(Simnet simnet, @Account("wallet_2") String stranger) {
            assertThat(call(simnet, "update-provider", stranger, Cl.uint(50), Cl.uint(20))).isErr(Cl.uint(101));
        }

        @Test
        void refusesAZeroPrice(Simnet simnet, @Account("wallet_1") String provider) {
            call(simnet, "register-provider", provider, Cl.uint(100), Cl.uint(10));
            assertThat(call(simnet, "update-provider", provider, Cl.uint(50), Cl.uint(0))).isErr(Cl.uint(104));
        }
    }

    @Nested
    class AddFunds {

        @Test
        void depositsIntoTheContract(Simnet simnet, @Account("wallet_3") String consumer) {
            assertThat(call(simnet, "add-funds", consumer, Cl.uint(5000)))
                    .hasStxTransfer(5000, consumer, ".compute-market").isOk().isUint(5000);
            assertThat(call(simnet, "add-funds", consumer, Cl.uint(1000))).isOk().isUint(6000);
            assertThat(read(simnet, "get-balance", Cl.principal(consumer))).isUint(6000);
            assertThat(simnet.stxBalance(MARKET)).isUint(6000);
            assertThat(simnet.stxBalance(consumer)).isUint(START - 6000);
        }

        @Test
        void refusesZero(Simnet simnet, @Account("wallet_3") String consumer) {
            assertThat(call(simnet, "add-funds", consumer, Cl.uint(0))).isErr(Cl.uint(104));
        }

        @Test
        void passesOnTheErrorOfATransferBeyondTheWallet(Simnet simnet, @Account("wallet_3") String consumer) {
            // stx-transfer? refuses more than the balance with (err u1), and try! returns it
            assertThat(call(simnet, "add-funds", consumer, Cl.uint(2 * START))).isErr(Cl.uint(1)).hasNoEvents();
            assertThat(read(simnet, "get-balance", Cl.principal(consumer))).isUint(0);
            assertThat(simnet.stxBalance(consumer)).isUint(START);
        }
    }

    @Nested
    class WithdrawFunds {

        @Test
        void paysTheConsumerBack(Simnet simnet, @Account("wallet_3") String consumer) {
            call(simnet, "add-funds", consumer, Cl.uint(6000));
            assertThat(call(simnet, "withdraw-funds", consumer, Cl.uint(1000)))
                    .hasStxTransfer(1000, ".compute-market", consumer).isOk().isUint(5000);
            assertThat(simnet.stxBalance(consumer)).isUint(START - 5000);
            assertThat(simnet.stxBalance(MARKET)).isUint(5000);
        }

        @Test
        void refusesZeroOrMoreThanTheDeposit(Simnet simnet, @Account("wallet_3") String consumer) {
            call(simnet, "add-funds", consumer, Cl.uint(6000));
            assertThat(call(simnet, "withdraw-funds", consumer, Cl.uint(0))).isErr(Cl.uint(104));
            assertThat(call(simnet, "withdraw-funds", consumer, Cl.uint(6001))).isErr(Cl.uint(105));
            assertThat(simnet.stxBalance(MARKET)).isUint(6000);
        }
    }

    @Nested
    class RequestCompute {

        @Test
        void opensAJobAndReservesResourcesAndFunds(Simnet simnet, @Account("wallet_1") String provider,
                                                   @Account("wallet_3") String consumer) {
            market(simnet, provider, consumer, 6000);
            TxResult r = call(simnet, "request-compute", consumer, Cl.principal(provider), Cl.uint(60));
            assertThat(r).isOk().isUint(1);
            assertThat(r).hasPrint(Cl.tuple(Map.of("event", Cl.ascii("job-requested"), "job-id", Cl.uint(1),
                    "consumer", Cl.principal(consumer), "provider", Cl.principal(provider), "total-cost", Cl.uint(600))));
            assertThat(read(simnet, "get-job", Cl.uint(1))).isSome().isTuple()
                    .hasEntry("status", Cl.ascii("active"))
                    .hasEntry("resources", Cl.uint(60))
                    .hasEntry("total-cost", Cl.uint(600));
            assertThat(read(simnet, "get-provider", Cl.principal(provider))).isSome().isTuple().hasEntry("resources", Cl.uint(40));
            assertThat(read(simnet, "get-balance", Cl.principal(consumer))).isUint(5400);
            assertThat(read(simnet, "get-last-job-id")).isUint(1);
        }

        @Test
        void numbersJobsInTheOrderOfTheBlock(Simnet simnet, @Account("wallet_1") String provider,
                                             @Account("wallet_3") String first, @Account("wallet_4") String second) {
            market(simnet, provider, first, 1000);
            call(simnet, "add-funds", second, Cl.uint(1000));
            List<TxResult> block = simnet.mineBlock(
                    Tx.callPublic(MARKET, "request-compute", List.of(Cl.principal(provider), Cl.uint(10)), first),
                    Tx.callPublic(MARKET, "request-compute", List.of(Cl.principal(provider), Cl.uint(10)), second));
            assertThat(block.get(0)).isOk().isUint(1);
            assertThat(block.get(1)).isOk().isUint(2);
        }

        @Test
        void refusesAnUnknownProvider(Simnet simnet, @Account("wallet_2") String stranger, @Account("wallet_3") String consumer) {
            call(simnet, "add-funds", consumer, Cl.uint(1000));
            assertThat(call(simnet, "request-compute", consumer, Cl.principal(stranger), Cl.uint(10))).isErr(Cl.uint(101));
        }

        @Test
        void refusesAProviderItsOwnResources(Simnet simnet, @Account("wallet_1") String provider) {
            market(simnet, provider, provider, 1000);
            assertThat(call(simnet, "request-compute", provider, Cl.principal(provider), Cl.uint(10))).isErr(Cl.uint(108));
        }

        @Test
        void refusesNoResourcesOrMoreThanAvailable(Simnet simnet, @Account("wallet_1") String provider,
                                                    @Account("wallet_3") String consumer) {
            market(simnet, provider, consumer, 6000);
            assertThat(call(simnet, "request-compute", consumer, Cl.principal(provider), Cl.uint(0))).isErr(Cl.uint(104));
            assertThat(call(simnet, "request-compute", consumer, Cl.principal(provider), Cl.uint(101))).isErr(Cl.uint(104));
        }

        @Test
        void refusesAJobTheConsumerCannotPayFor(Simnet simnet, @Account("wallet_1") String provider,
                                                @Account("wallet_3") String consumer) {
            market(simnet, provider, consumer, 599);
            assertThat(call(simnet, "request-compute", consumer, Cl.principal(provider), Cl.uint(60))).isErr(Cl.uint(105));
            assertThat(read(simnet, "get-last-job-id")).isUint(0);
            assertThat(read(simnet, "get-job", Cl.uint(1))).isNone();
        }
    }

    @Nested
    class CompleteJob {

        @Test
        void creditsTheProviderAndReturnsItsResources(Simnet simnet, @Account("wallet_1") String provider,
                                                      @Account("wallet_3") String consumer) {
            activeJob(simnet, provider, consumer, 60);
            assertThat(call(simnet, "complete-job", provider, Cl.uint(1)))
                    .hasPrint(Cl.parse("{ earned: u600, event: \"job-completed\", job-id: u1 }"))
                    .isOk(Cl.bool(true));
            assertThat(read(simnet, "get-provider", Cl.principal(provider)))
                    .printsAs("(some { earnings: u600, price-per-unit: u10, resources: u100 })");
            assertThat(read(simnet, "get-job", Cl.uint(1))).isSome().isTuple().field("status").isAscii("completed");
        }

        @Test
        void refusesAnUnknownJob(Simnet simnet, @Account("wallet_1") String provider) {
            assertThat(call(simnet, "complete-job", provider, Cl.uint(9))).isErr(Cl.uint(101));
        }

        @Test
        void refusesAnyoneButTheJobsProvider(Simnet simnet, @Account("wallet_1") String provider,
                                             @Account("wallet_3") String consumer) {
            activeJob(simnet, provider, consumer, 60);
            assertThat(call(simnet, "complete-job", consumer, Cl.uint(1))).isErr(Cl.uint(102));
        }

        @Test
        void refusesAJobThatIsNoLongerActive(Simnet simnet, @Account("wallet_1") String provider,
                                             @Account("wallet_3") String consumer) {
            activeJob(simnet, provider, consumer, 60);
            call(simnet, "request-compute", consumer, Cl.principal(provider), Cl.uint(10));
            call(simnet, "complete-job", provider, Cl.uint(1));
            call(simnet, "cancel-job", consumer, Cl.uint(2));
            assertThat(call(simnet, "complete-job", provider, Cl.uint(1))).isErr(Cl.uint(106));
            assertThat(call(simnet, "complete-job", provider, Cl.uint(2))).isErr(Cl.uint(106));
            assertThat(read(simnet, "get-provider", Cl.principal(provider))).isSome().isTuple().hasEntry("earnings", Cl.uint(600));
        }
    }

    @Nested
    class CancelJob {

        @Test
        void refundsTheConsumerAndFreesTheResources(Simnet simnet, @Account("wallet_1") String provider,
                                                    @Account("wallet_3") String consumer) {
            activeJob(simnet, provider, consumer, 40);
            assertThat(call(simnet, "cancel-job", consumer, Cl.uint(1))).isOk(Cl.bool(true)).hasNoEvents();
            assertThat(read(simnet, "get-balance", Cl.principal(consumer))).isUint(6000);
            assertThat(read(simnet, "get-provider", Cl.principal(provider))).isSome().isTuple().hasEntry("resources", Cl.uint(100));
            assertThat(read(simnet, "get-job", Cl.uint(1))).isSome().isTuple().hasEntry("status", Cl.ascii("cancelled"));
        }

        @Test
        void refusesAnUnknownJob(Simnet simnet, @Account("wallet_3") String consumer) {
            assertThat(call(simnet, "cancel-job", consumer, Cl.uint(9))).isErr(Cl.uint(101));
        }

        @Test
        void refusesAnyoneButTheJobsConsumer(Simnet simnet, @Account("wallet_1") String provider,
                                             @Account("wallet_3") String consumer) {
            activeJob(simnet, provider, consumer, 40);
            assertThat(call(simnet, "cancel-job", provider, Cl.uint(1))).isErr(Cl.uint(102));
        }

        @Test
        void refusesACompletedJob(Simnet simnet, @Account("wallet_1") String provider, @Account("wallet_3") String consumer) {
            activeJob(simnet, provider, consumer, 40);
            call(simnet, "complete-job", provider, Cl.uint(1));
            assertThat(call(simnet, "cancel-job", consumer, Cl.uint(1))).isErr(Cl.uint(106));
            assertThat(read(simnet, "get-balance", Cl.principal(consumer))).isUint(5600);
        }
    }

    @Nested
    class WithdrawEarnings {

        @Test
        void paysTheProvider(Simnet simnet, @Account("wallet_1") String provider, @Account("wallet_3") String consumer) {
            activeJob(simnet, provider, consumer, 60);
            call(simnet, "complete-job", provider, Cl.uint(1));

            TxResult r = call(simnet, "withdraw-earnings", provider);
            assertThat(r).isOk().isUint(600);
            assertThat(r).hasStxTransfer(600, ".compute-market", provider)
                    .hasPrint(Cl.tuple(Map.of("event", Cl.ascii("earnings-withdrawn"), "provider", Cl.principal(provider),
                            "amount", Cl.uint(600))));
            assertThat(simnet.stxBalance(provider)).isUint(START + 600);
            assertThat(simnet.stxBalance(MARKET)).isUint(5400);
            assertThat(read(simnet, "get-provider", Cl.principal(provider))).isSome().isTuple().hasEntry("earnings", Cl.uint(0));
        }

        @Test
        void refusesAnUnregisteredCaller(Simnet simnet, @Account("wallet_5") String stranger) {
            assertThat(call(simnet, "withdraw-earnings", stranger)).isErr(Cl.uint(101));
        }

        @Test
        void refusesWhenNothingIsEarned(Simnet simnet, @Account("wallet_1") String provider,
                                        @Account("wallet_3") String consumer) {
            market(simnet, provider, consumer, 6000);
            assertThat(call(simnet, "withdraw-earnings", provider)).isErr(Cl.uint(107));
            call(simnet, "request-compute", consumer, Cl.principal(provider), Cl.uint(60));
            call(simnet, "complete-job", provider, Cl.uint(1));
            call(simnet, "withdraw-earnings", provider);
            assertThat(call(simnet, "withdraw-earnings", provider)).isErr(Cl.uint(107));
            assertThat(simnet.stxBalance(provider)).isUint(START + 600);
        }
    }
}

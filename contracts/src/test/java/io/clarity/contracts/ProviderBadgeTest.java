package io.clarity.contracts;

import static io.clarity.testing.ClarityAssertions.assertThat;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.testing.Account;
import io.clarity.testing.ClarityTest;
import io.clarity.testing.Deploy;
import io.clarity.value.Value;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every public function of provider-badge, a SIP-009-style NFT, and every error it returns.
 * Expectations are those the real Clarity VM gave for the same calls.
 */
@ClarityTest
@Deploy(name = "provider-badge", path = "src/main/clarity/provider-badge.clar")
class ProviderBadgeTest {

    private static final String BADGE = "provider-badge";
    private static final String ASSET = ".provider-badge::provider-badge";

    private static TxResult call(Simnet simnet, String function, String sender, Value... args) {
        return simnet.callPublic(BADGE, function, List.of(args), sender);
    }

    private static TxResult read(Simnet simnet, String function, Value... args) {
        return simnet.callReadOnly(BADGE, function, List.of(args), "deployer");
    }

    @Nested
    class Mint {

        @Test
        void numbersBadgesFromOne(Simnet simnet, @Account("wallet_1") String alice, @Account("wallet_2") String bob) {
            assertThat(read(simnet, "get-last-token-id")).isOk().isUint(0);
            assertThat(call(simnet, "mint", "deployer", Cl.principal(alice))).hasNftMint(ASSET, Cl.uint(1), alice).isOk().isUint(1);
            assertThat(call(simnet, "mint", "deployer", Cl.principal(bob))).isOk().isUint(2);
            assertThat(read(simnet, "get-last-token-id")).isOk().isUint(2);
            assertThat(read(simnet, "get-owner", Cl.uint(1))).isOk().isSome().isPrincipal(alice);
            assertThat(read(simnet, "get-token-uri", Cl.uint(1))).isOk().isSome()
                    .isAscii("https://example.org/provider-badge/{id}.json");
            assertThat(simnet.getAssetsMap().get(".provider-badge.provider-badge"))
                    .containsEntry(alice, BigInteger.ONE).containsEntry(bob, BigInteger.ONE);
        }

        @Test
        void isForTheOperatorOnly(Simnet simnet, @Account("wallet_1") String alice) {
            assertThat(call(simnet, "mint", alice, Cl.principal(alice))).isErr(Cl.uint(100)).hasNoEvents();
            assertThat(read(simnet, "get-last-token-id")).isOk().isUint(0);
        }
    }

    @Test
    void unknownBadgesHaveNoOwnerAndNoUri(Simnet simnet) {
        assertThat(read(simnet, "get-owner", Cl.uint(3))).isOk().isNone();
        assertThat(read(simnet, "get-token-uri", Cl.uint(3))).isOk().isNone();
    }

    @Nested
    class Transfer {

        @Test
        void passesTheBadgeOn(Simnet simnet, @Account("wallet_1") String alice, @Account("wallet_3") String carol) {
            call(simnet, "mint", "deployer", Cl.principal(alice));
            assertThat(call(simnet, "transfer", alice, Cl.uint(1), Cl.principal(alice), Cl.principal(carol)))
                    .hasNftTransfer(ASSET, Cl.uint(1), alice, carol).isOk(Cl.bool(true));
            assertThat(read(simnet, "get-owner", Cl.uint(1))).isOk().isSome().isPrincipal(carol);
        }

        @Test
        void isForTheSenderOnly(Simnet simnet, @Account("wallet_1") String alice, @Account("wallet_3") String carol) {
            call(simnet, "mint", "deployer", Cl.principal(alice));
            assertThat(call(simnet, "transfer", carol, Cl.uint(1), Cl.principal(alice), Cl.principal(carol))).isErr(Cl.uint(101));
        }

        @Test
        void passesOnTheTokenErrors(Simnet simnet, @Account("wallet_1") String alice, @Account("wallet_2") String bob,
                                    @Account("wallet_3") String carol) {
            call(simnet, "mint", "deployer", Cl.principal(alice));
            call(simnet, "mint", "deployer", Cl.principal(bob));
            // badge 2 is bob's, not alice's
            assertThat(call(simnet, "transfer", alice, Cl.uint(2), Cl.principal(alice), Cl.principal(carol))).isErr(Cl.uint(1));
            assertThat(call(simnet, "transfer", alice, Cl.uint(1), Cl.principal(alice), Cl.principal(alice))).isErr(Cl.uint(2));
            assertThat(call(simnet, "transfer", alice, Cl.uint(9), Cl.principal(alice), Cl.principal(carol))).isErr(Cl.uint(3));
            assertThat(read(simnet, "get-owner", Cl.uint(1))).isOk().isSome().isPrincipal(alice);
        }
    }

    @Nested
    class Burn {

        @Test
        void destroysTheHoldersBadge(Simnet simnet, @Account("wallet_3") String carol) {
            call(simnet, "mint", "deployer", Cl.principal(carol));
            assertThat(call(simnet, "burn", carol, Cl.uint(1))).hasNftBurn(ASSET, Cl.uint(1), carol).isOk(Cl.bool(true));
            assertThat(read(simnet, "get-owner", Cl.uint(1))).isOk().isNone();
            assertThat(read(simnet, "get-token-uri", Cl.uint(1))).isOk().isNone();
            // ids are never reused
            assertThat(call(simnet, "mint", "deployer", Cl.principal(carol))).isOk().isUint(2);
        }

        @Test
        void isForTheHolderOnly(Simnet simnet, @Account("wallet_1") String alice, @Account("wallet_3") String carol) {
            call(simnet, "mint", "deployer", Cl.principal(carol));
            assertThat(call(simnet, "burn", alice, Cl.uint(1))).isErr(Cl.uint(101));
            assertThat(call(simnet, "burn", alice, Cl.uint(9))).isErr(Cl.uint(101));
            assertThat(read(simnet, "get-owner", Cl.uint(1))).isOk().isSome().isPrincipal(carol);
        }
    }
}

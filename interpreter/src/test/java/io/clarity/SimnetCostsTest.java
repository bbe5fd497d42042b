package io.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.cost.ExecutionCost;
import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.version.Epoch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Costs through the Java API: on every metered result, never on snippets, and switched off for speed. */
class SimnetCostsTest {

    private static final String COUNTER = """
            (define-data-var n uint u0)
            (define-map seen uint bool)
            (define-public (bump (by uint)) (begin (var-set n (+ (var-get n) by)) (ok (var-get n))))
            (define-read-only (current) (var-get n))
            (define-private (r20) (begin (map-get? seen u1) (map-get? seen u1) (map-get? seen u1) (map-get? seen u1)
              (map-get? seen u1) (map-get? seen u1) (map-get? seen u1) (map-get? seen u1) (map-get? seen u1) (map-get? seen u1)
              (map-get? seen u1) (map-get? seen u1) (map-get? seen u1) (map-get? seen u1) (map-get? seen u1) (map-get? seen u1)
              (map-get? seen u1) (map-get? seen u1) (map-get? seen u1) (map-get? seen u1)))
            (define-private (r400) (begin (r20) (r20) (r20) (r20) (r20) (r20) (r20) (r20) (r20) (r20)
              (r20) (r20) (r20) (r20) (r20) (r20) (r20) (r20) (r20) (r20)))
            (define-private (r8000) (begin (r400) (r400) (r400) (r400) (r400) (r400) (r400) (r400) (r400) (r400)
              (r400) (r400) (r400) (r400) (r400) (r400) (r400) (r400) (r400) (r400)))
            (define-public (greedy) (begin (var-set n u99) (r8000) (r8000) (ok true)))
            """;

    private static ContractPrincipalValue deploy(Simnet s) {
        s.deploy("counter", COUNTER, null, s.deployer());
        return new ContractPrincipalValue(s.deployer(), "counter");
    }

    @Test
    void everyDeployCallAndReadCarriesItsCosts() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        Deployment d = s.deploy("counter", COUNTER, null, s.deployer());
        assertThat(d.costs()).isPresent();
        assertThat(d.costs().get().total().writeCount()).isEqualTo(3);
        ContractPrincipalValue id = d.contract();
        TxResult bump = s.callPublic(id, "bump", List.of(UIntValue.of(2)), s.deployer());
        assertThat(bump.costs().get().total().writeCount()).isEqualTo(1);
        assertThat(bump.costs().get().total().readCount()).isEqualTo(3 + 3);
        assertThat(bump.costs().get().total().readLength()).isEqualTo(COUNTER.length() + 1 + 2 * 18);
        TxResult get = s.callReadOnly(id, "current", List.of(), s.deployer());
        assertThat(get.costs().get().total().writeCount()).isZero();
        assertThat(s.execute("(+ 1 2)").costs()).isEmpty();
    }

    @Test
    void overTheBlockLimitATransactionFailsAndChangesNothing() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        ContractPrincipalValue id = deploy(s);
        assertThatThrownBy(() -> s.callPublic(id, "greedy", List.of(), s.deployer()))
                .isInstanceOfSatisfying(ClarityError.class, e -> assertThat(e.kind()).isEqualTo(RuntimeErrorKind.CostBalanceExceeded));
        assertThat(s.getDataVar(id, "n")).isEqualTo(UIntValue.of(0));
    }

    @Test
    void withoutCostTrackingNothingIsMeasuredAndNothingIsLimited() {
        Simnet s = Simnet.withoutCostTracking();
        s.setEpoch(Epoch.E3_2);
        assertThat(s.tracksCosts()).isFalse();
        ContractPrincipalValue id = deploy(s);
        TxResult r = s.callPublic(id, "greedy", List.of(), s.deployer());
        assertThat(r.costs()).isEmpty();
        assertThat(s.getDataVar(id, "n")).isEqualTo(UIntValue.of(99));
    }

    /**
     * The clarinet-sdk reports, with each result, the limit and the memory in use at the end; these
     * are its figures (the oracle's SDK, probed directly) for the seed contract in epoch 3.2.
     */
    @Test
    void resultsCarryTheLimitAndTheMemoryAsTheSdkReportsThem() throws java.io.IOException {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        String seed = java.nio.file.Files.readString(io.clarity.support.SharedDir.require().resolve("seed/compute-sharing.clar"));
        Costs deploy = s.deploy("compute-sharing", seed, io.clarity.version.ClarityVersion.CLARITY3, "deployer").costs().orElseThrow();
        assertThat(deploy.total()).isEqualTo(new ExecutionCost(12905, 0, 0, 5, 1014));
        assertThat(deploy.memory()).isEqualTo(158);
        Costs register = s.callPublic("compute-sharing", "register-provider", List.of(Cl.uint(1000), Cl.uint(10)), "wallet_1")
                .costs().orElseThrow();
        assertThat(register.memory()).isEqualTo(127);
        assertThat(register.limit()).isEqualTo(ExecutionCost.BLOCK_LIMIT);
        assertThat(register.memoryLimit()).isEqualTo(100_000_000L);
        assertThat(s.callPublic("compute-sharing", "add-funds", List.of(Cl.uint(100)), "wallet_2").costs().orElseThrow().memory())
                .isEqualTo(443);
        assertThat(s.callPublic("compute-sharing", "request-compute", List.of(Cl.principal("wallet_1"), Cl.uint(10)), "wallet_2")
                .costs().orElseThrow().memory()).isEqualTo(381);
        Costs read = s.callReadOnly("compute-sharing", "get-job-details", List.of(Cl.uint(1)), "wallet_2").costs().orElseThrow();
        assertThat(read.total()).isEqualTo(new ExecutionCost(8077, 4, 4964, 0, 0));
        assertThat(read.memory()).isZero();
    }

    @Test
    void aSnippetCanBeMeteredAsTheConsoleMetersIt() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.deploy("counter", COUNTER, null, s.deployer());
        SnippetResult r = s.evaluateWithCosts("(+ 1 2)", s.deployer());
        assertThat(r.value()).contains(Cl.integer(3));
        // cost_lookup_function, then cost_add of 2 arguments (costs-3: 11n+125)
        assertThat(r.costs().orElseThrow().total()).isEqualTo(new ExecutionCost(16 + 147, 0, 0, 0, 0));
        assertThat(s.evaluate("(+ 1 2)", s.deployer()).costs()).isEmpty();
        Costs call = s.evaluateWithCosts("(contract-call? .counter bump u2)", s.deployer()).costs().orElseThrow();
        assertThat(call.consumed(Costs.Dimension.WRITE_COUNT)).isEqualTo(1);
        assertThat(call.percentage(Costs.Dimension.WRITE_COUNT)).isEqualTo(100.0 / 15_000);
        assertThat(Costs.Dimension.READ_LENGTH.label()).isEqualTo("Read length (bytes)");
        assertThat(s.getDataVar("counter", "n")).isEqualTo(Cl.uint(2));
        Simnet untracked = Simnet.withoutCostTracking();
        assertThat(untracked.evaluateWithCosts("(+ 1 2)", untracked.deployer()).costs()).isPresent();
        assertThatThrownBy(() -> s.evaluateWithCosts(
                "(begin (unwrap-panic (contract-call? .counter bump u1)) (contract-call? .counter greedy))", s.deployer()))
                .isInstanceOfSatisfying(ClarityError.class, e -> assertThat(e.kind()).isEqualTo(RuntimeErrorKind.CostBalanceExceeded));
        assertThat(s.getDataVar("counter", "n")).isEqualTo(Cl.uint(2));
    }

    @Test
    void callCostsAreCollectedForReportsWhenAskedFor() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        ContractPrincipalValue id = deploy(s);
        s.callPublic(id, "bump", List.of(UIntValue.of(2)), s.deployer());
        assertThat(s.collectCallCosts()).isEmpty();
        s.setCostReporting(true);
        TxResult bump = s.callPublic(id, "bump", List.of(UIntValue.of(3)), s.deployer());
        s.callReadOnly(id, "current", List.of(), s.deployer());
        s.execute("(+ 1 2)");
        List<CallCosts> calls = s.collectCallCosts();
        assertThat(calls).extracting(CallCosts::function).containsExactly("bump", "current");
        assertThat(calls.get(0).args()).containsExactly(UIntValue.of(3));
        assertThat(calls.get(0).costs()).isEqualTo(bump.costs().orElseThrow());
        assertThat(s.collectCallCosts()).isEmpty();
        assertThatThrownBy(() -> Simnet.withoutCostTracking().setCostReporting(true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void costsPrintAsTheOraclePrintsThem() {
        assertThat(new ExecutionCost(1, 2, 3, 4, 5)).hasToString("runtime=1 read_count=2 read_length=3 write_count=4 write_length=5");
    }
}

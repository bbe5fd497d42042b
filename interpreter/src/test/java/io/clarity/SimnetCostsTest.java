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
        assertThat(d.costs().get().writeCount()).isEqualTo(3);
        ContractPrincipalValue id = d.contract();
        TxResult bump = s.callPublic(id, "bump", List.of(UIntValue.of(2)), s.deployer());
        assertThat(bump.costs().get().writeCount()).isEqualTo(1);
        assertThat(bump.costs().get().readCount()).isEqualTo(3 + 3);
        assertThat(bump.costs().get().readLength()).isEqualTo(COUNTER.length() + 1 + 2 * 18);
        TxResult get = s.callReadOnly(id, "current", List.of(), s.deployer());
        assertThat(get.costs().get().writeCount()).isZero();
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

    @Test
    void costsPrintAsTheOraclePrintsThem() {
        assertThat(new ExecutionCost(1, 2, 3, 4, 5)).hasToString("runtime=1 read_count=2 read_length=3 write_count=4 write_length=5");
    }
}

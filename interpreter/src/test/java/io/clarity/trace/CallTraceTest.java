package io.clarity.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.error.ClarityError;
import io.clarity.version.Epoch;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallTraceTest {

    private static final String D = "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";
    private static final String W1 = "'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5";

    private static final String SOURCE = """
            (define-private (add (a uint) (b uint)) (begin (print { a: a, b: b }) (+ a b)))
            (define-public (inc (x uint)) (let ((y (add x u1))) (print y) (ok (add y u2))))
            (define-public (fail (x uint)) (begin (print "failing") (asserts! (> x u10) (err u7)) (ok x)))
            (define-public (boom (x uint)) (ok (add x (- u0 u1))))
            """;

    private static Simnet traced() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.deploy("c", SOURCE);
        s.setTracing(true);
        return s;
    }

    @Test
    void theTreeShowsNestedCallsArgumentsEventsAndResults() {
        Simnet s = traced();
        s.callPublic("c", "inc", List.of(Cl.uint(5)), "wallet_1");
        assertThat(s.lastTrace()).get().hasToString(String.join("\n",
                "(contract-call? " + D + ".c inc u5)  sender " + W1,
                "|-- (add u5 u1)  c:2:40",
                "|   |-- print_event contract=" + D + ".c value={ a: u5, b: u1 }",
                "|   `-- => u6",
                "|-- print_event contract=" + D + ".c value=u6",
                "|-- (add u6 u2)  c:2:67",
                "|   |-- print_event contract=" + D + ".c value={ a: u6, b: u2 }",
                "|   `-- => u8",
                "`-- => (ok u8)",
                ""));
    }

    @Test
    void aRolledBackCallKeepsItsPrintsInTheTrace() {
        Simnet s = traced();
        assertThat(s.callPublic("c", "fail", List.of(Cl.uint(5)), "wallet_1").events()).isEmpty();
        assertThat(s.lastTrace()).get().hasToString(String.join("\n",
                "(contract-call? " + D + ".c fail u5)  sender " + W1,
                "|-- print_event contract=" + D + ".c value=\"failing\"",
                "`-- => (err u7)  (rolled back)",
                ""));
    }

    @Test
    void aRuntimeErrorIsShownWhereItArose() {
        Simnet s = traced();
        assertThatThrownBy(() -> s.callPublic("c", "boom", List.of(Cl.uint(5)), "wallet_1"))
                .isInstanceOf(ClarityError.class);
        CallTrace trace = s.lastTrace().orElseThrow();
        assertThat(trace.root().error().kind().name()).isEqualTo("ArithmeticUnderflow");
        assertThat(trace.toString()).endsWith("`-- !! " + trace.root().error().describe() + "\n")
                .contains("at c:4:43");
    }

    @Test
    void nothingIsRecordedWhenTracingIsOff() {
        Simnet s = traced();
        s.setTracing(false);
        s.callPublic("c", "inc", List.of(Cl.uint(5)), "wallet_1");
        assertThat(s.lastTrace()).isEmpty();
    }

    @Test
    void aRefusedCallLeavesNoTrace() {
        Simnet s = traced();
        s.callPublic("c", "inc", List.of(Cl.uint(5)), "wallet_1");
        assertThatThrownBy(() -> s.callPublic("c", "nope", List.of(), "wallet_1")).isInstanceOf(ClarityError.class);
        assertThat(s.lastTrace()).isEmpty();
    }
}

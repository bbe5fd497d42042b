package io.clarity.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.error.ClarityError;
import io.clarity.version.Epoch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every print is heard with its place, also those no transaction keeps. */
class PrintRecorderTest {

    private static final String SOURCE = """
            (define-read-only (look (n uint))
              (begin (print n) n))
            (define-public (refuse (n uint))
              (begin
                (print "refusing")
                (err n)))
            (define-public (crash (n uint))
              (begin (print "crashing") (ok (- u0 n))))
            (print "deployed")
            """;

    @Test
    void printsOfDeploysReadOnlyRolledBackAndFailedCallsCarryTheirPlace() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        PrintRecorder prints = new PrintRecorder();
        s.instrument(prints);
        s.deploy("p", SOURCE);
        assertThat(s.callReadOnly("p", "look", List.of(Cl.uint(3)), "wallet_1").events()).isEmpty();
        assertThat(s.callPublic("p", "refuse", List.of(Cl.uint(4)), "wallet_1").events()).isEmpty();
        assertThatThrownBy(() -> s.callPublic("p", "crash", List.of(Cl.uint(1)), "wallet_1"))
                .isInstanceOf(ClarityError.class);
        assertThat(prints.take()).extracting(PrintRecorder.Printed::toString).containsExactly(
                "p:9  \"deployed\"", "p:2  u3", "p:5  \"refusing\"", "p:8  \"crashing\"");
        assertThat(prints.take()).isEmpty();
    }
}

package io.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.error.ClarityError;
import io.clarity.version.Epoch;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Deploys the real VM refuses are refused here too, so that nothing is kept that a saved chain
 * could not read back.
 */
class DeployLimitsTest {

    private static final String SOURCE = "(define-read-only (f) u1)";

    private static String kindOf(Throwable e) {
        return ((ClarityError) e).kind().name();
    }

    @Test
    void aContractNameOf128CharactersDeploysAndReadsBack() throws IOException {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        String name = "b".repeat(128);
        s.deploy(name, SOURCE);
        assertThat(Simnet.deserialize(s.serialize()).contractCount()).isEqualTo(1);
    }

    @Test
    void aContractNameOver128CharactersIsRefused() throws IOException {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        assertThatThrownBy(() -> s.deploy("a".repeat(129), SOURCE))
                .isInstanceOf(ClarityError.class)
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo("BadNameValue"));
        assertThat(Simnet.deserialize(s.serialize()).contractCount()).isZero();
    }

    @Test
    void aUtf8LiteralOver262144CharactersIsRefused() throws IOException {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.deploy("fits", "(define-constant s u\"" + "a".repeat(262_144) + "\")");
        assertThatThrownBy(() -> s.deploy("over", "(define-constant s u\"" + "a".repeat(262_145) + "\")"))
                .isInstanceOf(ClarityError.class)
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo("ValueTooLarge"));
        assertThat(Simnet.deserialize(s.serialize()).contractCount()).isEqualTo(1);
    }
}

package io.clarity.testing;

import io.clarity.TxResult;
import io.clarity.value.Value;
import org.assertj.core.api.Assertions;

/**
 * The one static entry point for assertions: Clarity values and transaction results, plus
 * everything of AssertJ's {@link Assertions} (this class extends it), so a single
 * {@code import static io.clarity.testing.ClarityAssertions.*;} serves a whole test.
 *
 * <pre>{@code
 * assertThat(simnet.callPublic("counter", "add", List.of(Cl.uint(1)), wallet1)).isOk().isUint(1);
 * assertThat(simnet.getMapEntry("market", "jobs", key)).isSome().isTuple().hasEntry("status", Cl.ascii("open"));
 * }</pre>
 */
public class ClarityAssertions extends Assertions {

    /** Only for classes that add assertions of their own. */
    protected ClarityAssertions() {
    }

    public static ValueAssert assertThat(Value actual) {
        return new ValueAssert(actual);
    }

    public static TxResultAssert assertThat(TxResult actual) {
        return new TxResultAssert(actual);
    }
}

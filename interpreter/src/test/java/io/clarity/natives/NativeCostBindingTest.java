package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.cost.NativeCosts;
import io.clarity.vocabulary.NativeFunction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cost table and the bindings agree: a native whose row says it charges itself
 * ({@link NativeCosts.Input#OWN}, {@link NativeCosts.Input#ZERO}) is bound as a special form; bound as a simple native, whose cost
 * the evaluator charges from the row's input, it would never be charged.
 */
class NativeCostBindingTest {

    @Test
    void nativesThatChargeThemselvesAreSpecialForms() {
        List<String> wrong = new ArrayList<>();
        for (NativeFunction f : NativeFunction.values()) {
            boolean own = NativeCosts.input(f).chargedByTheNative();
            if (own && Natives.isSimple(f)) {
                wrong.add(f.clarityName() + " charges itself but is bound as a simple native");
            }
        }
        assertThat(wrong).isEmpty();
    }
}

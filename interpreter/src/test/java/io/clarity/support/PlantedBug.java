package io.clarity.support;

import io.clarity.Simnet;
import io.clarity.chain.Event;
import io.clarity.value.UIntValue;
import java.util.function.Supplier;

/**
 * Plants an interpreter bug in a {@link Simnet} for tests of how bugs are reported: the chain's
 * event log tells its observer of every event while the evaluator emits it, and the planted
 * observer throws when {@code (print u13)} runs. Nothing in the product offers this.
 */
public final class PlantedBug {

    private PlantedBug() {
    }

    /** Has every {@code (print u13)} on {@code simnet} throw what {@code bug} makes (an unchecked throwable). */
    public static void onPrint13(Simnet simnet, Supplier<? extends Throwable> bug) {
        simnet.state().log().observe(e -> {
            if (e instanceof Event.Print p && p.value().equals(UIntValue.of(13))) {
                Throwable t = bug.get();
                if (t instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) t;
            }
        });
    }
}

package io.clarity.contracts;

import io.clarity.testing.ClarityFuzz;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The invariants and properties of compute-credit in src/test/fuzz/compute-credit.tests.clar,
 * written in Clarity as for rendezvous, one JUnit test each (see {@code clarity fuzz}).
 */
class ComputeCreditFuzzTest {

    private static ClarityFuzz fuzz() {
        return ClarityFuzz.ofFile(Path.of("src/main/clarity/compute-credit.clar"))
                .tests(Path.of("src/test/fuzz/compute-credit.tests.clar"))
                .runs(30).calls(15);
    }

    @TestFactory
    Stream<DynamicTest> invariants() {
        return fuzz().invariants();
    }

    @TestFactory
    Stream<DynamicTest> properties() {
        return fuzz().properties();
    }
}

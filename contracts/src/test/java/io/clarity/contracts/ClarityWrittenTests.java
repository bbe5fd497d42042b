package io.clarity.contracts;

import io.clarity.Simnet;
import io.clarity.testing.ClarityTest;
import io.clarity.testing.ClarityUnitTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The tests written in Clarity under src/test/clarity ({@code *_test.clar}), one JUnit test per test function. */
@ClarityTest
class ClarityWrittenTests {

    @TestFactory
    Stream<DynamicNode> clarityTests(Simnet simnet) {
        return ClarityUnitTests.from(simnet, Path.of("src/test/clarity"));
    }
}

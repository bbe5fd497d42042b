package io.clarity.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Snapshots copy the chain's state field by field (ChainState.copy, ContractStorage.copy,
 * DeployedContract.withStorage, Blocks.copy). A field added to one of these classes and not to
 * its copy would leak state from one test into the next; this test fails first. When it fails:
 * make the copy handle the new field, then list the field here.
 */
class SnapshotCoverageTest {

    static Stream<Arguments> copiedClasses() {
        return Stream.of(
                Arguments.of(ChainState.class, new String[] {"log", "stx", "contracts", "counters"}),
                Arguments.of(ContractStorage.class,
                        new String[] {"log", "dataVars", "maps", "deleted", "ftBalances", "ftSupply", "ftMaxSupply", "nftOwners"}),
                Arguments.of(DeployedContract.class, new String[] {"id", "version", "epoch", "source", "sourceLength", "definitions",
                        "analysis", "functions", "functionIds", "constants", "storage"}),
                Arguments.of(Blocks.class, new String[] {"epoch", "tenure", "stacksHeight", "burnHeight", "burnOf",
                        "stacksTime", "tenureOf", "stored", "burnTime", "epochHeights", "epochs", "epochSwitches",
                        "heightOfId", "indexedUpTo"}));
    }

    @ParameterizedTest
    @MethodSource("copiedClasses")
    void everyFieldIsOneTheCopyHandles(Class<?> type, String[] handled) {
        String[] fields = Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
                .map(Field::getName)
                .toArray(String[]::new);
        assertThat(fields).as("fields of %s (see the class comment of this test)", type.getSimpleName())
                .containsExactlyInAnyOrder(handled);
    }
}

package io.clarity.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Simnet;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Snapshots copy the chain's state field by field (ChainState.copy, ContractStorage.copy,
 * DeployedContract.withStorage, Blocks.copy, UndoLog.copyHistoryTo), and SnapshotCodec writes it
 * field by field for the CLI's local chain. A field added to one of these classes and not to its copy would leak state
 * from one test into the next, and one the codec does not write would be lost between two
 * {@code clarity call}s; this test fails first. When it fails: make the copy and the codec (with a
 * new format number) handle the new field, then list the field here.
 */
class SnapshotCoverageTest {

    static Stream<Arguments> copiedClasses() throws NoSuchFieldException {
        // the Simnet's session (package-private) holds its chain
        Class<?> session = Simnet.class.getDeclaredField("session").getType();
        return Stream.of(
                // the debugger is not chain state: a copy starts without one
                Arguments.of(Simnet.class, new String[] {"accounts", "session", "debugger"}),
                // metering, tracing and lastTrace belong to the session, not the chain
                // the attached listeners are not chain state: a copy starts without them
                Arguments.of(session, new String[] {"state", "blocks", "scratchContracts", "metering",
                    "tracing", "lastTrace", "listeners", "attached"}),
                // deployed: rebuilt from the contracts when a chain is read, its at-block history saved with the rest
                Arguments.of(ChainState.class, new String[] {"log", "stx", "contracts", "deployed", "counters"}),
                Arguments.of(ContractStorage.class,
                        new String[] {"log", "dataVarNames", "dataVars", "maps", "deleted", "ftBalances", "ftSupply", "ftMaxSupply", "nftOwners"}),
                // sanitizedConstants: derived from constants when each is bound, so a loaded chain rebuilds it
                Arguments.of(DeployedContract.class, new String[] {"id", "version", "epoch", "source", "sourceLength", "definitions",
                        "analysis", "functions", "functionIds", "constants", "sanitizedConstants", "storage"}),
                // heightOfId and indexedUpTo: an index of block hashes that the copy and a loaded chain rebuild
                Arguments.of(Blocks.class, new String[] {"epoch", "tenure", "stacksHeight", "burnHeight", "burnOf",
                        "stacksTime", "tenureOf", "stored", "burnTime", "epochHeights", "epochs", "epochSwitches",
                        "heightOfId", "indexedUpTo"}),
                // only history, historyHeights and keepsHistory outlive a transaction; blockHeight is
                // set by the Simnet that owns the state, the rest is empty between transactions
                Arguments.of(UndoLog.class, new String[] {"pending", "events", "history", "historyHeights",
                        "keepsHistory", "blockHeight", "undoMarks", "eventMarks", "readOnly", "assetMaps", "depth",
                        "observer"}));
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

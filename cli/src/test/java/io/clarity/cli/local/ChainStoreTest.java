package io.clarity.cli.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The local chain's file: saved whole or not at all, whatever interrupts a save. */
class ChainStoreTest {

    static final String COUNTER = "(define-data-var n uint u0) (define-public (inc) (begin (var-set n (+ (var-get n) u1)) (ok (var-get n))))";

    @TempDir
    Path dir;

    static Simnet counterAt(int n) {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.deploy("counter", COUNTER);
        for (int i = 0; i < n; i++) {
            s.callPublic("counter", "inc", List.of(), "wallet_1");
        }
        return s;
    }

    private static Object count(ChainStore store) throws IOException {
        return store.load().orElseThrow().getDataVar("counter", "n");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(Path::getFileName).sorted().toList();
        }
    }

    @Test
    void whatIsSavedLoadsBack() throws IOException {
        ChainStore store = new ChainStore(dir);
        assertThat(store.load()).isEmpty();
        store.save(counterAt(2));
        assertThat(count(store)).isEqualTo(Cl.uint(2));
        store.save(counterAt(5));
        assertThat(count(store)).isEqualTo(Cl.uint(5));
        assertThat(files()).containsExactly(Path.of("chain.bin"));
        assertThat(store.reset()).isTrue();
        assertThat(store.load()).isEmpty();
        assertThat(store.reset()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ChainStore.Stage.class)
    void aSaveInterruptedAnywhereLeavesThePreviousState(ChainStore.Stage where) throws IOException {
        new ChainStore(dir).save(counterAt(1));
        ChainStore failing = new ChainStore(dir, stage -> {
            if (stage == where) {
                throw new IOException("injected at " + stage);
            }
        });
        assertThatThrownBy(() -> failing.save(counterAt(7))).hasMessage("injected at " + where);
        assertThat(count(new ChainStore(dir))).isEqualTo(Cl.uint(1));
        assertThat(files()).as("the temporary file is gone").containsExactly(Path.of("chain.bin"));
    }

    @Test
    void aDamagedFileIsRefusedNotMisread() throws IOException {
        ChainStore store = new ChainStore(dir);
        store.save(counterAt(1));
        byte[] data = Files.readAllBytes(store.file());
        data[data.length / 3] ^= 0x40;
        Files.write(store.file(), data);
        assertThatThrownBy(store::load).isInstanceOf(ChainStore.Unreadable.class)
                .hasMessageContaining("chain.bin").hasMessageContaining("checksum");
    }

    /** A chain that would not read back (here: damaged) is refused, and the saved one stays. */
    @Test
    void aChainThatWouldNotReadBackNeverReplacesTheSavedOne() throws IOException {
        ChainStore store = new ChainStore(dir);
        store.save(counterAt(1));
        byte[] data = counterAt(4).serialize();
        data[data.length / 2] ^= 0x40;
        assertThatThrownBy(() -> store.write(data)).isInstanceOf(ChainStore.NotSaved.class)
                .hasMessageContaining("not saved");
        assertThat(count(store)).isEqualTo(Cl.uint(1));
        assertThat(files()).containsExactly(Path.of("chain.bin"));
    }

    /**
     * The process dies in the middle of a save (Runtime.halt: no finally block, no cleanup, as
     * a kill -9): the chain saved before is intact, and the next save sweeps the stray file.
     */
    @ParameterizedTest
    @EnumSource(ChainStore.Stage.class)
    void aProcessKilledDuringASaveLeavesThePreviousState(ChainStore.Stage where) throws Exception {
        new ChainStore(dir).save(counterAt(1));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                DyingSave.class.getName(), dir.toString(), where.name())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.exitValue()).as(output).isEqualTo(DyingSave.DIED);

        assertThat(files()).as("a stray temporary file stays").anyMatch(f -> f.toString().endsWith(".tmp"));
        ChainStore store = new ChainStore(dir);
        assertThat(count(store)).isEqualTo(Cl.uint(1));
        store.save(counterAt(3));
        assertThat(count(store)).isEqualTo(Cl.uint(3));
        assertThat(files()).containsExactly(Path.of("chain.bin"), Path.of("lock"));
    }

    /** A process that saves a chain and dies at a given stage of the save. */
    public static final class DyingSave {
        static final int DIED = 37;

        public static void main(String[] args) throws IOException {
            ChainStore.Stage stage = ChainStore.Stage.valueOf(args[1]);
            ChainStore store = new ChainStore(Path.of(args[0]), s -> {
                if (s == stage) {
                    Runtime.getRuntime().halt(DIED);
                }
            });
            store.locked(() -> {
                store.save(counterAt(9));
                return null;
            });
        }
    }
}

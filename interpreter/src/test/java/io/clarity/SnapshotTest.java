package io.clarity;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.version.Epoch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    private static final String BANK = """
            (define-map deposits principal uint)
            (define-data-var total uint u0)
            (define-public (deposit (amount uint))
              (begin
                (try! (stx-transfer? amount tx-sender (as-contract tx-sender)))
                (map-set deposits tx-sender (+ amount (default-to u0 (map-get? deposits tx-sender))))
                (var-set total (+ (var-get total) amount))
                (ok (var-get total))))
            """;

    private static Simnet bank() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.deploy("bank", BANK);
        return s;
    }

    @Test
    void restoreBringsBackStorageBalancesAndHeights() {
        Simnet s = bank();
        Snapshot start = s.snapshot();
        long height = s.stacksBlockHeight();

        s.callPublic("bank", "deposit", List.of(Cl.uint(500)), "wallet_1");
        s.mineEmptyBlocks(3);
        s.deploy("later", "(define-constant k u1)");
        assertThat(s.getDataVar("bank", "total")).isEqualTo(Cl.uint(500));

        s.restore(start);
        assertThat(s.getDataVar("bank", "total")).isEqualTo(Cl.uint(0));
        assertThat(s.getMapEntry("bank", "deposits", s.account("wallet_1"))).isEqualTo(Cl.none());
        assertThat(s.stxBalance("wallet_1")).isEqualTo(Cl.uint(100_000_000_000_000L));
        assertThat(s.stxBalance("bank")).isEqualTo(Cl.uint(0));
        assertThat(s.stacksBlockHeight()).isEqualTo(height);
        assertThat(s.getContractSource("later")).isEmpty();

        // the snapshot survives a restore and can be used again
        s.callPublic("bank", "deposit", List.of(Cl.uint(7)), "wallet_2");
        s.restore(start);
        assertThat(s.getDataVar("bank", "total")).isEqualTo(Cl.uint(0));
    }

    @Test
    void chainsFromOneSnapshotAreIndependent() {
        Snapshot start = bank().snapshot();
        Simnet a = Simnet.from(start);
        Simnet b = Simnet.from(start);
        a.callPublic("bank", "deposit", List.of(Cl.uint(10)), "wallet_1");
        assertThat(a.getDataVar("bank", "total")).isEqualTo(Cl.uint(10));
        assertThat(b.getDataVar("bank", "total")).isEqualTo(Cl.uint(0));
        Simnet c = a.copy();
        c.callPublic("bank", "deposit", List.of(Cl.uint(5)), "wallet_1");
        assertThat(a.getDataVar("bank", "total")).isEqualTo(Cl.uint(10));
        assertThat(c.getDataVar("bank", "total")).isEqualTo(Cl.uint(15));
    }

    @Test
    void chainsFromOneSnapshotRunInParallel() throws Exception {
        Snapshot start = bank().snapshot();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int amount = t + 1;
                results.add(pool.submit(() -> {
                    Simnet s = Simnet.from(start);
                    for (int i = 0; i < 200; i++) {
                        s.callPublic("bank", "deposit", List.of(Cl.uint(amount)), "wallet_" + (1 + i % 8));
                    }
                    return s.getDataVar("bank", "total") + " " + s.stxBalance("bank");
                }));
            }
            for (int t = 0; t < 8; t++) {
                long total = 200L * (t + 1);
                assertThat(results.get(t).get()).isEqualTo("u" + total + " u" + total);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Simnet.from(start).getDataVar("bank", "total")).isEqualTo(Cl.uint(0));
    }
}

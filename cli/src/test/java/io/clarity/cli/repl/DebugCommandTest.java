package io.clarity.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.cli.SharedSeed;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ::debug}, {@code ::break} and {@code ::watch} on the seed contract, typed as at a pipe. */
class DebugCommandTest {

    private static final String WALLET_1 = "'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5";

    /** The seed contract, deployed by the deployer (.compute-sharing would be the sender's). */
    private static final String SEED = "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.compute-sharing";

    @TempDir
    Path dir;

    private ReplHarness seeded() {
        ReplHarness repl = new ReplHarness(dir, null, List.of(SharedSeed.computeSharing()));
        repl.type("::set_tx_sender wallet_1\n(contract-call? " + SEED + " register-provider u1000 u10)\n"
                + "::set_tx_sender wallet_2\n(contract-call? " + SEED + " add-funds u500)\n");
        return repl;
    }

    private static String request() {
        return "::debug (contract-call? " + SEED + " request-compute " + WALLET_1 + " u10)\n";
    }

    @Test
    void stopsFirstThenBreaksPrintsAndGoesOn() {
        ReplHarness repl = seeded();
        String out = repl.type(request() + "b compute-sharing:129\nc\np new-job-id\np (+ total-cost u1)\nbt\nc\n");
        assertThat(out).startsWith("at compute-sharing:100:3 (request-compute)\n100 |   (let\n        ^\n");
        assertThat(out).contains("Set breakpoint 1: compute-sharing:129\n",
                "breakpoint 1 (compute-sharing:129) at compute-sharing:129:5 (request-compute)\n"
                        + "129 |     (var-set last-job-id new-job-id)\n          ^\n",
                "u1\nu101\ncompute-sharing.request-compute (compute-sharing:129:5)\n");
        assertThat(out).endsWith("(ok u1)\n");
    }

    @Test
    void stepsNextFinishLocalsAndQuit() {
        ReplHarness repl = seeded();
        String out = repl.type(request() + "s\nn\nf\nl\nq\n");
        assertThat(out).contains("at compute-sharing:102:22 (request-compute)\n",
                "at compute-sharing:103:22 (request-compute)\n",
                "finished default-to => { balance: u500 } at compute-sharing:103:22 (request-compute)\n",
                "provider: " + WALLET_1 + "\nresources: u10\nprovider-data: ");
        assertThat(out).endsWith("(ok u1)\n");
    }

    @Test
    void breakAndWatchSetOutsideHoldForTheNextDebug() {
        ReplHarness repl = seeded();
        assertThat(repl.type("::break compute-sharing.complete-job\n::watch last-job-id\n::break\n"))
                .isEqualTo("Set breakpoint 1: compute-sharing.complete-job\nSet watchpoint 2: watch last-job-id\n"
                        + "1: compute-sharing.complete-job\n2: watch last-job-id\n");
        String out = repl.type(request() + "c\np (var-get last-job-id)\nc\n");
        assertThat(out).contains("watch 2: last-job-id: u0 -> u1 at compute-sharing:129:5 (request-compute)\n",
                "u1\n(ok u1)\n");
        // plain input does not stop: breakpoints hold only under ::debug
        assertThat(repl.type("::set_tx_sender wallet_1\n(contract-call? " + SEED + " complete-job u1)\n"))
                .endsWith("(ok true)\n");
    }

    @Test
    void badCommandsAndExpressionsAnswerAndStayPaused() {
        ReplHarness repl = seeded();
        String out = repl.type(request() + "zap\np (var-set last-job-id u5)\nb nowhere:x\np (+ 1))\nc\n");
        assertThat(out).contains("unknown debugger command 'zap' (h for help)",
                "error: WriteAttemptedInReadOnly: a write was attempted in a read-only context at 1:1",
                "Usage: break CONTRACT:LINE | FUNCTION | CONTRACT.FUNCTION (not nowhere:x)");
        assertThat(out).endsWith("(ok u1)\n");
    }
}

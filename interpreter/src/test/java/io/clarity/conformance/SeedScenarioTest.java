package io.clarity.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.scenario.ScenarioRunner;
import io.clarity.support.SharedDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The oracle's own example, read in place: the unchanged seed contract driven through
 * registration, funding, jobs and withdrawals must give the recorded transcript byte for byte,
 * with and without costs.
 */
class SeedScenarioTest {

    private static List<String> run(Path scn) throws IOException {
        return run(scn, false);
    }

    private static List<String> run(Path scn, boolean costs) throws IOException {
        List<String> lines = new ArrayList<>();
        int errors = new ScenarioRunner(scn.getParent(), null, lines::add, costs, true).run(Files.readString(scn));
        assertThat(errors).as("malformed steps").isZero();
        return lines;
    }

    @Test
    void seedScenarioMatchesTheOracleByteForByte() throws IOException {
        Path examples = SharedDir.require().resolve("oracle/examples");
        List<String> ours = run(examples.resolve("compute-sharing.scn"));
        String expected = Files.readString(examples.resolve("compute-sharing.out"));
        assertThat(String.join("\n", ours) + "\n").isEqualTo(expected);
    }

    @Test
    void seedScenarioCostsMatchTheOracleByteForByte() throws IOException {
        Path examples = SharedDir.require().resolve("oracle/examples");
        List<String> ours = run(examples.resolve("compute-sharing.scn"), true);
        String expected = Files.readString(examples.resolve("compute-sharing.costs.out"));
        assertThat(String.join("\n", ours) + "\n").isEqualTo(expected);
    }

    @Test
    void withoutCostTrackingTheTranscriptIsTheSameAndShowsNoCosts() throws IOException {
        Path examples = SharedDir.require().resolve("oracle/examples");
        Path scn = examples.resolve("compute-sharing.scn");
        List<String> lines = new ArrayList<>();
        new ScenarioRunner(scn.getParent(), null, lines::add, true, false).run(Files.readString(scn));
        assertThat(String.join("\n", lines) + "\n").isEqualTo(Files.readString(examples.resolve("compute-sharing.out")));
    }

    @Test
    void withdrawEarningsFailsWithErr2AndChangesNothing() throws IOException {
        Path examples = SharedDir.require().resolve("oracle/examples");
        List<String> ours = run(examples.resolve("compute-sharing.scn"));
        assertThat(ours).contains("call compute-sharing withdraw-earnings as wallet_1 => (err u2)");
        int i = ours.indexOf("call compute-sharing withdraw-earnings as wallet_1 => (err u2)");
        // no event follows the failed withdrawal, and the provider's earnings are intact
        assertThat(ours.get(i + 1)).doesNotStartWith("  ");
        assertThat(ours).contains("read compute-sharing get-provider-data wallet_1 => "
                + "(some { earnings: u1000, price-per-unit: u10, resources: u1000 })");
        assertThat(ours).contains("stx-balance compute-sharing => u8000");
    }
}

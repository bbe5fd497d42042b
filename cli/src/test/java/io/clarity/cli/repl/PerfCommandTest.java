package io.clarity.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ::perf EXPR}: the costliest frames of one evaluation, and a total that is its measured cost. */
class PerfCommandTest {

    private static final String SCORES = """
            (define-map scores principal uint)
            (define-read-only (total (who (list 3 principal)))
              (fold + (map score who) u0))
            (define-private (score (p principal))
              (default-to u0 (map-get? scores p)))
            """;

    @TempDir
    Path dir;

    @Test
    void perfShowsTheCostliestFramesAndTheMeasuredTotal() throws IOException {
        ReplHarness repl = new ReplHarness(dir, null, List.of(Files.writeString(dir.resolve("scores.clar"), SCORES)));
        String call = "(contract-call? .scores total (list tx-sender tx-sender tx-sender))";
        String out = repl.type("::perf " + call + "\n");
        assertThat(out).contains("| Frame ", "| Runs | Self runtime | Total runtime | Reads (count/bytes) |",
                "| scores:total:3 (fold)       | 1    |", "| scores:score:5 (map-get?)   | 3    |", "u0\n");
        Matcher total = Pattern.compile("Total: runtime=(\\d+) read_count=(\\d+) ").matcher(out);
        assertThat(total.find()).isTrue();
        // what ::get_costs measures for the same call
        String costs = repl.type("::get_costs " + call + "\n");
        assertThat(costs).containsPattern("\\| Runtime +\\| " + total.group(1) + " ")
                .containsPattern("\\| Read count +\\| " + total.group(2) + " ");
        assertThat(repl.type("::perf\n")).contains("Usage: ::perf <expr>");
    }
}

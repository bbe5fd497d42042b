package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.coverage.LcovCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clarity scenario --coverage} and {@code --profile} over every conformance scenario: no
 * error, every transcript (with and without costs) the same as without them, an LCOV file
 * that keeps lcov's rules, folded stacks and a flame graph.
 */
class ScenarioInstrumentsTest {

    private static final Path CORPUS = Path.of("../interpreter/src/test/resources/conformance").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".scn")).sorted().toList();
        }
    }

    /**
     * The instrumented run printed what the plain one prints, file by file (the plain transcripts
     * are the oracle's: ConformanceTest checks them, error messages matched as it matches them).
     */
    private static void assertUnchanged(CliRunner.Result instrumented, CliRunner.Result plain) {
        // standard error holds the hints on failed steps (help lines), the same with or without instruments
        assertThat(instrumented.err()).isEqualTo(plain.err()).doesNotContain("Exception");
        assertThat(instrumented.status()).isEqualTo(plain.status());
        assertThat(instrumented.out()).isEqualTo(plain.out()).contains("### ");
    }

    private static String[] args(List<String> options, List<Path> files) {
        List<String> all = new ArrayList<>(options);
        files.forEach(f -> all.add(f.toString()));
        return all.toArray(String[]::new);
    }

    @Test
    void coverageAndProfilesOverEveryScenarioLeaveTheTranscriptsAsRecorded() throws IOException {
        List<Path> all = scenarios();
        assertThat(all).hasSizeGreaterThan(200);
        Path lcov = dir.resolve("lcov.info");
        Path folded = dir.resolve("profile.folded");
        CliRunner.Result r = CliRunner.run(args(List.of("scenario", "--coverage", lcov.toString(), "--profile",
                folded.toString()), all));
        assertUnchanged(r, CliRunner.run(args(List.of("scenario"), all)));

        String text = Files.readString(lcov);
        assertThat(LcovCheck.faults(text)).isEmpty();
        assertThat(text).contains("SF:" + CORPUS, "BRDA:", "FNDA:");
        // frame;frame;... COUNT, each frame contract:function or contract:function:line (form)
        assertThat(Files.readAllLines(folded)).isNotEmpty()
                .allMatch(l -> l.matches("^[^ ;:]+:[^ ;:]+(:\\d+ \\([^;]*\\))?(;[^ ;:]+:[^ ;:]+(:\\d+ \\([^;]*\\))?)* [1-9][0-9]*$"), "folded lines");

        List<Path> withCosts = all.stream()
                .filter(p -> Files.exists(Path.of(p.toString().replaceFirst("\\.scn$", ".costs.out")))).toList();
        Path svg = dir.resolve("profile.svg");
        CliRunner.Result costs = CliRunner.run(args(List.of("scenario", "--costs", "--coverage", lcov.toString(),
                "--profile", svg.toString(), "--profile-dimension", "read_length"), withCosts));
        assertUnchanged(costs, CliRunner.run(args(List.of("scenario", "--costs"), withCosts)));
        assertThat(LcovCheck.faults(Files.readString(lcov))).isEmpty();
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("(read_length: ").endsWith("</svg>\n");
    }

    @Test
    void aProfileFileMustBeFoldedOrSvg() {
        CliRunner.Result r = CliRunner.run("scenario", "--profile", dir.resolve("p.txt").toString(), "x.scn");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("must end in .folded (folded stacks) or .svg");
        CliRunner.Result d = CliRunner.run("scenario", "--profile", dir.resolve("p.svg").toString(),
                "--profile-dimension", "gas", "x.scn");
        assertThat(d.err()).contains("unknown cost dimension \"gas\" (known: runtime, read_count");
    }

    @Test
    void aBrokenLcovFileIsReportedWithItsLine() throws IOException {
        Path lcov = dir.resolve("lcov.info");
        Files.writeString(lcov, "TN:\nSF:/x.clar\nFNDA:1,f\nend_of_record\n");
        Path scn = dir.resolve("s.scn");
        Files.writeString(scn, "eval (+ 1 2)\n");
        CliRunner.Result r = CliRunner.run("scenario", "--coverage", lcov.toString(), scn.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("clarity scenario: " + lcov + ":3: FNDA of f without its FN\n");
    }
}

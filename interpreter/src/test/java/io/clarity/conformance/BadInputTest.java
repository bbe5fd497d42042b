package io.clarity.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input of the bad-input corpus ({@link BadInputCorpus}) goes through parse, check and
 * deploy in a JVM of its own started with {@code -Xss512k -Xmx512m} ({@link BadInputProbe}), and
 * for each: the deploy answers as the oracle did (refused with the kind its message stands for,
 * by the rule of {@link DeployKindsTest}, or deployed), or, for the few inputs whose oracle answer
 * names no kind, with the kind the corpus documents; every diagnostic has a line and column (but
 * a refused contract name, which is not in the source); check and parse end on the same kind; no
 * Java exception reaches any output; and each stage answers in at most 2 seconds of the probe
 * thread's CPU time (after a warm-up: JVM start and class loading are not counted;
 * CPU rather than elapsed time, because the build machine is shared and elapsed time there
 * measures the neighbours). The elapsed times are in the probe's output and the failure message.
 */
class BadInputTest {

    private static final long BUDGET_MICROS = 2_000_000;
    private static final String DEPLOY_ERROR = " !! deploy error: ";
    private static final Pattern PLACED = Pattern.compile(".* at [^ ]+\\.clar:\\d+:\\d+");

    /** What the probe found for one input. */
    private record Probe(String wall, String cpu, String parse, String check, String transcript, String leak) {

        long slowestCpuMicros() {
            return Arrays.stream(cpu.split(",")).mapToLong(Long::parseLong).max().orElseThrow();
        }
    }

    @TestFactory
    List<DynamicTest> everyInputGetsTheOraclesAnswerWithAPlaceQuicklyAndNoJavaException(@TempDir Path dir)
            throws IOException, InterruptedException {
        List<BadInputCorpus.Input> inputs = BadInputCorpus.inputs();
        Map<String, String> oracle = BadInputCorpus.oracle();
        Map<String, BadInputCorpus.Gap> gaps = BadInputCorpus.gaps();
        StringBuilder list = new StringBuilder();
        for (BadInputCorpus.Input input : inputs) {
            Files.write(dir.resolve(input.name() + ".clar"), input.bytes());
            list.append(input.name()).append('\t').append(input.contract()).append('\n');
        }
        Files.writeString(dir.resolve("inputs.tsv"), list);
        Map<String, Probe> probes = run(dir);

        List<DynamicTest> tests = new ArrayList<>();
        for (BadInputCorpus.Input input : inputs) {
            String name = input.name();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                assertThat(oracle).as("no oracle answer recorded for %s: run scripts/record-bad-input.mjs", name)
                        .containsKey(name);
                Probe probe = probes.get(name);
                assertThat(probe).as("the probe did not answer for %s", name).isNotNull();
                check(name, oracle.get(name), gaps.get(name), probe);
            }));
        }
        return tests;
    }

    /** Runs the probe on every input in one child JVM; its answers by input name. */
    private static Map<String, Probe> run(Path dir) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("probe.out");
        Process p = new ProcessBuilder(java.toString(), "-Xss512k", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                BadInputProbe.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(300, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(ended).as("the probe did not end in 300 s").isTrue();
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        Map<String, Probe> probes = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            assertThat(f).as("a line of the probe: %s", line).hasSize(7);
            probes.put(f[0], new Probe(f[1], f[2], BadInputCorpus.unescape(f[3]), BadInputCorpus.unescape(f[4]),
                    BadInputCorpus.unescape(f[5]), BadInputCorpus.unescape(f[6])));
        }
        return probes;
    }

    private static void check(String name, String oracle, BadInputCorpus.Gap gap, Probe probe) {
        assertThat(probe.leak()).as("%s: a Java exception shows", name).isEqualTo("-");
        for (String stage : List.of(probe.parse(), probe.check(), probe.transcript())) {
            assertThat(stage).as("%s: a stage crashed", name).doesNotStartWith("crash:");
        }
        assertThat(probe.slowestCpuMicros()).as("%s: parse, check, deploy took %s µs of CPU (%s µs elapsed)", name,
                probe.cpu(), probe.wall()).isLessThanOrEqualTo(BUDGET_MICROS);

        String transcript = probe.transcript();
        if (oracle.equals("deployed") && gap == null) {
            assertThat(transcript).as("%s: the oracle deployed it", name).contains(" => deployed ");
            assertThat(probe.check()).as("%s: check", name).isEqualTo("ok");
            return;
        }
        int at = transcript.indexOf(DEPLOY_ERROR);
        assertThat(at).as("%s: the oracle refused it (%s), we: %s", name, oracle, transcript).isNotNegative();
        // the transcript keeps the two ends of a long line; every diagnostic's place is in check's list
        String[] diagnostics = transcript.substring(at + DEPLOY_ERROR.length()).split(" / ");
        String kind = kindOf(diagnostics[diagnostics.length - 1]);
        assertThat(probe.check()).as("%s: check", name).isNotEqualTo("ok");
        assertThat(lastKind(probe.check())).as("%s: check and deploy disagree", name).isEqualTo(kind);
        if (!probe.parse().equals("ok")) {
            assertThat(lastKind(probe.parse())).as("%s: parse and deploy disagree", name).isEqualTo(kind);
        }
        assertThat(probe.parse()).as("%s: parse gives unplaced diagnostics", name).doesNotStartWith(BadInputProbe.UNPLACED);
        if (!kind.equals("BadNameValue")) {
            // a contract name given to deploy has no place in the source; every other error has one
            assertThat(diagnostics[diagnostics.length - 1]).as("%s: a diagnostic without file:line:column", name).matches(PLACED);
            assertThat(probe.check()).as("%s: check gives unplaced diagnostics", name).doesNotStartWith(BadInputProbe.UNPLACED);
        }
        if (gap != null) {
            assertThat(kind).as("%s: the kind gaps.tsv documents", name).isEqualTo(gap.kind());
            return;
        }
        assertThat(oracle).as("%s", name).startsWith("deploy error: ");
        String message = oracle.substring("deploy error: ".length());
        DeployKindsTest.check(name, message, transcript);
    }

    /** The kind of a transcript diagnostic ({@code Kind: message at file:line:column}). */
    private static String kindOf(String diagnostic) {
        String d = diagnostic.replaceFirst("^runtime error: ", "");
        return d.substring(0, Math.max(0, d.indexOf(':')));
    }

    /** The last kind of a probe's {@code Kind@line:column,...} list. */
    private static String lastKind(String places) {
        String last = places.substring(places.lastIndexOf(',') + 1).replace(BadInputProbe.UNPLACED, "");
        return last.substring(0, Math.max(0, last.indexOf('@')));
    }

    /** A gap may only stand where the oracle's answer names no kind, or is a deploy the chain refuses. */
    @Test
    void everyGapIsAnInputWhoseOracleAnswerNamesNoKind() throws IOException {
        Map<String, String> oracle = BadInputCorpus.oracle();
        List<String> names = BadInputCorpus.inputs().stream().map(BadInputCorpus.Input::name).toList();
        for (Map.Entry<String, BadInputCorpus.Gap> gap : BadInputCorpus.gaps().entrySet()) {
            String answer = oracle.get(gap.getKey());
            assertThat(names).contains(gap.getKey());
            assertThat(answer).isNotNull();
            if (!answer.equals("deployed")) {
                assertThat(OracleMessages.meaning(answer.replaceFirst("^deploy error: ", "")))
                        .as("%s: the oracle's answer has a known kind, so it needs no gap: %s", gap.getKey(), answer)
                        .isNull();
            }
        }
    }

    /** oracle.tsv holds an answer for each input and nothing else: it was recorded after the last change. */
    @Test
    void theRecordedAnswersMatchTheCorpus() throws IOException {
        List<String> names = BadInputCorpus.inputs().stream().map(BadInputCorpus.Input::name).sorted().toList();
        assertThat(BadInputCorpus.oracle().keySet().stream().sorted().toList()).isEqualTo(names);
    }
}

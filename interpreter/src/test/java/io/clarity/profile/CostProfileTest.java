package io.clarity.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Cl;
import io.clarity.Costs.Dimension;
import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.cost.ExecutionCost;
import io.clarity.eval.instrument.Attachment;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.support.SharedDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A profile's total is exactly what the transactions it observed cost, and its frames say where. */
class CostProfileTest {

    private static final Pattern COSTS = Pattern.compile(
            "^  costs runtime=(\\d+) read_count=(\\d+) read_length=(\\d+) write_count=(\\d+) write_length=(\\d+)$");

    private static ExecutionCost minus(ExecutionCost a, ExecutionCost b) {
        return new ExecutionCost(a.runtime() - b.runtime(), a.readCount() - b.readCount(),
                a.readLength() - b.readLength(), a.writeCount() - b.writeCount(), a.writeLength() - b.writeLength());
    }

    @Test
    void theProfileOfEachCallOfTheSeedContractTotalsItsMeasuredCost() throws IOException {
        Path seed = SharedDir.require().resolve("seed/compute-sharing.clar");
        Simnet simnet = new Simnet();
        simnet.deploy("compute-sharing", Files.readString(seed));
        List<TxResult> results = new ArrayList<>();
        List<ExecutionCost> profiled = new ArrayList<>();
        List<Runnable> calls = List.of(
                () -> results.add(simnet.callPublic("compute-sharing", "register-provider",
                        List.of(Cl.uint(1000), Cl.uint(10)), "wallet_1")),
                () -> results.add(simnet.callPublic("compute-sharing", "add-funds", List.of(Cl.uint(5000)), "wallet_3")),
                () -> results.add(simnet.callPublic("compute-sharing", "request-compute",
                        List.of(Cl.principal(simnet.account("wallet_1").address()), Cl.uint(100)), "wallet_3")),
                () -> results.add(simnet.callPublic("compute-sharing", "register-provider",
                        List.of(Cl.uint(1), Cl.uint(1)), "wallet_1")),
                () -> results.add(simnet.callReadOnly("compute-sharing", "get-provider-data",
                        List.of(Cl.principal(simnet.account("wallet_1").address())), "wallet_1")));
        for (Runnable call : calls) {
            CostProfile profile = new CostProfile();
            try (Attachment a = simnet.instrument(profile)) {
                call.run();
            }
            profiled.add(profile.total());
            assertThat(profile.entries()).first().satisfies(e -> assertThat(e.name()).startsWith("compute-sharing:"));
        }
        for (int i = 0; i < results.size(); i++) {
            assertThat(profiled.get(i)).as("call %d", i).isEqualTo(results.get(i).costs().orElseThrow().total());
        }
        assertThat(profiled.get(0).runtime()).isPositive();
    }

    @Test
    void framesNameTheFunctionAndTheLineOfEachExpression() throws IOException {
        Path seed = SharedDir.require().resolve("seed/compute-sharing.clar");
        Simnet simnet = new Simnet();
        simnet.deploy("compute-sharing", Files.readString(seed));
        CostProfile profile = new CostProfile();
        simnet.instrument(profile);
        TxResult r = simnet.callPublic("compute-sharing", "register-provider", List.of(Cl.uint(1000), Cl.uint(10)),
                "wallet_1");
        Map<String, ExecutionCost> folded = profile.folded();
        assertThat(folded).containsKeys("compute-sharing:register-provider",
                "compute-sharing:register-provider;compute-sharing:register-provider:55 (map-set)");
        long sum = folded.values().stream().mapToLong(ExecutionCost::runtime).sum();
        assertThat(sum).isEqualTo(r.costs().orElseThrow().total().runtime());
        CostProfile.Entry function = profile.entries().stream()
                .filter(e -> e.name().equals("compute-sharing:register-provider")).findFirst().orElseThrow();
        assertThat(function.total()).isEqualTo(r.costs().orElseThrow().total());
        assertThat(function.calls()).isEqualTo(1);
        assertThat(FoldedStacks.format(folded, Dimension.WRITE_LENGTH))
                .isEqualTo("compute-sharing:register-provider;compute-sharing:register-provider:55 (map-set) 128\n");
        assertThat(FlameGraph.svg(folded, Dimension.RUNTIME, "t")).startsWith("<?xml")
                .contains("<title>compute-sharing:register-provider (" + sum + ", 100.00%)</title>")
                .endsWith("</svg>\n");
    }

    /**
     * Every step of the conformance scenarios recorded with costs: what the profile gained during
     * the step is the step's costs line, or nothing for a deploy that runs no expression.
     */
    @Test
    void overEveryScenarioWithCostsTheProfileMatchesEachCostsLine() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/conformance"))) {
            scenarios = files.filter(p -> p.toString().endsWith(".scn"))
                    .filter(p -> Files.exists(Path.of(p.toString().replaceFirst("\\.scn$", ".costs.out")))).sorted().toList();
        }
        assertThat(scenarios).hasSizeGreaterThan(100);
        int compared = 0;
        for (Path scn : scenarios) {
            List<String> lines = new ArrayList<>();
            CostProfile profile = new CostProfile();
            List<ExecutionCost> totals = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            ScenarioRunner runner = new ScenarioRunner(scn.toAbsolutePath().getParent(), null, lines::add, true, true);
            runner.simnet().instrument(profile);
            runner.afterEachStep(s -> {
                totals.add(profile.total());
                ends.add(lines.size());
            });
            runner.run(Files.readString(scn));
            ExecutionCost before = ExecutionCost.ZERO;
            int from = 0;
            for (int i = 0; i < ends.size(); i++) {
                ExecutionCost gained = minus(totals.get(i), before);
                for (String line : lines.subList(from, ends.get(i))) {
                    Matcher m = COSTS.matcher(line);
                    if (m.matches()) {
                        ExecutionCost measured = new ExecutionCost(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                                Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), Long.parseLong(m.group(5)));
                        String step = lines.get(from);
                        if (!(gained.equals(ExecutionCost.ZERO) && step.startsWith("deploy"))) {
                            assertThat(gained).as("%s: %s", scn, step).isEqualTo(measured);
                            compared++;
                        }
                    }
                }
                before = totals.get(i);
                from = ends.get(i);
            }
        }
        assertThat(compared).isGreaterThan(500);
    }
}

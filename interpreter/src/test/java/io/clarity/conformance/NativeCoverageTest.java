package io.clarity.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.chain.DeployedContract;
import io.clarity.definitions.Definition;
import io.clarity.scenario.ScenarioReader;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.scenario.Step;
import io.clarity.syntax.SourceParser;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.DefineKind;
import io.clarity.vocabulary.NativeFunction;
import io.clarity.vocabulary.NativeVariable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which conformance cases exercise which Clarity names. A case (step) exercises the names that
 * appear in the code it runs: the source a deploy or eval step brings, and for calls the body of
 * the called function and of the contract's functions it calls. A case whose result is a failure,
 * an {@code err}, {@code none} or {@code false} counts as an error or edge case. A case whose
 * oracle transcript with costs ({@code NAME.costs.out}) has a cost line counts as a cost case. The
 * table is written to {@code target/native-coverage.md}; every native, keyword and define form of
 * Clarity 1 to 5 must have at least three cases, one of them an error or edge case, and one cost
 * case; the corpus must hold at least 300 cost cases, in each epoch the cost rules change in.
 */
class NativeCoverageTest {

    private static final StandardPrincipalValue DEPLOYER =
            StandardPrincipalValue.of("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM");

    private record Count(int cases, int edges, int costs) {
        Count add(Count other) {
            return new Count(cases + other.cases, edges + other.edges, costs + other.costs);
        }
    }

    /** The epochs each of which must have cost cases. */
    private static final List<String> COSTED_EPOCHS = List.of("2.0", "2.05", "2.5", "3.2", "3.3", "3.4");

    @Test
    void everyNameOfClarity1To5IsExercisedByTheCorpus() throws IOException {
        Map<String, Count> counts = new TreeMap<>();
        Map<String, Integer> costCasesByEpoch = new TreeMap<>();
        List<Path> scenarios;
        try (Stream<Path> files = Files.walk(ConformanceTest.CORPUS)) {
            scenarios = files.filter(p -> p.toString().endsWith(".scn")).sorted().toList();
        }
        for (Path scn : scenarios) {
            countScenario(scn, counts, costCasesByEpoch);
        }
        Map<String, String> versions = new LinkedHashMap<>();
        for (NativeFunction f : NativeFunction.values()) {
            if (f.since() <= 5) {
                versions.put(f.clarityName(), range(f.since(), f.until()));
            }
        }
        for (NativeVariable k : NativeVariable.values()) {
            versions.put(k.clarityName(), range(k.since(), k.until()));
        }
        for (DefineKind d : DefineKind.values()) {
            versions.put(d.clarityName(), "1-");
        }
        StringBuilder table = new StringBuilder(
                "| name | versions | cases | error or edge cases | cost cases |\n| --- | --- | --- | --- | --- |\n");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : versions.entrySet()) {
            Count c = counts.getOrDefault(e.getKey(), new Count(0, 0, 0));
            table.append("| `").append(e.getKey()).append("` | ").append(e.getValue()).append(" | ")
                    .append(c.cases()).append(" | ").append(c.edges()).append(" | ").append(c.costs()).append(" |\n");
            if (c.cases() < 3 || c.edges() < 1 || c.costs() < 1) {
                missing.add(e.getKey() + " (" + c.cases() + " cases, " + c.edges() + " error or edge, " + c.costs() + " with costs)");
            }
        }
        int costCases = costCasesByEpoch.values().stream().mapToInt(Integer::intValue).sum();
        table.append("\nCost cases by epoch: ").append(costCasesByEpoch).append(", ").append(costCases).append(" in all.\n");
        Path out = Path.of("target/native-coverage.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
        assertThat(missing).as("names without three cases including an error or edge case and a cost case (see %s)", out)
                .isEmpty();
        assertThat(costCases).as("cost cases").isGreaterThanOrEqualTo(300);
        assertThat(costCasesByEpoch.keySet()).as("epochs with cost cases").containsAll(COSTED_EPOCHS);
    }

    private static String range(int since, int until) {
        return since + "-" + (until == 0 ? "" : until);
    }

    private static void countScenario(Path scn, Map<String, Count> counts, Map<String, Integer> costCasesByEpoch)
            throws IOException {
        String text = Files.readString(scn);
        List<String> lines = new ArrayList<>();
        ScenarioRunner runner = new ScenarioRunner(scn.toAbsolutePath().getParent(), null, lines::add);
        List<Step> steps = ScenarioReader.read(text);
        runner.run(text);
        List<List<String>> blocks = TranscriptMatcher.blocks(lines);
        Path costsOut = scn.resolveSibling(scn.getFileName().toString().replaceFirst("\\.scn$", ".costs.out"));
        List<List<String>> costBlocks = Files.exists(costsOut)
                ? TranscriptMatcher.blocks(Files.readAllLines(costsOut)) : List.of();
        Map<String, DeployedContract> byName = new LinkedHashMap<>();
        for (DeployedContract c : runner.simnet().state().contracts().values()) {
            byName.put(c.name(), c);
        }
        for (int i = 0; i < steps.size() && i < blocks.size(); i++) {
            Step step = steps.get(i);
            String first = blocks.get(i).get(0);
            String result = first.substring(Math.min(first.length(), step.echo().length()));
            boolean edge = result.startsWith(" !! ") || result.startsWith(" => (err ") || result.equals(" => none")
                    || result.equals(" => false");
            boolean costed = i < costBlocks.size() && costBlocks.get(i).stream().anyMatch(l -> l.startsWith("  costs "));
            if (costed) {
                costCasesByEpoch.merge(epochOf(costBlocks, i), 1, Integer::sum);
            }
            Count count = new Count(1, edge ? 1 : 0, costed ? 1 : 0);
            for (String n : namesOf(step, byName, scn.getParent())) {
                counts.merge(n, count, Count::add);
            }
        }
    }

    /** The epoch a step ran in: the last {@code epoch} step before it (the oracle's default is 3.2). */
    private static String epochOf(List<List<String>> blocks, int step) {
        for (int i = step; i >= 0; i--) {
            String first = blocks.get(i).get(0);
            if (first.startsWith("epoch ")) {
                return first.split("\\s+")[1];
            }
        }
        return "3.2";
    }

    private static Set<String> namesOf(Step step, Map<String, DeployedContract> contracts, Path dir) {
        String[] words = step.text().split("\\s+");
        Set<String> names = new HashSet<>();
        switch (words[0]) {
            case "deploy-inline" -> atomsOfSource(step.body(), names);
            case "eval" -> atomsOfSource(step.body() != null ? step.body() : step.text().substring(4), names);
            case "deploy" -> {
                try {
                    atomsOfSource(Files.readString(dir.resolve(words[2])), names);
                } catch (IOException | RuntimeException e) {
                    // an unreadable file makes a scenario error, which the conformance test reports
                }
            }
            case "call", "read", "call-private" -> {
                if (words.length >= 3) {
                    String name = words[1].replaceFirst("^'?.*\\.", "");
                    DeployedContract c = contracts.get(name);
                    if (c != null) {
                        functionClosure(c, words[2], names);
                    }
                }
            }
            default -> {
            }
        }
        return names;
    }

    private static void atomsOfSource(String source, Set<String> names) {
        try {
            for (Expr e : SourceParser.parse(source, DEPLOYER, Epoch.E3_4)) {
                atoms(e, names);
            }
        } catch (RuntimeException e) {
            // sources that do not parse still exercise the names the parser reached; none here
        }
    }

    private static void atoms(Expr e, Set<String> names) {
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(e);
        while (!todo.isEmpty()) {
            Expr x = todo.pop();
            if (x instanceof AtomExpr a) {
                names.add(a.name());
            } else if (x instanceof ListExpr l) {
                l.items().forEach(todo::push);
            }
        }
    }

    /** The names in a function's body and in the bodies of the contract's functions it reaches. */
    private static void functionClosure(DeployedContract c, String function, Set<String> names) {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.push(function);
        while (!todo.isEmpty()) {
            String f = todo.pop();
            Definition.Function def = c.function(f);
            if (def == null || !seen.add(f)) {
                continue;
            }
            Set<String> body = new HashSet<>();
            atoms(def.body(), body);
            names.addAll(body);
            names.add(def.kind().clarityName());
            for (String n : body) {
                if (c.function(n) != null) {
                    todo.push(n);
                }
            }
        }
        // keywords and natives are version dependent, but the names are what we count
        names.removeIf(n -> NativeFunction.lookup(n, ClarityVersion.CLARITY5) == null
                && NativeFunction.lookup(n, ClarityVersion.CLARITY2) == null
                && NativeVariable.lookup(n, ClarityVersion.CLARITY5) == null
                && NativeVariable.lookup(n, ClarityVersion.CLARITY2) == null
                && DefineKind.lookup(n) == null);
    }
}

package io.clarity.cli.dap;

import io.clarity.Simnet;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.syntax.SourceText;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a DAP {@code launch} request asks to run, read from its arguments: a scenario file
 * ({@code "scenario": "tests/escrow.scn"}), or contracts to deploy ({@code "contracts": [...]},
 * each named by its file name) and an {@code "expression"} to run as the deployer. Paths are
 * relative to {@code "cwd"} when given. It knows which file each contract came from, for the
 * editor's breakpoints and stack frames.
 */
final class Launch {

    private final Path scenario;
    private final String scenarioText;
    private final List<Path> contracts;
    private final String expression;
    private final boolean stopOnEntry;
    /** Contract name to its source file (absolute, normalized). */
    private final Map<String, Path> sources = new LinkedHashMap<>();
    private final Simnet simnet;
    private ScenarioRunner runner;

    private Launch(Path scenario, String scenarioText, List<Path> contracts, String expression, boolean stopOnEntry) {
        this.scenario = scenario;
        this.scenarioText = scenarioText;
        this.contracts = contracts;
        this.expression = expression;
        this.stopOnEntry = stopOnEntry;
        this.simnet = scenario == null ? Simnet.inEpoch(ScenarioRunner.DEFAULT_EPOCH) : null;
    }

    /**
     * Reads the launch arguments.
     *
     * @throws IllegalArgumentException naming what is missing or unreadable
     */
    static Launch of(Map<String, Object> args, Path workingDir) {
        Path base = args.get("cwd") instanceof String cwd ? workingDir.resolve(cwd) : workingDir;
        boolean stopOnEntry = Boolean.TRUE.equals(args.get("stopOnEntry"));
        if (args.get("scenario") instanceof String s) {
            Path file = base.resolve(s).toAbsolutePath().normalize();
            Launch l = new Launch(file, read(file), List.of(), null, stopOnEntry);
            l.mapScenarioSources();
            return l;
        }
        if (args.get("contracts") instanceof Collection<?> list && args.get("expression") instanceof String expr) {
            List<Path> files = new ArrayList<>();
            for (Object o : list) {
                files.add(base.resolve(String.valueOf(o)).toAbsolutePath().normalize());
            }
            Launch l = new Launch(null, null, files, expr, stopOnEntry);
            files.forEach(f -> l.sources.put(stem(f), f));
            return l;
        }
        throw new IllegalArgumentException("launch needs \"scenario\": FILE, or \"contracts\": [FILE...] and "
                + "\"expression\": CODE");
    }

    private static String read(Path file) {
        try {
            return SourceText.read(file);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".clar") ? name.substring(0, name.length() - ".clar".length()) : name;
    }

    /** {@code deploy NAME FILE ...} steps name the contracts' files. */
    private void mapScenarioSources() {
        for (String line : scenarioText.split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (words.length >= 3 && words[0].equals("deploy")) {
                sources.put(words[1], scenario.resolveSibling(words[2]).normalize());
            }
        }
    }

    boolean stopOnEntry() {
        return stopOnEntry;
    }

    /** The file contract {@code name} was deployed from, or null (a snippet, an unknown contract). */
    Path source(String name) {
        return sources.get(name);
    }

    /** The contracts deployed from {@code file}. */
    List<String> contractsOf(Path file) {
        Path f = file.toAbsolutePath().normalize();
        List<String> out = new ArrayList<>();
        sources.forEach((name, path) -> {
            if (path.equals(f)) {
                out.add(name);
            }
        });
        return out;
    }

    /** The chain the code runs on (for a scenario, its runner's, made on first use). */
    Simnet simnet(Consumer<String> out) {
        if (scenario == null) {
            return simnet;
        }
        if (runner == null) {
            runner = new ScenarioRunner(scenario.getParent(), Epoch.E3_2, out);
        }
        return runner.simnet();
    }

    /** Runs it, each line of a transcript or result to {@code out}; returns 0, or 1 when a step was malformed. */
    int run(Consumer<String> out) {
        if (scenario != null) {
            simnet(out);
            return runner.run(scenarioText) == 0 ? 0 : 1;
        }
        for (Path f : contracts) {
            String name = stem(f);
            simnet.deploy(name, read(f));
            out.accept("deployed " + name);
        }
        out.accept(simnet.execute(expression).toString());
        return 0;
    }
}

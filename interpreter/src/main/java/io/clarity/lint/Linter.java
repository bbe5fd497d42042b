package io.clarity.lint;

import io.clarity.chain.DeployedContract;
import io.clarity.definitions.Definition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs the lints and passes that {@link LintSettings} turn on over a contract that passed
 * analysis, and gives what they found in source order, with the warnings about malformed
 * annotations.
 */
public final class Linter {

    private static final Comparator<Finding> BY_POSITION = Comparator
            .comparingInt((Finding f) -> f.span().startLine())
            .thenComparingInt(f -> f.span().startColumn());

    private Linter() {
    }

    /** The findings on the contract of {@code definitions}, written as {@code source}. */
    public static List<Finding> run(List<Definition> definitions, String source, LintSettings settings) {
        Annotations annotations = Annotations.of(source);
        List<Finding> out = new ArrayList<>(annotations.problems());
        UnusedDefinitions unused = new UnusedDefinitions(definitions, annotations);
        for (Map.Entry<Lint, Level> e : settings.lints().entrySet()) {
            Lint lint = e.getKey();
            Level level = e.getValue();
            out.addAll(switch (lint) {
                case NOOP -> Noop.find(definitions, annotations, level);
                case UNUSED_BINDING -> UnusedBindings.find(definitions, annotations, level);
                case UNUSED_CONST, UNUSED_DATA_VAR, UNUSED_MAP, UNUSED_PRIVATE_FN, UNUSED_TOKEN, UNUSED_TRAIT ->
                        unused.find(lint, level);
            });
        }
        if (settings.checkChecker()) {
            out.addAll(CheckChecker.find(definitions, annotations, settings.checkCheckerSettings()));
        }
        out.sort(BY_POSITION);
        return out;
    }

    /** The findings on a deployed contract (from {@code Simnet.contract(id)}). */
    public static List<Finding> run(DeployedContract contract, LintSettings settings) {
        return run(contract.definitions(), contract.source(), settings);
    }

    /** Whether any finding is at {@code level}. */
    public static boolean any(List<Finding> findings, Level level) {
        return findings.stream().anyMatch(f -> f.level() == level);
    }
}

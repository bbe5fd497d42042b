package io.clarity.lint;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which lints run and at what level, and whether the {@code check_checker} pass runs, as
 * Clarinet's {@code [repl.analysis]} settings say.
 *
 * @param lints each lint that runs, with its level (a lint not in the map is off)
 * @param checkChecker whether the check_checker pass runs (its findings are warnings)
 * @param checkCheckerSettings its options
 */
public record LintSettings(Map<Lint, Level> lints, boolean checkChecker, CheckCheckerSettings checkCheckerSettings) {

    public LintSettings {
        EnumMap<Lint, Level> copy = new EnumMap<>(Lint.class);
        copy.putAll(lints);
        lints = Collections.unmodifiableMap(copy);
    }

    /**
     * Clarinet's defaults in a project: every lint at warning level (the groups unused and safety),
     * and check_checker off (it is not among Clarinet's default passes).
     */
    public static LintSettings projectDefaults() {
        Map<Lint, Level> all = new EnumMap<>(Lint.class);
        for (Lint l : Lint.values()) {
            all.put(l, Level.WARNING);
        }
        return new LintSettings(all, false, CheckCheckerSettings.DEFAULT);
    }

    /**
     * Clarinet's defaults for a contract checked on its own, outside a project
     * ({@code clarinet check FILE}): the default lints and every pass, check_checker included.
     */
    public static LintSettings fileDefaults() {
        return projectDefaults().withCheckChecker(true);
    }

    /** Nothing runs. */
    public static LintSettings none() {
        return new LintSettings(Map.of(), false, CheckCheckerSettings.DEFAULT);
    }

    /** {@code lint} at {@code level}; a null level turns it off. */
    public LintSettings with(Lint lint, Level level) {
        Map<Lint, Level> m = new EnumMap<>(Lint.class);
        m.putAll(lints);
        if (level == null) {
            m.remove(lint);
        } else {
            m.put(lint, level);
        }
        return new LintSettings(m, checkChecker, checkCheckerSettings);
    }

    /** Every lint of {@code group} at {@code level}; a null level turns them off. */
    public LintSettings with(LintGroup group, Level level) {
        LintSettings s = this;
        for (Lint l : group.lints()) {
            s = s.with(l, level);
        }
        return s;
    }

    public LintSettings withCheckChecker(boolean on) {
        return new LintSettings(lints, on, checkCheckerSettings);
    }

    public LintSettings withCheckCheckerSettings(CheckCheckerSettings settings) {
        return new LintSettings(lints, checkChecker, settings);
    }

    /** The level of {@code lint}, or null when it is off. */
    public Level level(Lint lint) {
        return lints.get(lint);
    }
}

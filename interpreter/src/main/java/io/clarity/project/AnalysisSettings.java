package io.clarity.project;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.clarity.lint.CheckCheckerSettings;
import io.clarity.lint.Level;
import io.clarity.lint.Lint;
import io.clarity.lint.LintGroup;
import io.clarity.lint.LintSettings;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code [repl.analysis]} settings of a Clarinet.toml, read as Clarinet reads them:
 * {@code passes} (a name or a list: {@code check_checker}, {@code call_checker}, {@code all}),
 * {@code [repl.analysis.lint_groups]} then {@code [repl.analysis.lints]} (each name to
 * {@code true}, {@code false} or a level: {@code "warning"}/{@code "warn"}/{@code "on"},
 * {@code "note"}/{@code "notice"}, {@code "error"}/{@code "err"},
 * {@code "ignore"}/{@code "allow"}/{@code "off"}/{@code "none"}),
 * {@code [repl.analysis.check_checker]} ({@code strict}, {@code trusted_sender},
 * {@code trusted_caller}, {@code callee_filter}), and {@code include} / {@code exclude} (globs
 * relative to the project's folder). The older {@code [project] analysis = [...]} lists passes too.
 *
 * @param lints what runs
 * @param include the globs a file must match one of to be analysed (none: every file)
 * @param exclude the globs of files not analysed
 * @param root the project's folder, which the globs are relative to (null outside a project)
 * @param notes what the reader noticed (a Clarinet lint that is not checked here)
 */
public record AnalysisSettings(LintSettings lints, List<PathMatcher> include, List<PathMatcher> exclude,
                               Path root, List<String> notes) {

    public AnalysisSettings {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        notes = List.copyOf(notes);
    }

    /** The settings of the project whose Clarinet.toml is {@code manifest}. */
    public static AnalysisSettings read(Path manifest) throws ProjectException {
        JsonNode toml;
        try {
            toml = new TomlMapper().readTree(Files.readString(manifest));
        } catch (JacksonException e) {
            throw new ProjectException(manifest + ": not valid TOML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProjectException("cannot read " + manifest + ": " + e.getMessage());
        }
        String where = manifest.getFileName() + " [repl.analysis]";
        JsonNode analysis = toml.path("repl").path("analysis");
        List<String> notes = new ArrayList<>();
        LintSettings s = LintSettings.projectDefaults();
        s = passes(toml.path("project").path("analysis"), s, manifest.getFileName() + " [project] analysis");
        s = passes(analysis.path("passes"), s, where);
        for (Map.Entry<String, JsonNode> e : analysis.path("lint_groups").properties()) {
            LintGroup g = LintGroup.named(e.getKey());
            if (g == null) {
                throw new ProjectException(where + ".lint_groups: no lint group " + e.getKey()
                        + " (all, perf, safety, style, unused)");
            }
            s = s.with(g, level(e.getValue(), where + ".lint_groups." + e.getKey()));
        }
        for (Map.Entry<String, JsonNode> e : analysis.path("lints").properties()) {
            String name = e.getKey();
            Level level = level(e.getValue(), where + ".lints." + name);
            Lint lint = Lint.named(name);
            if (lint != null) {
                s = s.with(lint, level);
            } else if (Lint.NOT_IMPLEMENTED.contains(name)) {
                if (level != null) {
                    notes.add("lint " + name + " (set in " + manifest.getFileName() + ") is not checked by clarity check");
                }
            } else {
                throw new ProjectException(where + ".lints: no lint " + name + " (see clarity check --help)");
            }
        }
        JsonNode cc = analysis.path("check_checker");
        if (!cc.isMissingNode()) {
            s = s.withCheckCheckerSettings(new CheckCheckerSettings(flag(cc, "strict", where), flag(cc, "trusted_sender", where),
                    flag(cc, "trusted_caller", where), flag(cc, "callee_filter", where)));
        }
        Path root = manifest.toAbsolutePath().normalize().getParent();
        return new AnalysisSettings(s, globs(analysis.path("include"), where + ".include"),
                globs(analysis.path("exclude"), where + ".exclude"), root, notes);
    }

    /** Settings for a contract checked outside a project: Clarinet's defaults for {@code clarinet check FILE}. */
    public static AnalysisSettings outsideProject() {
        return new AnalysisSettings(LintSettings.fileDefaults(), List.of(), List.of(), null, List.of());
    }

    /** Whether {@code file} is analysed: it matches an include (when there are any) and no exclude. */
    public boolean analyses(Path file) {
        if (root == null) {
            return true;
        }
        Path relative;
        try {
            relative = root.relativize(file.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            return include.isEmpty();
        }
        boolean included = include.isEmpty() || include.stream().anyMatch(m -> m.matches(relative));
        return included && exclude.stream().noneMatch(m -> m.matches(relative));
    }

    private static LintSettings passes(JsonNode passes, LintSettings s, String where) throws ProjectException {
        if (passes.isMissingNode()) {
            return s;
        }
        List<JsonNode> names = new ArrayList<>();
        if (passes.isArray()) {
            passes.forEach(names::add);
        } else {
            names.add(passes);
        }
        for (JsonNode n : names) {
            switch (n.asText()) {
                case "all", "check_checker" -> s = s.withCheckChecker(true);
                case "call_checker" -> {
                    // always on here: the type checker rejects what Clarinet's call_checker reports
                }
                default -> throw new ProjectException(where + ": no pass " + n.asText()
                        + " (check_checker, call_checker or all)");
            }
        }
        return s;
    }

    /** A lint's level, or null for off. */
    private static Level level(JsonNode v, String where) throws ProjectException {
        if (v.isBoolean()) {
            return v.asBoolean() ? Level.WARNING : null;
        }
        return switch (v.isTextual() ? v.asText() : "") {
            case "warning", "warn", "on" -> Level.WARNING;
            case "notice", "note" -> Level.NOTE;
            case "error", "err" -> Level.ERROR;
            case "ignore", "allow", "off", "none" -> null;
            default -> throw new ProjectException(where + ": " + v
                    + " is not a level (true, false, \"warning\", \"note\", \"error\" or \"off\")");
        };
    }

    private static boolean flag(JsonNode table, String name, String where) throws ProjectException {
        JsonNode v = table.path(name);
        if (v.isMissingNode()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new ProjectException(where + ".check_checker: " + name + " is true or false, not " + v);
        }
        return v.asBoolean();
    }

    private static List<PathMatcher> globs(JsonNode v, String where) throws ProjectException {
        List<PathMatcher> out = new ArrayList<>();
        if (v.isMissingNode()) {
            return out;
        }
        List<JsonNode> patterns = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(patterns::add);
        } else {
            patterns.add(v);
        }
        for (JsonNode p : patterns) {
            String glob = p.asText();
            if (glob.startsWith("/") || Path.of(glob).isAbsolute()) {
                throw new ProjectException(where + ": \"" + glob
                        + "\": absolute paths are not supported, use paths relative to the project's folder");
            }
            try {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            } catch (IllegalArgumentException e) {
                throw new ProjectException(where + ": \"" + glob + "\" is not a glob: " + e.getMessage());
            }
        }
        return out;
    }
}

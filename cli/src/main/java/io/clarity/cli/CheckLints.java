package io.clarity.cli;

import io.clarity.chain.DeployedContract;
import io.clarity.cli.console.Environment;
import io.clarity.cli.project.AnalysisSettings;
import io.clarity.cli.project.ClarinetProject;
import io.clarity.cli.project.ProjectException;
import io.clarity.error.Diagnostic;
import io.clarity.error.Span;
import io.clarity.lint.Finding;
import io.clarity.lint.Level;
import io.clarity.lint.Linter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The lint half of {@code clarity check}: which lints run (the {@code [repl.analysis]} of the
 * project's Clarinet.toml, else Clarinet's defaults for a file on its own), running them on a
 * contract that deployed, and printing what they found with the renderer of the errors.
 */
final class CheckLints {

    private final AnalysisSettings settings;
    private final Path manifest;

    private CheckLints(AnalysisSettings settings, Path manifest) {
        this.settings = settings;
        this.manifest = manifest;
    }

    /** The settings of the project {@code env} works in, if any. */
    static CheckLints of(Environment env) throws ProjectException {
        Optional<Path> manifest = ClarinetProject.find(env.workingDir());
        return manifest.isPresent()
                ? new CheckLints(AnalysisSettings.read(manifest.get()), manifest.get())
                : new CheckLints(AnalysisSettings.outsideProject(), null);
    }

    /** What the reader of the settings noticed, for standard error. */
    List<String> notes() {
        return settings.notes();
    }

    /** Where the settings came from, or null for Clarinet's defaults. */
    Path manifest() {
        return manifest;
    }

    /** The findings on {@code contract}, deployed from {@code file}. */
    List<Finding> run(DeployedContract contract, Path file) {
        if (!settings.analyses(file)) {
            return List.of();
        }
        return Linter.run(contract, settings.lints());
    }

    /** A finding as check prints it: the diagnostic with its suggestion as a help line, and a note at each source of untrusted input. */
    static String render(Finding f, String file, String source) {
        StringBuilder sb = new StringBuilder(f.diagnostic(file).render(source));
        for (Diagnostic note : f.sourceNotes(file)) {
            sb.append(note.render(source));
        }
        return sb.toString();
    }

    /** Whether the findings fail the check: one at error level, or a warning when warnings are denied. */
    static boolean fails(List<Finding> findings, boolean denyWarnings) {
        return Linter.any(findings, Level.ERROR) || denyWarnings && Linter.any(findings, Level.WARNING);
    }

    /** The JSON fields a finding adds to those of its diagnostic: its suggestion and its sources. */
    static String jsonExtras(Finding f) {
        StringBuilder sb = new StringBuilder(", \"suggestion\": ")
                .append(f.suggestion() == null ? "null" : CheckCommand.string(f.suggestion()))
                .append(", \"sources\": [");
        boolean first = true;
        for (Span s : f.sources()) {
            sb.append(first ? "" : ", ").append("{\"line\": ").append(s.startLine())
                    .append(", \"column\": ").append(s.startColumn())
                    .append(", \"endLine\": ").append(s.endLine())
                    .append(", \"endColumn\": ").append(s.endColumn()).append('}');
            first = false;
        }
        return sb.append(']').toString();
    }
}

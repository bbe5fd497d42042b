package io.clarity.cli;

import io.clarity.chain.DeployedContract;
import io.clarity.error.Diagnostic;
import io.clarity.lint.Finding;
import io.clarity.lint.Level;
import io.clarity.lint.Linter;
import io.clarity.project.AnalysisSettings;
import io.clarity.project.ProjectException;
import java.nio.file.Path;
import java.util.List;

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

    /** The settings of the project whose Clarinet.toml is {@code manifest} (null: no project, Clarinet's defaults). */
    static CheckLints of(Path manifest) throws ProjectException {
        return manifest != null
                ? new CheckLints(AnalysisSettings.read(manifest), manifest)
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
}

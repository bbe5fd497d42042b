package io.clarity.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.lint.CheckCheckerSettings;
import io.clarity.lint.Level;
import io.clarity.lint.Lint;
import io.clarity.lint.LintSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clarinet.toml's {@code [repl.analysis]}, read as Clarinet reads it. */
class AnalysisSettingsTest {

    private static AnalysisSettings read(Path dir, String toml) throws IOException {
        return AnalysisSettings.read(Files.writeString(dir.resolve("Clarinet.toml"), toml));
    }

    @Test
    void withoutASectionTheDefaultsAreClarinets(@TempDir Path tmp) throws IOException {
        AnalysisSettings s = read(tmp, "[project]\nname = \"p\"\n");
        assertThat(s.lints()).isEqualTo(LintSettings.projectDefaults());
        assertThat(s.lints().checkChecker()).isFalse();
        assertThat(AnalysisSettings.outsideProject().lints().checkChecker()).isTrue();
    }

    @Test
    void passesGroupsLintsAndCheckCheckerOptions(@TempDir Path tmp) throws IOException {
        AnalysisSettings s = read(tmp, """
                [repl.analysis]
                passes = "all"
                [repl.analysis.lint_groups]
                unused = "note"
                [repl.analysis.lints]
                unused_map = "err"
                unused_const = false
                noop = "off"
                [repl.analysis.check_checker]
                trusted_sender = true
                callee_filter = true
                """);
        LintSettings l = s.lints();
        assertThat(l.checkChecker()).isTrue();
        assertThat(l.level(Lint.UNUSED_MAP)).isEqualTo(Level.ERROR);
        assertThat(l.level(Lint.UNUSED_DATA_VAR)).isEqualTo(Level.NOTE);
        assertThat(l.level(Lint.UNUSED_CONST)).isNull();
        assertThat(l.level(Lint.NOOP)).isNull();
        assertThat(l.checkCheckerSettings()).isEqualTo(new CheckCheckerSettings(false, true, false, true));
        assertThat(read(tmp, "[project]\nanalysis = [\"check_checker\"]\n").lints().checkChecker()).isTrue();
    }

    @Test
    void includeAndExcludeAreGlobsFromTheProjectsFolder(@TempDir Path tmp) throws IOException {
        AnalysisSettings s = read(tmp, """
                [repl.analysis]
                include = "contracts/*.clar"
                exclude = ["contracts/legacy*.clar"]
                """);
        assertThat(s.analyses(tmp.resolve("contracts/token.clar"))).isTrue();
        assertThat(s.analyses(tmp.resolve("contracts/legacy-token.clar"))).isFalse();
        assertThat(s.analyses(tmp.resolve("tests/helper.clar"))).isFalse();
    }

    @Test
    void mistakesAreNamedWithTheirPlace(@TempDir Path tmp) {
        assertThatThrownBy(() -> read(tmp, "[repl.analysis]\npasses = [\"speed_checker\"]\n"))
                .hasMessage("Clarinet.toml [repl.analysis]: no pass speed_checker (check_checker, call_checker or all)");
        assertThatThrownBy(() -> read(tmp, "[repl.analysis.lints]\nnoop = \"loud\"\n"))
                .hasMessageContaining("Clarinet.toml [repl.analysis].lints.noop: \"loud\" is not a level");
        assertThatThrownBy(() -> read(tmp, "[repl.analysis.lint_groups]\nnoisy = true\n"))
                .hasMessageContaining("no lint group noisy");
        assertThatThrownBy(() -> read(tmp, "[repl.analysis.check_checker]\nstrict = \"yes\"\n"))
                .hasMessageContaining("strict is true or false");
        assertThatThrownBy(() -> read(tmp, "[repl.analysis]\ninclude = \"/abs/*.clar\"\n"))
                .hasMessageContaining("absolute paths are not supported");
    }
}

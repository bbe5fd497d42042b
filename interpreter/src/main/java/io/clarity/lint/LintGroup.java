package io.clarity.lint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Clarinet's lint groups ({@code [repl.analysis.lint_groups]}), each with the lints of it that
 * are implemented here; {@code perf} and {@code style} have none yet.
 */
public enum LintGroup {
    ALL("all"),
    PERF("perf"),
    SAFETY("safety"),
    STYLE("style"),
    UNUSED("unused");

    private final String clarinetName;

    LintGroup(String clarinetName) {
        this.clarinetName = clarinetName;
    }

    /** The name Clarinet.toml uses. */
    public String clarinetName() {
        return clarinetName;
    }

    /** The implemented lints of this group. */
    public Set<Lint> lints() {
        EnumSet<Lint> out = EnumSet.noneOf(Lint.class);
        for (Lint l : Lint.values()) {
            if (this == ALL || l.group() == this) {
                out.add(l);
            }
        }
        return out;
    }

    /** The group Clarinet calls {@code name}, or null. */
    public static LintGroup named(String name) {
        for (LintGroup g : values()) {
            if (g.clarinetName.equals(name)) {
                return g;
            }
        }
        return null;
    }
}

package io.clarity.lint;

import java.util.List;

/**
 * The lints implemented here, under Clarinet's names, each in its Clarinet group. Clarinet (3.21)
 * turns on its {@code unused}, {@code safety} and {@code perf} groups at warning level and
 * {@code style} at note level by default, so every lint here is a warning unless configured.
 */
public enum Lint {
    NOOP("noop", LintGroup.SAFETY, "expressions that have no effect, such as (+ x) or (is-eq x true)"),
    UNUSED_BINDING("unused_binding", LintGroup.UNUSED, "function parameters and let bindings never used"),
    UNUSED_CONST("unused_const", LintGroup.UNUSED, "constants never used"),
    UNUSED_DATA_VAR("unused_data_var", LintGroup.UNUSED, "data variables never read or never written"),
    UNUSED_MAP("unused_map", LintGroup.UNUSED, "maps never read or never written"),
    UNUSED_PRIVATE_FN("unused_private_fn", LintGroup.UNUSED, "private functions never called"),
    UNUSED_TOKEN("unused_token", LintGroup.UNUSED, "fungible and non-fungible tokens never minted"),
    UNUSED_TRAIT("unused_trait", LintGroup.UNUSED, "traits imported with use-trait that no public or read-only function takes");

    /**
     * Clarinet's lints that are not implemented here: accepted in Clarinet.toml and in
     * {@code #[allow(...)]} so that a Clarinet project reads without complaint, and reported as
     * not checked.
     */
    public static final List<String> NOT_IMPLEMENTED = List.of("at_block", "case_binding", "case_const",
            "case_data_var", "case_fn", "case_map", "case_token", "case_trait", "error_const", "flatten_variadic",
            "panic", "unnecessary_as_max_len", "unnecessary_public", "unnecessary_tuple");

    private final String clarinetName;
    private final LintGroup group;
    private final String finds;

    Lint(String clarinetName, LintGroup group, String finds) {
        this.clarinetName = clarinetName;
        this.group = group;
        this.finds = finds;
    }

    /** The name Clarinet.toml, {@code #[allow(...)]} and the diagnostics use. */
    public String clarinetName() {
        return clarinetName;
    }

    public LintGroup group() {
        return group;
    }

    /** What it finds, for a person. */
    public String finds() {
        return finds;
    }

    /** The lint Clarinet calls {@code name}, or null. */
    public static Lint named(String name) {
        for (Lint l : values()) {
            if (l.clarinetName.equals(name)) {
                return l;
            }
        }
        return null;
    }
}

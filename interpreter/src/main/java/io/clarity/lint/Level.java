package io.clarity.lint;

/** How loudly a lint speaks, as in Clarinet: a note, a warning, or an error that fails the check. */
public enum Level {
    NOTE("note"),
    WARNING("warning"),
    ERROR("error");

    private final String word;

    Level(String word) {
        this.word = word;
    }

    /** {@code note}, {@code warning} or {@code error}: the word diagnostics start with. */
    public String word() {
        return word;
    }
}

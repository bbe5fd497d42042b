package io.clarity.cli.scaffold;

/** A project or contract that cannot be created, with the reason to show the user. */
public final class ScaffoldException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean usage;

    /** @param usage whether the command was used wrongly (a bad name) rather than refused by the files there */
    public ScaffoldException(String message, boolean usage) {
        super(message);
        this.usage = usage;
    }

    /** Whether the command was used wrongly (exit status 2) rather than refused (1). */
    public boolean usage() {
        return usage;
    }
}

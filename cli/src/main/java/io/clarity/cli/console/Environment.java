package io.clarity.cli.console;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may learn of the world it runs in, passed in rather than read from globals so
 * that tests can run the real commands in a folder of their own, with input and variables of
 * their own.
 *
 * @param workingDir the folder relative paths are read from, and where the local chain lives
 * @param in standard input
 * @param variables environment variables
 * @param terminal whether standard input and output are an interactive terminal
 * @param home the user's home folder (for the REPL's history)
 */
public record Environment(Path workingDir, InputStream in, Map<String, String> variables, boolean terminal, Path home) {

    public Environment {
        workingDir = workingDir.toAbsolutePath().normalize();
        variables = Map.copyOf(variables);
    }

    /** The process's own environment. */
    public static Environment system() {
        return new Environment(Path.of(""), System.in, System.getenv(), System.console() != null,
                Path.of(System.getProperty("user.home", "")));
    }

    /** {@code path} as the user meant it: relative to the working folder. */
    public Path resolve(String path) {
        return workingDir.resolve(path).normalize();
    }

    /**
     * Whether to colour output: only on a terminal, and never when {@code NO_COLOR} is set to
     * anything (no-color.org) or the terminal is dumb.
     */
    public boolean colour() {
        String noColor = variables.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(variables.get("TERM"));
    }
}

package io.clarity.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared} (the seed contract and the oracle's examples), which the build passes
 * as the system property {@code clarity.shared}. Tests that need it are skipped, with a message,
 * where it is absent; under CI ({@code CI=true}) its absence is a failure.
 */
public final class SharedDir {

    private SharedDir() {
    }

    /** The shared directory; skips the calling test (or fails it under CI) when it is missing. */
    public static Path require() {
        String prop = System.getProperty("clarity.shared");
        Path dir = prop == null ? Path.of("..", "..", "shared") : Path.of(prop);
        boolean present = Files.isDirectory(dir.resolve("seed")) && Files.isDirectory(dir.resolve("oracle"));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("../shared is missing (looked for " + dir.toAbsolutePath()
                    + "): CI must run with the shared directory beside the repository");
        }
        assumeTrue(present, "skipped: ../shared (seed contract and oracle examples) is not beside this checkout");
        return dir.normalize();
    }
}

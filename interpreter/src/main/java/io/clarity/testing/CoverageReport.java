package io.clarity.testing;

import io.clarity.coverage.Coverage;
import io.clarity.coverage.Lcov;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The coverage of a test run: one {@link Coverage} per requested LCOV file, attached to the chain
 * of every test that asks for that file, kept in the root store of the run and written (added to
 * what the file holds) when the run ends.
 */
final class CoverageReport implements AutoCloseable {

    /** The system property that asks for coverage: the LCOV file's path (empty or {@code true}: {@link #DEFAULT_FILE}). */
    static final String PROPERTY = "clarity.coverage";

    /** The LCOV file when none is named, where Maven builds go. */
    static final String DEFAULT_FILE = "target/lcov.info";

    private final Map<Path, Coverage> coverages = new LinkedHashMap<>();

    /**
     * Where coverage goes: {@code annotationPath} ({@link ClarityTest#coverage()}) when given,
     * else the {@link #PROPERTY} system property's path; null when neither asks for it.
     */
    static Path requestedFile(String annotationPath) {
        return ReportFiles.requested(annotationPath, PROPERTY, DEFAULT_FILE);
    }

    /** The coverage written to {@code file}. */
    synchronized Coverage coverage(Path file) {
        return coverages.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new Coverage());
    }

    /** Writes every coverage to its file; contracts without a file go to {@code NAME-sources} beside it. */
    @Override
    public synchronized void close() {
        for (Map.Entry<Path, Coverage> e : coverages.entrySet()) {
            Path file = e.getKey();
            String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            try {
                Lcov.write(file, e.getValue().report(file.resolveSibling(stem + "-sources")));
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write the coverage " + file + ": " + ex.getMessage(), ex);
            }
        }
    }
}

package io.clarity.testing;

import io.clarity.page.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages of a test run ({@link ClarityTest#page()}): one {@link Page} per requested file, a
 * section per test, kept in the root store of the run and written when the run ends.
 */
final class PageReport implements AutoCloseable {

    /** The system property that asks for pages: the folder they go to (empty or {@code true}: {@link #DEFAULT_FOLDER}). */
    static final String PROPERTY = "clarity.page";

    /** The folder of the pages when none is named, where Maven builds go. */
    static final String DEFAULT_FOLDER = "target/clarity-pages";

    private final Map<Path, Page> pages = new LinkedHashMap<>();

    /**
     * Where the page of {@code testClass} (an outermost class: its nested classes share its page) goes: {@code annotationPath} ({@link ClarityTest#page()})
     * when given, else {@code <class name>.html} in the folder the {@link #PROPERTY} system
     * property names; null when neither asks for one.
     */
    static Path requestedFile(String annotationPath, Class<?> testClass) {
        if (!annotationPath.isEmpty()) {
            return Path.of(annotationPath);
        }
        Path folder = ReportFiles.requested("", PROPERTY, DEFAULT_FOLDER);
        return folder == null ? null : folder.resolve(testClass.getName() + ".html");
    }

    /** The page written to {@code file}, titled {@code title} when it is new. */
    synchronized Page page(Path file, String title) {
        return pages.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new Page(title));
    }

    /** Writes every page. */
    @Override
    public synchronized void close() {
        for (Map.Entry<Path, Page> e : pages.entrySet()) {
            try {
                e.getValue().write(e.getKey());
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write the page " + e.getKey() + ": " + ex.getMessage(), ex);
            }
        }
    }
}

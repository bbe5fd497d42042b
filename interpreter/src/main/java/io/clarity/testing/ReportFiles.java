package io.clarity.testing;

import java.nio.file.Path;

/** Where a report of a test run goes (the costs report, the LCOV coverage): one rule for both. */
final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * {@code annotationPath} (an attribute of {@link ClarityTest}) when given, else the path of the
     * system property {@code property} ({@code defaultFile} when it is empty or {@code true});
     * null when neither asks for the report.
     */
    static Path requested(String annotationPath, String property, String defaultFile) {
        if (!annotationPath.isEmpty()) {
            return Path.of(annotationPath);
        }
        String value = System.getProperty(property);
        if (value == null) {
            return null;
        }
        return Path.of(value.isEmpty() || value.equals("true") ? defaultFile : value);
    }
}

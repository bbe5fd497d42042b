package io.clarity.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The conformance cases we know to fail, each with a reason: {@code <path>:<line>  reason}, where
 * the path is the scenario's, relative to the corpus, and the line is the step's line in that file
 * (the test's name). The runner checks the list both ways, so a listed case that passes fails the
 * build until removed.
 */
final class KnownFailures {

    private final Map<String, String> reasons = new HashMap<>();

    static KnownFailures load(Path file) throws IOException {
        KnownFailures k = new KnownFailures();
        if (!Files.exists(file)) {
            return k;
        }
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int space = t.indexOf(' ');
            String key = space < 0 ? t : t.substring(0, space);
            String reason = space < 0 ? "" : t.substring(space).strip();
            k.reasons.put(key, reason);
        }
        return k;
    }

    /** The reason a case is expected to fail, or null when it must pass. */
    String reason(String relativePath, int line) {
        return reasons.get(relativePath + ":" + line);
    }

    /** The listed cases, {@code <path>:<line>} each. */
    Set<String> cases() {
        return Set.copyOf(reasons.keySet());
    }
}

package io.clarity.testing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clarunit annotations of a test contract: the {@code ;; @key value} comment lines right
 * above a {@code (define-public (name ...} line belong to that function
 * ({@code @name}, {@code @caller}, {@code @mine-blocks-before}, {@code @prepare}, {@code @no-prepare}).
 */
final class TestAnnotations {

    private static final Pattern ANNOTATION = Pattern.compile("^\\s*;;\\s*@([a-z-]+)\\s*(.*?)\\s*$");
    private static final Pattern COMMENT = Pattern.compile("^\\s*;;.*$");
    private static final Pattern PUBLIC = Pattern.compile("^\\s*\\(define-public\\s+\\(\\s*([^\\s()]+)");

    private TestAnnotations() {
    }

    /** Function name to its annotations (key to value; a flag's value is empty). */
    static Map<String, Map<String, String>> read(String source) {
        Map<String, Map<String, String>> out = new HashMap<>();
        Map<String, String> pending = new LinkedHashMap<>();
        for (String line : source.split("\\r?\\n")) {
            Matcher a = ANNOTATION.matcher(line);
            if (a.matches()) {
                pending.put(a.group(1), a.group(2));
                continue;
            }
            if (COMMENT.matcher(line).matches()) {
                continue;
            }
            Matcher f = PUBLIC.matcher(line);
            if (f.find()) {
                out.put(f.group(1), pending);
            }
            pending = new LinkedHashMap<>();
        }
        return out;
    }
}

package io.clarity.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Records whose {@code equals} and {@code hashCode} are written out for start-up's sake (the
 * generated ones spin classes at every start) must still compare and hash every component, as the
 * generated ones would: a component added later and forgotten there would make two different
 * values equal without a word. Checked on the source, for the records that say they were written
 * out so.
 */
class RecordEqualityTest {

    private static final String MARKER = "written out";
    private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*\\(([^)]*)\\)");

    @Test
    void writtenOutEqualityNamesEveryComponent() throws IOException {
        Path dir = Path.of("src/main/java");
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String src = Files.readString(file);
            if (!src.contains(MARKER)) {
                continue;
            }
            List<MatchResult> records = RECORD.matcher(src).results().toList();
            for (int i = 0; i < records.size(); i++) {
                MatchResult r = records.get(i);
                int end = i + 1 < records.size() ? records.get(i + 1).start() : src.length();
                String body = src.substring(r.end(), end);
                int eq = body.indexOf("boolean equals(Object");
                int hash = body.indexOf("int hashCode()");
                if (eq < 0 || hash < 0) {
                    continue;
                }
                String name = r.group(1);
                checked.add(name);
                String equalsText = body.substring(eq, hash > eq ? hash : body.length());
                String hashText = body.substring(hash, Math.min(body.length(), body.indexOf("\n    }", hash) + 1));
                for (String component : components(r.group(2))) {
                    Pattern word = Pattern.compile("\\b" + component + "\\b");
                    if (!word.matcher(equalsText).find()) {
                        missing.add(name + ".equals: " + component);
                    }
                    if (!word.matcher(hashText).find()) {
                        missing.add(name + ".hashCode: " + component);
                    }
                }
            }
        }
        assertThat(checked).as("records with written-out equality").contains("IntValue", "ListType", "Formula", "DataLocation");
        assertThat(missing).as("components left out of written-out equals or hashCode").isEmpty();
    }

    /** The component names of a record header's {@code (Type a, List<X, Y> b)}. */
    private static List<String> components(String header) {
        String flat = header.replaceAll("<[^<>]*>", "").replaceAll("<[^<>]*>", "").strip();
        List<String> names = new ArrayList<>();
        if (flat.isEmpty()) {
            return names;
        }
        for (String part : flat.split(",")) {
            String[] words = part.strip().split("\\s+");
            names.add(words[words.length - 1]);
        }
        return names;
    }
}

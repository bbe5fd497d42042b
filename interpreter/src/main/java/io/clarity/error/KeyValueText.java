package io.clarity.error;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text format of the learner's documentation shipped as resources (the natives' docs.txt, the
 * errors' explain.txt): one {@code key: value} field per line, {@code #} comments and blank lines
 * ignored, an entry starting at each line of its first key. A malformed file is a defect of the
 * build, not of a user's input, so it fails with an {@link IllegalStateException} naming the line.
 */
public final class KeyValueText {

    /** One field, with the file and line it came from (for messages). */
    public record Field(String file, int line, String key, String value) {

        /** The failure of a file that breaks a rule at this field. */
        public IllegalStateException bad(String why) {
            return KeyValueText.bad(file, line, why);
        }
    }

    private KeyValueText() {
    }

    /** The lines of the resource {@code name} beside {@code owner}. */
    public static List<String> resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of {@code lines} (of {@code file}), each its fields in order, the first keyed {@code start}. */
    public static List<List<Field>> entries(String file, List<String> lines, String start) {
        List<List<Field>> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int sep = line.indexOf(": ");
            if (sep < 0) {
                throw bad(file, i + 1, "expected \"key: value\"");
            }
            Field f = new Field(file, i + 1, line.substring(0, sep), line.substring(sep + 2).strip());
            if (f.key().equals(start)) {
                out.add(new ArrayList<>());
            } else if (out.isEmpty()) {
                throw f.bad("\"" + f.key() + ":\" before the first \"" + start + ":\"");
            }
            out.get(out.size() - 1).add(f);
        }
        return out;
    }

    /** The failure of {@code file} at {@code line}. */
    public static IllegalStateException bad(String file, int line, String why) {
        return new IllegalStateException(file + ":" + line + ": " + why);
    }
}

package io.clarity.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input}, described in its README.md): small
 * inputs as files, big ones as templates, what the oracle answered for each (recorded by
 * {@code scripts/record-bad-input.mjs}) and the few inputs whose answer names no kind.
 */
final class BadInputCorpus {

    static final Path DIR = Path.of("src/test/resources/bad-input");

    /** One input: committed bytes ({@code file}) or a template; deployed as {@code contract}. */
    record Input(String name, String contract, Path file, String template) {

        byte[] bytes() {
            if (file == null) {
                return expand(template).getBytes(StandardCharsets.UTF_8);
            }
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The category: the name up to its first dash. */
        String category() {
            return name.substring(0, name.indexOf('-'));
        }
    }

    /** An input whose oracle answer names no kind: the kind we give instead, and why. */
    record Gap(String kind, String reason) {
    }

    private BadInputCorpus() {
    }

    /** Every input, files first, each group by name. */
    static List<Input> inputs() throws IOException {
        List<Input> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR.resolve("inputs"))) {
            files.sorted(Comparator.comparing(Path::toString)).forEach(f -> inputs.add(
                    new Input(f.getFileName().toString().replaceFirst("\\.clar$", ""), "c", f, null)));
        }
        for (String[] row : rows("generated.tsv")) {
            inputs.add(new Input(row[0], row.length > 2 ? expand(row[2]) : "c", null, row[1]));
        }
        return inputs;
    }

    /** The oracle's recorded answer per input: {@code deployed} or its failure line after {@code !! }. */
    static Map<String, String> oracle() throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String[] row : rows("oracle.tsv")) {
            answers.put(row[0], unescape(row[1]));
        }
        return answers;
    }

    static Map<String, Gap> gaps() throws IOException {
        Map<String, Gap> gaps = new LinkedHashMap<>();
        for (String[] row : rows("gaps.tsv")) {
            gaps.put(row[0], new Gap(row[1], row[2]));
        }
        return gaps;
    }

    private static List<String[]> rows(String file) throws IOException {
        return Files.readAllLines(DIR.resolve(file)).stream()
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .toList();
    }

    /**
     * Expands a template: {@code $[TEXT*N]} is TEXT N times, with {@code $i} in TEXT the
     * repetition's index from 0; {@code $n} is a newline and {@code $$} a dollar. The recording
     * script expands the same way.
     */
    static String expand(String template) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            char c = template.charAt(at);
            if (c != '$') {
                out.append(c);
                at++;
                continue;
            }
            char next = template.charAt(at + 1);
            switch (next) {
                case 'n' -> {
                    out.append('\n');
                    at += 2;
                }
                case '$' -> {
                    out.append('$');
                    at += 2;
                }
                case '[' -> {
                    int end = template.indexOf(']', at);
                    int star = template.lastIndexOf('*', end);
                    String text = template.substring(at + 2, star).replace("$n", "\n");
                    int n = Integer.parseInt(template.substring(star + 1, end));
                    boolean indexed = text.contains("$i");
                    for (int i = 0; i < n; i++) {
                        out.append(indexed ? text.replace("$i", Integer.toString(i)) : text);
                    }
                    at = end + 1;
                }
                default -> throw new IllegalArgumentException("unknown escape $" + next + " in " + template);
            }
        }
        return out.toString();
    }

    /** Undoes the recording script's escapes ({@code \\ \t \n \r \\uXXXX}). */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}

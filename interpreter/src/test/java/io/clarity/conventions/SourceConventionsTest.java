package io.clarity.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * House rules of the source that a compiler does not check (GUIDE, "Style"): a class is named by
 * an import, never inline by its fully-qualified name. Covers the main sources of every module
 * beside this one.
 */
class SourceConventionsTest {

    /** A package path followed by a class name, outside imports, javadoc and comments. */
    private static final Pattern INLINE_NAME =
            Pattern.compile("(?<![\\w.\"/])(?:io\\.clarity|java\\.(?:util|io|nio|math|time|net))(?:\\.[a-z]\\w*)*\\.[A-Z]\\w*");

    private static List<Path> mainSources() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> out = new ArrayList<>();
        for (String module : List.of("interpreter", "cli", "contracts")) {
            Path dir = root.resolve(module).resolve("src/main/java");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(p -> p.toString().endsWith(".java")).forEach(out::add);
                }
            }
        }
        return out;
    }

    static List<String> inlineNames(Path file) {
        List<String> found = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*")
                    || line.startsWith("/*") || line.startsWith("//")) {
                continue;
            }
            var m = INLINE_NAME.matcher(line);
            if (m.find()) {
                found.add(file.getFileName() + ":" + (i + 1) + ": " + m.group());
            }
        }
        return found;
    }

    @Test
    void classesAreNamedByImportsNotInline() throws IOException {
        List<Path> sources = mainSources();
        assertThat(sources).as("the main sources").hasSizeGreaterThan(100);
        List<String> found = new ArrayList<>();
        for (Path file : sources) {
            found.addAll(inlineNames(file));
        }
        assertThat(found).as("inline fully-qualified names (import the class instead)").isEmpty();
    }

    @Test
    void theCheckSeesAnInlineName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("Planted.java");
        Files.writeString(file, "class Planted {\n    java.util.List<String> names;\n}\n");
        assertThat(inlineNames(file)).containsExactly("Planted.java:2: java.util.List");
    }
}

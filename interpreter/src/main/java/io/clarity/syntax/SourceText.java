package io.clarity.syntax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads contract files. Bytes that are not UTF-8 become U+FFFD, as in the simnet (which reads
 * files as UTF-8 text), so that they reach the lexer and are refused there as non-ASCII
 * characters with a position, instead of failing the read.
 */
public final class SourceText {

    private SourceText() {
    }

    /** The text of {@code file}, with malformed UTF-8 replaced. */
    public static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}

package io.clarity.lint;

import io.clarity.error.Diagnostic;
import io.clarity.error.Span;
import java.util.List;

/**
 * What a lint found: a diagnostic without its file.
 *
 * @param name the lint's name ({@code unused_const}, {@code unchecked_data}), or null for a
 *             malformed annotation
 * @param suggestion what to do about it, or null
 * @param sources for {@code unchecked_data}: where the untrusted input comes from (the parameters)
 */
public record Finding(String name, Level level, String message, Span span, String suggestion, List<Span> sources) {

    public Finding {
        sources = List.copyOf(sources);
    }

    Finding(String name, Level level, String message, Span span, String suggestion) {
        this(name, level, message, span, suggestion, List.of());
    }

    /** As a diagnostic of {@code file}, for the renderer that prints errors. */
    public Diagnostic diagnostic(String file) {
        return new Diagnostic(level.word(), name, message, file, span,
                suggestion == null ? List.of() : List.of(suggestion), null);
    }

    /** The notes that point at the sources of untrusted input, as diagnostics of {@code file}. */
    public List<Diagnostic> sourceNotes(String file) {
        return sources.stream().map(s -> new Diagnostic("note", null, "source of untrusted input here", file, s, List.of(), null)).toList();
    }
}

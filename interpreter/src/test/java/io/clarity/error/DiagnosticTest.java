package io.clarity.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a diagnostic renders its source line and caret. */
class DiagnosticTest {

    @Test
    void aShortLineIsShownWholeWithTheCaretUnderTheSpan() {
        Diagnostic d = new Diagnostic("error", "UnknownSymbol", "'#' is not part of Clarity's syntax", "c.clar", new Span(1, 5, 1, 5),
                List.of(), null);
        assertThat(d.render("(a  #)")).isEqualTo("""
                error[UnknownSymbol]: '#' is not part of Clarity's syntax
                  --> c.clar:1:5
                  |
                1 | (a  #)
                  |     ^
                """);
    }

    @Test
    void aLongLineIsShownAroundTheCaretOnly() {
        String line = "x".repeat(1_000_000) + "#" + "y".repeat(1_000_000);
        Diagnostic d = new Diagnostic("error", "UnknownSymbol", "'#' is not part of Clarity's syntax", "c.clar",
                new Span(1, 1_000_001, 1, 1_000_001), List.of(), null);
        String[] rendered = d.render(line).split("\n");
        assertThat(rendered[1]).isEqualTo("  --> c.clar:1:1000001");
        assertThat(rendered[3]).hasSizeLessThan(200).startsWith("1 | ...xxx").endsWith("yyy...").contains("x#y");
        assertThat(rendered[4].indexOf('^')).isEqualTo(rendered[3].indexOf('#'));
    }
}

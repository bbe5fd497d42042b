package io.clarity.cli.console;

import io.clarity.Simnet;
import io.clarity.chain.DeployedContract;
import io.clarity.error.ClarityError;
import io.clarity.error.Diagnostic;
import java.util.Map;

/**
 * Clarity errors for a person to read: the kind and message, {@code --> file:line:column}, the
 * source line and a caret under the place (see {@link Diagnostic}), {@code error} in red; one such
 * block for each diagnostic of the error.
 */
public final class ErrorReport {

    private ErrorReport() {
    }

    /**
     * {@code e}, raised by {@code source} (labelled {@code label}, e.g. its file): each of its
     * diagnostics (every parse error of a source that does not parse), in the order found.
     */
    public static String render(ClarityError e, String label, String source, Style style) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : Diagnostic.all(e, label)) {
            String text = d.render(source);
            int bracket = text.indexOf('[');
            out.append(bracket > 0 ? style.red(text.substring(0, bracket)) + text.substring(bracket) : text);
        }
        return out.toString();
    }

    /**
     * {@code e}, raised by what the user typed ({@code input}, labelled {@code label}) or, when
     * the error names a contract it arose in, by that contract's source; {@code files} labels
     * contracts deployed from files with their path.
     */
    public static String render(ClarityError e, String label, String input, Simnet simnet, Map<String, String> files,
                                Style style) {
        if (e.source() == null) {
            return render(e, label, input, style);
        }
        for (DeployedContract c : simnet.state().contracts().values()) {
            if (c.name().equals(e.source())) {
                return render(e, files.getOrDefault(c.name(), c.id().address()), c.source(), style);
            }
        }
        return render(e, e.source(), null, style);
    }
}

package io.clarity.cli.console;

import io.clarity.error.ErrorCatalogue;
import io.clarity.error.ErrorKind;
import java.util.List;

/**
 * What {@code clarity explain} and the REPL's {@code ::explain} print: the entries of the error
 * catalogue a query names, the catalogue's listing, or "did you mean" for a name it does not know.
 */
public final class Explanations {

    /** The text to print and whether the query named a kind. */
    public record Answer(boolean found, String text) {
    }

    private Explanations() {
    }

    /** The entries {@code query} names (every category that has the name), or suggestions. */
    public static Answer of(String query) {
        ErrorCatalogue catalogue = ErrorCatalogue.get();
        List<ErrorCatalogue.Entry> found = catalogue.find(query);
        if (found.isEmpty()) {
            List<String> near = catalogue.suggestions(query);
            String text = "no error kind named '" + query.strip() + "'"
                    + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?")
                    + "\n`clarity explain` lists every kind.\n";
            return new Answer(false, text);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < found.size(); i++) {
            if (i > 0) {
                out.append("\n----\n\n");
            }
            out.append(found.get(i).text());
        }
        return new Answer(true, out.toString());
    }

    /** Every kind, grouped by category, with the first line of what it means. */
    public static String listing() {
        StringBuilder out = new StringBuilder();
        ErrorKind.Category category = null;
        for (ErrorCatalogue.Entry e : ErrorCatalogue.get().entries()) {
            if (e.kind().category() != category) {
                category = e.kind().category();
                out.append(out.length() == 0 ? "" : "\n").append(ErrorCatalogue.label(category)).append('\n');
            }
            out.append(String.format("  %-36s %s%n", e.kind().name(), e.means().get(0)));
        }
        out.append("\n`clarity explain KIND` explains one (category/KIND where several share a name,"
                + " e.g. check/NameAlreadyUsed).\n");
        return out.toString();
    }
}

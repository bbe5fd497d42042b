package io.clarity.cli.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain ASCII table, as Clarinet's console draws its contracts and assets tables; a cell may
 * hold several lines.
 */
public final class TextTable {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    /** Adds a row of as many cells as there are headers. */
    public TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + headers.size());
        }
        rows.add(List.of(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public String toString() {
        int[] widths = new int[headers.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < widths.length; i++) {
                for (String line : r.get(i).split("\n", -1)) {
                    widths[i] = Math.max(widths[i], line.length());
                }
            }
        }
        StringBuilder rule = new StringBuilder("+");
        for (int w : widths) {
            rule.append("-".repeat(w + 2)).append('+');
        }
        StringBuilder out = new StringBuilder().append(rule).append('\n');
        for (List<String> r : all) {
            List<String[]> cells = new ArrayList<>();
            int height = 1;
            for (String cell : r) {
                String[] lines = cell.split("\n", -1);
                cells.add(lines);
                height = Math.max(height, lines.length);
            }
            for (int line = 0; line < height; line++) {
                out.append('|');
                for (int i = 0; i < widths.length; i++) {
                    String[] lines = cells.get(i);
                    String text = line < lines.length ? lines[line] : "";
                    out.append(' ').append(text).append(" ".repeat(widths[i] - text.length())).append(" |");
                }
                out.append('\n');
            }
            out.append(rule).append('\n');
        }
        return out.toString();
    }
}

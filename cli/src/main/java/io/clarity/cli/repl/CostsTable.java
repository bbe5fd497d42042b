package io.clarity.cli.repl;

import io.clarity.Costs;
import io.clarity.cli.console.TextTable;
import java.util.Locale;

/** The costs table of {@code ::get_costs} and {@code ::toggle_costs}, laid out as Clarinet's console lays it out. */
final class CostsTable {

    private CostsTable() {
    }

    static String render(Costs costs) {
        TextTable t = new TextTable("", "Consumed", "Limit", "Percentage");
        for (Costs.Dimension d : Costs.Dimension.values()) {
            t.row(d.label(), Long.toString(costs.consumed(d)), Long.toString(costs.limit(d)),
                    String.format(Locale.ROOT, "%.2f %%", costs.percentage(d)));
        }
        return t.toString();
    }
}

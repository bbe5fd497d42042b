package io.clarity.cli.repl;

import io.clarity.cli.console.TextTable;
import io.clarity.cost.ExecutionCost;
import io.clarity.profile.CostProfile;
import java.util.List;

/**
 * The table of {@code ::perf}: the costliest frames of a profile, by their own runtime cost, with
 * what they and their callees cost in all, and their reads and writes.
 */
final class ProfileTable {

    /** The rows shown; the rest are summed up in one line. */
    static final int ROWS = 15;

    private ProfileTable() {
    }

    static String render(List<CostProfile.Entry> entries, ExecutionCost measured) {
        TextTable t = new TextTable("Frame", "Runs", "Self runtime", "Total runtime", "Reads (count/bytes)",
                "Writes (count/bytes)");
        for (CostProfile.Entry e : entries.subList(0, Math.min(ROWS, entries.size()))) {
            ExecutionCost self = e.self();
            t.row(e.name(), Long.toString(e.calls()), Long.toString(self.runtime()), Long.toString(e.total().runtime()),
                    self.readCount() + " / " + self.readLength(), self.writeCount() + " / " + self.writeLength());
        }
        String more = entries.size() > ROWS ? (entries.size() - ROWS) + " more frames not shown\n" : "";
        return t + more + "Total: " + measured + "\n";
    }
}

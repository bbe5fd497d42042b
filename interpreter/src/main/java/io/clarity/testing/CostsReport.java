package io.clarity.testing;

import io.clarity.CallCosts;
import io.clarity.Costs;
import io.clarity.cost.ExecutionCost;
import io.clarity.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost report of a test run, in the shape of Clarinet's {@code costs-reports.json}: a JSON
 * array with one object per contract call made by a test, {@code {test_name, contract_id,
 * method, args, cost_result: {total, limit, memory, memory_limit}}}, the five dimensions named as
 * the reference's serializer names them. Arguments are printed as Clarity values. Kept in the
 * root store of the test run and written when the run ends, one file per requested path; tests
 * may run in parallel.
 */
final class CostsReport implements AutoCloseable {

    /** The system property that asks for a report: a file path, or empty (or {@code true}) for {@link #DEFAULT_FILE}. */
    static final String PROPERTY = "clarity.costsReport";

    /** The report's file name when none is given, as Clarinet's. */
    static final String DEFAULT_FILE = "costs-reports.json";

    private final Map<Path, List<String>> entries = new LinkedHashMap<>();

    /**
     * Where the report goes: {@code annotationPath} ({@link ClarityTest#costsReport()}) when given,
     * else the {@link #PROPERTY} system property's path; null when neither asks for one.
     */
    static Path requestedFile(String annotationPath) {
        return ReportFiles.requested(annotationPath, PROPERTY, DEFAULT_FILE);
    }

    /** Adds the calls of test {@code testName} to the report written to {@code file}. */
    synchronized void add(Path file, String testName, List<CallCosts> calls) {
        List<String> list = entries.computeIfAbsent(file, f -> new ArrayList<>());
        for (CallCosts c : calls) {
            list.add(entry(testName, c));
        }
    }

    /** Writes every report. */
    @Override
    public synchronized void close() {
        for (Map.Entry<Path, List<String>> e : entries.entrySet()) {
            Path file = e.getKey().toAbsolutePath();
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                String body = e.getValue().isEmpty() ? "[]\n" : "[\n" + String.join(",\n", e.getValue()) + "\n]\n";
                Files.writeString(file, body, StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write the costs report " + file + ": " + ex.getMessage(), ex);
            }
        }
    }

    private static String entry(String testName, CallCosts c) {
        StringBuilder sb = new StringBuilder("  {\n");
        sb.append("    \"test_name\": ").append(string(testName)).append(",\n");
        sb.append("    \"contract_id\": ").append(string(c.contract().address())).append(",\n");
        sb.append("    \"method\": ").append(string(c.function())).append(",\n");
        sb.append("    \"args\": [");
        for (int i = 0; i < c.args().size(); i++) {
            Value arg = c.args().get(i);
            sb.append(i == 0 ? "" : ", ").append(string(arg.toString()));
        }
        sb.append("],\n");
        Costs costs = c.costs();
        sb.append("    \"cost_result\": {\n");
        sb.append("      \"total\": ").append(dimensions(costs.total())).append(",\n");
        sb.append("      \"limit\": ").append(dimensions(costs.limit())).append(",\n");
        sb.append("      \"memory\": ").append(costs.memory()).append(",\n");
        sb.append("      \"memory_limit\": ").append(costs.memoryLimit()).append('\n');
        return sb.append("    }\n  }").toString();
    }

    /** The reference's {@code ExecutionCost} as its serializer writes it, fields in its order. */
    private static String dimensions(ExecutionCost c) {
        return "{\"write_length\": " + c.writeLength() + ", \"write_count\": " + c.writeCount() + ", \"read_length\": "
                + c.readLength() + ", \"read_count\": " + c.readCount() + ", \"runtime\": " + c.runtime() + "}";
    }

    private static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

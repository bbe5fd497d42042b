package io.clarity.coverage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The LCOV tracefile format, as genhtml (lcov 1.16 and the stricter 2.x) reads it: per file
 * {@code SF}, every {@code FN} before its {@code FNDA}, {@code FNF}/{@code FNH}, {@code BRDA}
 * (each branching form a block with all its arms, {@code -} for a form that never ran),
 * {@code BRF}/{@code BRH}, {@code DA}, {@code LF}/{@code LH}, {@code end_of_record}. Reads what
 * it writes (and {@code FN} with an end line, as lcov 2.x writes it), so that a file is added to.
 */
public final class Lcov {

    private Lcov() {
    }

    /** {@code files} as LCOV text, sorted by path. */
    public static String format(List<FileCoverage> files) {
        List<FileCoverage> sorted = new ArrayList<>(files);
        sorted.sort((a, b) -> a.path().compareTo(b.path()));
        StringBuilder sb = new StringBuilder();
        for (FileCoverage f : sorted) {
            sb.append("TN:\nSF:").append(f.path()).append('\n');
            for (FileCoverage.FunctionHits fn : f.functions()) {
                sb.append("FN:").append(fn.line()).append(',').append(fn.name()).append('\n');
            }
            for (FileCoverage.FunctionHits fn : f.functions()) {
                sb.append("FNDA:").append(fn.hits()).append(',').append(fn.name()).append('\n');
            }
            sb.append("FNF:").append(f.functions().size()).append("\nFNH:").append(f.functionsHit()).append('\n');
            for (FileCoverage.BranchHits b : f.branches()) {
                sb.append("BRDA:").append(b.line()).append(',').append(b.block()).append(',').append(b.branch())
                        .append(',').append(b.taken() == FileCoverage.BranchHits.NOT_REACHED ? "-" : b.taken())
                        .append('\n');
            }
            sb.append("BRF:").append(f.branches().size()).append("\nBRH:").append(f.branchesHit()).append('\n');
            f.lines().forEach((line, hits) -> sb.append("DA:").append(line).append(',').append(hits).append('\n'));
            sb.append("LF:").append(f.lines().size()).append("\nLH:").append(f.linesHit()).append('\n');
            sb.append("end_of_record\n");
        }
        return sb.toString();
    }

    /**
     * Writes {@code files} to {@code lcov}, added to what it holds already (the same path's counts
     * are summed); creates the directories it needs.
     */
    public static void write(Path lcov, List<FileCoverage> files) throws IOException {
        Map<String, FileCoverage> all = new LinkedHashMap<>();
        if (Files.exists(lcov)) {
            for (FileCoverage f : parse(Files.readString(lcov, StandardCharsets.UTF_8), lcov.toString())) {
                all.merge(f.path(), f, FileCoverage::plus);
            }
        }
        for (FileCoverage f : files) {
            all.merge(f.path(), f, FileCoverage::plus);
        }
        if (lcov.toAbsolutePath().getParent() != null) {
            Files.createDirectories(lcov.toAbsolutePath().getParent());
        }
        Files.writeString(lcov, format(new ArrayList<>(all.values())), StandardCharsets.UTF_8);
    }

    /**
     * The records of LCOV {@code text} ({@code label} names it in errors: an
     * {@link IllegalArgumentException} saying {@code label:line: what}).
     */
    public static List<FileCoverage> parse(String text, String label) {
        List<FileCoverage> out = new ArrayList<>();
        String path = null;
        Map<String, Integer> fnLines = new LinkedHashMap<>();
        Map<String, Long> fnHits = new LinkedHashMap<>();
        List<FileCoverage.BranchHits> branches = new ArrayList<>();
        SortedMap<Integer, Long> lines = new TreeMap<>();
        String[] all = text.split("\\r?\\n");
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            String where = label + ":" + (i + 1) + ": ";
            int colon = line.indexOf(':');
            String tag = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            try {
                if (line.isEmpty() || tag.equals("TN")) {
                    continue;
                }
                if (tag.equals("SF")) {
                    path = value;
                    continue;
                }
                if (path == null) {
                    throw new IllegalArgumentException(where + "\"" + line + "\" before any SF record");
                }
                switch (tag) {
                    case "FN" -> {
                        String[] p = value.split(",");
                        fnLines.put(p[p.length - 1], Integer.parseInt(p[0]));
                    }
                    case "FNDA" -> {
                        String[] p = value.split(",", 2);
                        if (!fnLines.containsKey(p[1])) {
                            throw new IllegalArgumentException(where + "FNDA of " + p[1] + " without its FN");
                        }
                        fnHits.merge(p[1], Long.parseLong(p[0]), Long::sum);
                    }
                    case "BRDA" -> {
                        String[] p = value.split(",");
                        branches.add(new FileCoverage.BranchHits(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                                Integer.parseInt(p[2]), p[3].equals("-") ? FileCoverage.BranchHits.NOT_REACHED
                                        : Long.parseLong(p[3])));
                    }
                    case "DA" -> {
                        String[] p = value.split(",");
                        lines.merge(Integer.parseInt(p[0]), Long.parseLong(p[1]), Long::sum);
                    }
                    case "FNF", "FNH", "BRF", "BRH", "LF", "LH" -> {
                        // summaries: recomputed when written
                    }
                    case "end_of_record" -> {
                        List<FileCoverage.FunctionHits> fs = new ArrayList<>();
                        for (Map.Entry<String, Integer> fn : fnLines.entrySet()) {
                            fs.add(new FileCoverage.FunctionHits(fn.getKey(), fn.getValue(),
                                    fnHits.getOrDefault(fn.getKey(), 0L)));
                        }
                        out.add(new FileCoverage(path, fs, branches, lines));
                        path = null;
                        fnLines = new LinkedHashMap<>();
                        fnHits = new LinkedHashMap<>();
                        branches = new ArrayList<>();
                        lines = new TreeMap<>();
                    }
                    default -> throw new IllegalArgumentException(where + "not an LCOV record: \"" + line + "\"");
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(where + "malformed " + tag + " record: \"" + line + "\"", e);
            }
        }
        if (path != null) {
            throw new IllegalArgumentException(label + ": the record of " + path + " has no end_of_record");
        }
        return out;
    }
}

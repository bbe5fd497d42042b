package io.clarity.error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every error kind explained for a learner: what {@code clarity explain KIND}, the REPL's
 * {@code ::explain KIND} and the {@code = see:} line under each diagnostic point at. It is read once
 * from the resource {@code explain.txt} beside this class, whose header describes the format; every
 * example result in it is the real VM's (see {@code scripts/record-error-examples.mjs}).
 */
public final class ErrorCatalogue {

    /**
     * The explanation of one kind. {@code example} holds the example's scenario steps, the last of
     * which shows the error; {@code result} is what the real VM printed for that step
     * ({@code !! eval error: ...} or {@code => value}). {@code unreachable} says why the example
     * shows another case (the real VM never reports the kind to a contract, or reaching it takes
     * an example too large to read), or is null when the example raises the kind itself.
     */
    public record Entry(ErrorKind kind, List<String> means, List<String> causes, List<String> fixes,
            String unreachable, List<String> example, String result) {

        public Entry {
            means = List.copyOf(means);
            causes = List.copyOf(causes);
            fixes = List.copyOf(fixes);
            example = List.copyOf(example);
        }

        /** {@code category/Name}, the entry's key: {@code check/UndefinedVariable}. */
        public String key() {
            return ErrorCatalogue.key(kind);
        }

        /** The entry as {@code clarity explain} prints it: plain text, one item per line. */
        public String text() {
            StringBuilder out = new StringBuilder();
            out.append(kind.name()).append(" (").append(label(kind.category())).append(")\n\nWhat it means\n");
            means.forEach(m -> out.append("  ").append(m).append('\n'));
            out.append("\nUsual causes\n");
            causes.forEach(c -> out.append("  - ").append(c).append('\n'));
            out.append("\nHow to fix it\n");
            fixes.forEach(f -> out.append("  - ").append(f).append('\n'));
            if (unreachable != null) {
                out.append("\nWhy the example shows another case\n  ").append(unreachable).append('\n');
            }
            out.append("\nExample (a scenario; the result is the real Clarity VM's)\n");
            example.forEach(s -> out.append("  ").append(s.replace("\n", "\n    ")).append('\n'));
            out.append("  ").append(result).append('\n');
            return out.toString();
        }
    }

    private static final String RESOURCE = "explain.txt";
    private static final List<ErrorKind> KINDS = kinds();

    private final Map<String, Entry> entries;

    private ErrorCatalogue(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The catalogue, read from the resource on first use and shared afterwards. */
    public static ErrorCatalogue get() {
        return Loaded.INSTANCE;
    }

    // The holder idiom: the JVM loads the resource exactly once, on first use, thread-safely.
    private static final class Loaded {
        static final ErrorCatalogue INSTANCE = load();
    }

    private static ErrorCatalogue load() {
        return parse(KeyValueText.resource(ErrorCatalogue.class, RESOURCE));
    }

    /** Every error kind the interpreter can raise: the constants of the four kind enums, in category order. */
    public static List<ErrorKind> kinds() {
        List<ErrorKind> all = new ArrayList<>();
        all.addAll(List.of(ParseErrorKind.values()));
        all.addAll(List.of(CheckErrorKind.values()));
        all.addAll(List.of(RuntimeErrorKind.values()));
        all.addAll(List.of(CallErrorKind.values()));
        return List.copyOf(all);
    }

    /** {@code category/Name}: {@code runtime/NameAlreadyUsed}. */
    public static String key(ErrorKind kind) {
        return kind.category().name().toLowerCase(Locale.ROOT) + "/" + kind.name();
    }

    /** The words of a category in the listing and in headers. */
    public static String label(ErrorKind.Category c) {
        return switch (c) {
            case PARSE -> "parse error: the text is not well-formed Clarity";
            case CHECK -> "check error: the analysis refused the contract before it ran";
            case RUNTIME -> "runtime error: the program failed while running and everything it did is rolled back";
            case CALL -> "call error: the call was refused before it ran";
        };
    }

    /**
     * What to type to read the entry of {@code kind}: {@code clarity explain UndefinedVariable}, or
     * with its category where several kinds share the name ({@code clarity explain check/NameAlreadyUsed}).
     */
    public static String pointer(ErrorKind kind) {
        long same = KINDS.stream().filter(k -> k.name().equals(kind.name())).count();
        return "clarity explain " + (same > 1 ? key(kind) : kind.name());
    }

    /** The entry of {@code kind}, or null when the catalogue has none (a test keeps that from happening). */
    public Entry entry(ErrorKind kind) {
        return entries.get(key(kind));
    }

    /** Every entry, in the order of the file (grouped by category). */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * The entries a user's query names, ignoring case: {@code UndefinedVariable} (every category
     * that has the name) or {@code check/NameAlreadyUsed} (that one). Empty when none does.
     */
    public List<Entry> find(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.key().toLowerCase(Locale.ROOT).equals(q) || e.kind().name().toLowerCase(Locale.ROOT).equals(q)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Up to three kind names close to a query that names none ("did you mean"), closest first. */
    public List<String> suggestions(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        int slash = q.indexOf('/');
        String name = slash < 0 ? q : q.substring(slash + 1);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Entry e : entries.values()) {
            String n = e.kind().name();
            if (scored.stream().anyMatch(s -> s.name().equals(n))) {
                continue;
            }
            String lower = n.toLowerCase(Locale.ROOT);
            int d = lower.contains(name) && name.length() >= 4 ? 0 : distance(name, lower);
            if (d <= Math.max(2, name.length() / 3)) {
                scored.add(new Scored(n, d));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::distance)).limit(3).map(Scored::name).toList();
    }

    /** Levenshtein distance: the typo measure of "did you mean". */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Reads explain.txt. A malformed file is a defect of the build, not of the user's input, so it
     * fails with an {@link IllegalStateException} naming the line.
     */
    static ErrorCatalogue parse(List<String> lines) {
        Map<String, ErrorKind> byKey = new LinkedHashMap<>();
        KINDS.forEach(k -> byKey.put(key(k), k));
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (List<KeyValueText.Field> fields : KeyValueText.entries(RESOURCE, lines, "kind")) {
            KeyValueText.Field first = fields.get(0);
            ErrorKind kind = byKey.get(first.value());
            if (kind == null) {
                throw first.bad(first.value() + " is not a kind of ParseErrorKind, CheckErrorKind, RuntimeErrorKind or CallErrorKind");
            }
            Builder b = new Builder(kind, first.line());
            fields.subList(1, fields.size()).forEach(f -> b.field(f.key(), f.value(), f.line()));
            add(entries, b.build());
        }
        return new ErrorCatalogue(entries);
    }

    private static void add(Map<String, Entry> entries, Entry e) {
        if (entries.putIfAbsent(e.key(), e) != null) {
            throw new IllegalStateException("explain.txt: " + e.key() + " is explained twice");
        }
    }

    private static IllegalStateException bad(int line, String why) {
        return KeyValueText.bad(RESOURCE, line, why);
    }

    /** Collects the fields of one entry; checks what a single line cannot. */
    private static final class Builder {
        private final ErrorKind kind;
        private final int line;
        private final List<String> means = new ArrayList<>();
        private final List<String> causes = new ArrayList<>();
        private final List<String> fixes = new ArrayList<>();
        private final List<String> example = new ArrayList<>();
        private String unreachable;
        private String result;

        Builder(ErrorKind kind, int line) {
            this.kind = kind;
            this.line = line;
        }

        void field(String key, String value, int where) {
            switch (key) {
                case "means" -> means.add(value);
                case "cause" -> causes.add(value);
                case "fix" -> fixes.add(value);
                case "unreachable" -> unreachable = value;
                case "step" -> example.add(value);
                case "deploy" -> example.add(deployStep(value, where));
                case "result" -> result = value;
                default -> throw bad(where, "unknown key \"" + key + "\"");
            }
        }

        /** {@code NAME [options] | SOURCE} as the scenario step that deploys it. */
        private static String deployStep(String value, int where) {
            int bar = value.indexOf(" | ");
            if (bar < 0) {
                throw bad(where, "expected \"deploy: NAME [options] | SOURCE\"");
            }
            return "deploy-inline " + value.substring(0, bar) + " <<END\n" + value.substring(bar + 3) + "\nEND";
        }

        Entry build() {
            if (means.isEmpty() || causes.isEmpty() || fixes.isEmpty()) {
                throw bad(line, key(kind) + " needs means:, cause: and fix: lines");
            }
            if (example.isEmpty() || result == null) {
                throw bad(line, key(kind) + " needs an example (step: or deploy:) and its recorded result:"
                        + " (node scripts/record-error-examples.mjs)");
            }
            return new Entry(kind, means, causes, fixes, unreachable, example, result);
        }
    }
}

package io.clarity.natives;

import io.clarity.error.KeyValueText;
import io.clarity.version.ClarityVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learner's documentation of every native function, special form, define form and keyword of
 * Clarity 1 to 5: what the REPL shows for {@code ::describe NAME}, {@code ::functions} and
 * {@code ::keywords}. It is read once from the resource {@code docs.txt} beside this class, whose
 * header describes the format; every example result in it is the real VM's (see
 * {@code scripts/record-doc-examples.mjs}).
 *
 * <p>Lookups take the Clarity version in force, because names come and go between versions
 * ({@code block-height} is gone from Clarity 3, {@code as-contract} from Clarity 4).
 */
public final class NativeDocs {

    /** What a documented name is. */
    public enum Kind {
        /** A native whose arguments are all evaluated, left to right, before it runs. */
        FUNCTION("function"),
        /** A native that receives some arguments unevaluated (names, types, lazy branches). */
        SPECIAL_FORM("special form"),
        /** A top-level definition form such as {@code define-public}. */
        DEFINE("define"),
        /** A global variable or constant such as {@code tx-sender} or {@code true}. */
        KEYWORD("keyword");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The word used in docs.txt and shown to users. */
        public String label() {
            return label;
        }

        static Kind ofLabel(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            return null;
        }
    }

    /**
     * An example: a REPL snippet, the result the real VM printed for it in canonical form (or
     * {@code runtime error: KIND} when it aborted), and the Clarity version it was run as.
     */
    public record Example(String code, String result, ClarityVersion version) {

        /** True when the example aborts with a runtime error instead of producing a value. */
        public boolean aborts() {
            return result.startsWith("runtime error: ");
        }
    }

    /**
     * The documentation of one name. {@code since} and {@code until} are the first and last
     * Clarity versions that have it ({@code until} is 0 while no version has removed it).
     * {@code given} lists the contracts the examples assume deployed, as "contract NAME: SOURCE".
     */
    public record Entry(String name, Kind kind, int since, int until, String signature,
            List<String> inputs, String output, List<String> description, List<String> given,
            List<Example> examples) {

        public Entry {
            inputs = List.copyOf(inputs);
            description = List.copyOf(description);
            given = List.copyOf(given);
            examples = List.copyOf(examples);
        }

        public boolean existsIn(ClarityVersion v) {
            return v.number() >= since && (until == 0 || v.number() <= until);
        }

        /** The versions in words: "Clarity 2 and later", "Clarity 1 to 3". */
        public String versions() {
            return until == 0 ? "Clarity " + since + " and later" : "Clarity " + since + " to " + until;
        }

        /** The entry as {@code ::describe} shows it: plain text, one item per line. */
        public String text() {
            StringBuilder out = new StringBuilder();
            out.append(name).append(" (").append(kind.label()).append(", ").append(versions()).append(")\n\n");
            out.append("Usage\n  ").append(signature).append('\n');
            if (!inputs.isEmpty()) {
                out.append("\nInput\n");
                inputs.forEach(i -> out.append("  ").append(i).append('\n'));
            }
            out.append("\nOutput\n  ").append(output).append("\n\nDescription\n");
            description.forEach(d -> out.append("  ").append(d).append('\n'));
            out.append("\nExamples\n");
            given.forEach(g -> out.append("  given ").append(g).append('\n'));
            for (Example x : examples) {
                out.append("  ").append(x.code()).append('\n');
                out.append("  ").append(x.aborts() ? "!! " : "=> ").append(x.result()).append('\n');
            }
            return out.toString();
        }
    }

    private static final String RESOURCE = "docs.txt";
    private static final Pattern VERSIONS = Pattern.compile("([1-9])-([1-9]?)");
    private static final Pattern EXAMPLE_KEY = Pattern.compile("example(?:@([1-9]))?");

    private final Map<String, Entry> entries;

    private NativeDocs(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The documentation, read from the resource on first use and shared afterwards. */
    public static NativeDocs get() {
        return Loaded.INSTANCE;
    }

    // The holder idiom: the JVM loads the resource exactly once, on first use, thread-safely.
    private static final class Loaded {
        static final NativeDocs INSTANCE = load();
    }

    private static NativeDocs load() {
        return parse(KeyValueText.resource(NativeDocs.class, RESOURCE));
    }

    /** The entry of {@code name} when that name exists in version {@code v}, else null. */
    public Entry entry(String name, ClarityVersion v) {
        Entry e = entries.get(name);
        return e != null && e.existsIn(v) ? e : null;
    }

    /** Every native function and special form of version {@code v}, in the order of docs.txt (grouped by topic). */
    public List<String> functionNames(ClarityVersion v) {
        return names(v, Kind.FUNCTION, Kind.SPECIAL_FORM);
    }

    /** Every keyword of version {@code v}, in the order of docs.txt. */
    public List<String> keywordNames(ClarityVersion v) {
        return names(v, Kind.KEYWORD);
    }

    /** Every define form of version {@code v}, in the order of docs.txt. */
    public List<String> defineNames(ClarityVersion v) {
        return names(v, Kind.DEFINE);
    }

    /** Every entry, whatever its versions, in the order of docs.txt. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    private List<String> names(ClarityVersion v, Kind... kinds) {
        List<String> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.existsIn(v) && List.of(kinds).contains(e.kind())) {
                out.add(e.name());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Reads docs.txt. A malformed file is a defect of the build, not of the user's input, so it
     * fails with an {@link IllegalStateException} naming the line.
     */
    static NativeDocs parse(List<String> lines) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (List<KeyValueText.Field> fields : KeyValueText.entries(RESOURCE, lines, "name")) {
            KeyValueText.Field first = fields.get(0);
            Builder b = new Builder(first.value(), first.line());
            fields.subList(1, fields.size()).forEach(f -> b.field(f.key(), f.value(), f.line()));
            add(entries, b.build());
        }
        return new NativeDocs(entries);
    }

    private static void add(Map<String, Entry> entries, Entry e) {
        if (entries.putIfAbsent(e.name(), e) != null) {
            throw new IllegalStateException("docs.txt: " + e.name() + " is documented twice");
        }
    }

    private static IllegalStateException bad(int line, String why) {
        return KeyValueText.bad(RESOURCE, line, why);
    }

    /** Collects the fields of one entry; checks what a single line cannot. */
    private static final class Builder {
        private final String name;
        private final int line;
        private Kind kind;
        private int since;
        private int until;
        private String signature;
        private String output;
        private final List<String> inputs = new ArrayList<>();
        private final List<String> description = new ArrayList<>();
        private final List<String> given = new ArrayList<>();
        private final List<String[]> examples = new ArrayList<>();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        void field(String key, String value, int where) {
            Matcher example = EXAMPLE_KEY.matcher(key);
            if (example.matches()) {
                if (!examples.isEmpty() && examples.get(examples.size() - 1)[2] == null) {
                    throw bad(where, "example without its result:");
                }
                examples.add(new String[] {value, example.group(1), null});
                return;
            }
            switch (key) {
                case "kind" -> {
                    kind = Kind.ofLabel(value);
                    if (kind == null) {
                        throw bad(where, "unknown kind " + value);
                    }
                }
                case "versions" -> {
                    Matcher m = VERSIONS.matcher(value);
                    if (!m.matches()) {
                        throw bad(where, "versions must look like 1- or 1-3");
                    }
                    since = Integer.parseInt(m.group(1));
                    until = m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2));
                }
                case "signature" -> signature = value;
                case "input" -> inputs.add(value);
                case "output" -> output = value;
                case "description" -> description.add(value);
                case "given" -> given.add(value);
                case "result" -> {
                    if (examples.isEmpty() || examples.get(examples.size() - 1)[2] != null) {
                        throw bad(where, "result: without its example:");
                    }
                    examples.get(examples.size() - 1)[2] = value;
                }
                default -> throw bad(where, "unknown key " + key);
            }
        }

        Entry build() {
            if (kind == null || since == 0 || signature == null || output == null || description.isEmpty()
                    || examples.isEmpty()) {
                throw bad(line, name + " needs kind, versions, signature, output, description and an example");
            }
            List<Example> built = new ArrayList<>();
            for (String[] x : examples) {
                if (x[2] == null) {
                    throw bad(line, name + ": example without its result: " + x[0]);
                }
                int n = x[1] == null ? defaultVersion() : Integer.parseInt(x[1]);
                ClarityVersion v = ClarityVersion.of(n);
                if (v == null) {
                    throw bad(line, name + ": no Clarity " + n + " for the example " + x[0]);
                }
                built.add(new Example(x[0], x[2], v));
            }
            return new Entry(name, kind, since, until, signature, inputs, output, description, given, built);
        }

        // Clarity 3 is the project's default version; a name it lacks is shown at its newest.
        private int defaultVersion() {
            int newest = until == 0 ? 5 : Math.min(until, 5);
            return since <= 3 && newest >= 3 ? 3 : newest;
        }
    }
}

package io.clarity.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page shows: its title, the contracts (name, where from, source) and the timeline in
 * sections (a scenario file, a test), each a list of {@link Entry}. Contracts are told apart by
 * their {@link Contract#key() keys}: two scenarios may deploy different contracts of one name. Safe to fill from several
 * threads (tests of a class may run in parallel); {@link #html()} writes it.
 */
public final class Page {

    private final String title;
    private final Map<String, Contract> contracts = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();

    /**
     * A contract shown on the page.
     *
     * @param key what tells it from the page's other contracts: its name, unless another contract
     *            of that name (another scenario's, or a version deployed again) is shown too
     * @param name its contract name
     * @param label where it came from (its file, or its name)
     * @param source its source
     */
    public record Contract(String key, String name, String label, String source) {
    }

    /** A part of the timeline: a scenario file's steps, or a test's calls. */
    public final class Section {

        private final String title;
        private final List<Entry> entries = new ArrayList<>();
        /** The key of the contract each name stands for in this section, as deployed last. */
        private final Map<String, String> visible = new HashMap<>();

        private Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        /**
         * Shows contract {@code name}'s source (once, however many sections show the same
         * source); from now on a place in {@code name} in this section is in this source.
         */
        public void contract(String name, String label, String source) {
            synchronized (Page.this) {
                String key = null;
                for (Contract c : contracts.values()) {
                    if (c.name().equals(name) && c.source().equals(source)) {
                        key = c.key();
                    }
                }
                if (key == null) {
                    key = name;
                    for (int n = 2; contracts.containsKey(key); n++) {
                        key = name + "-" + n;
                    }
                    contracts.put(key, new Contract(key, name, label, source));
                }
                visible.put(name, key);
            }
        }

        /** Adds a step to this section; its place is in the contract its name stands for here now. */
        public void add(Entry entry) {
            synchronized (Page.this) {
                entries.add(entry.place() == null ? entry
                        : entry.placedIn(visible.getOrDefault(entry.place().contract(), entry.place().contract())));
            }
        }

        /** Its steps so far. */
        public List<Entry> entries() {
            synchronized (Page.this) {
                return List.copyOf(entries);
            }
        }
    }

    public Page(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** A new section, after the others. */
    public synchronized Section section(String sectionTitle) {
        Section s = new Section(sectionTitle);
        sections.add(s);
        return s;
    }

    public synchronized List<Section> sections() {
        return List.copyOf(sections);
    }

    /** The contracts, in the order first shown. */
    public synchronized List<Contract> contracts() {
        return List.copyOf(contracts.values());
    }

    /** The page as one self-contained HTML document. */
    public String html() {
        return PageWriter.write(this);
    }

    /** Writes the page to {@code file} (its folders made as needed). */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, html(), StandardCharsets.UTF_8);
    }
}

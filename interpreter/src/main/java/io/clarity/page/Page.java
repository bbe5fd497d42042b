package io.clarity.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page shows: its title, the contracts (name, where from, source) and the timeline in
 * sections (a scenario file, a test), each a list of {@link Entry}. Safe to fill from several
 * threads (tests of a class may run in parallel); {@link #html()} writes it.
 */
public final class Page {

    private final String title;
    private final Map<String, Contract> contracts = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();

    /**
     * A contract shown on the page.
     *
     * @param name its contract name
     * @param label where it came from (its file, or its name)
     * @param source its source
     */
    public record Contract(String name, String label, String source) {
    }

    /** A part of the timeline: a scenario file's steps, or a test's calls. */
    public final class Section {

        private final String title;
        private final List<Entry> entries = new ArrayList<>();

        private Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        /** Adds a step to this section. */
        public void add(Entry entry) {
            synchronized (Page.this) {
                entries.add(entry);
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

    /**
     * Shows contract {@code name}'s source, unless a contract of that name is shown already (the
     * page's places name contracts by their names).
     */
    public synchronized void contract(String name, String label, String source) {
        contracts.putIfAbsent(name, new Contract(name, label, source));
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

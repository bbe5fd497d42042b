package io.clarity.cli.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lessons of the tour, read from the {@code lessons/} resources in the order of
 * {@code lessons/index.txt} (one file name a line).
 */
public final class Lessons {

    /** Where the lessons are, on the class path. */
    public static final String FOLDER = "lessons/";

    private final List<Lesson> all;

    private Lessons(List<Lesson> all) {
        this.all = List.copyOf(all);
    }

    /** Every lesson, in order. */
    public static Lessons load() {
        List<Lesson> lessons = new ArrayList<>();
        for (String file : read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            lessons.add(LessonReader.read(file, read(file)));
        }
        return new Lessons(lessons);
    }

    private static String read(String file) {
        try (InputStream in = Lessons.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + FOLDER + file));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Lesson> all() {
        return all;
    }

    /** The lesson numbered {@code key}, or named it (any case), or whose name starts with it when only one does. */
    public Optional<Lesson> find(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (Lesson l : all) {
            if (k.matches("\\d+") ? Integer.parseInt(k) == l.number() : l.name().equals(k)) {
                return Optional.of(l);
            }
        }
        List<Lesson> prefixed = all.stream().filter(l -> l.name().startsWith(k)).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** The lessons from {@code first} on. */
    public List<Lesson> from(Lesson first) {
        return all.subList(all.indexOf(first), all.size());
    }

    /** The list that {@code clarity learn --list} prints: number, name and title. */
    public String listing() {
        int width = all.stream().mapToInt(l -> l.name().length()).max().orElse(0);
        StringBuilder s = new StringBuilder();
        for (Lesson l : all) {
            s.append(String.format("%3d  %-" + width + "s  %s\n", l.number(), l.name(), l.title()));
        }
        return s.toString();
    }
}

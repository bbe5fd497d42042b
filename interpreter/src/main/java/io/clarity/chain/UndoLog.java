package io.clarity.chain;

import io.clarity.error.RuntimeErrorKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Nested commit and rollback for all chain state. Every write records how to undo itself; a
 * nested context remembers where its writes and events start, and keeps the {@link AssetMap} of
 * what its code moved out of each principal. Rolling back undoes the writes made since and drops
 * the events and the asset map; committing keeps them for the enclosing context. Reads go to the
 * live state directly, so they cost nothing extra.
 */
public final class UndoLog {

    private final ArrayList<Runnable> undo = new ArrayList<>();
    private final ArrayList<Event> events = new ArrayList<>();
    private int[] undoMarks = new int[16];
    private int[] eventMarks = new int[16];
    private boolean[] readOnly = new boolean[16];
    /** Per context, created on its first outflow: most contexts move no assets. */
    private AssetMap[] assetMaps = new AssetMap[16];
    private int depth;
    private Consumer<Event> observer;

    /** Opens a nested context; a read-only context refuses writes, and so do its children. */
    public void begin(boolean readOnlyContext) {
        if (depth == undoMarks.length) {
            undoMarks = Arrays.copyOf(undoMarks, depth * 2);
            eventMarks = Arrays.copyOf(eventMarks, depth * 2);
            readOnly = Arrays.copyOf(readOnly, depth * 2);
            assetMaps = Arrays.copyOf(assetMaps, depth * 2);
        }
        assetMaps[depth] = null;
        undoMarks[depth] = undo.size();
        eventMarks[depth] = events.size();
        readOnly[depth] = readOnlyContext || (depth > 0 && readOnly[depth - 1]);
        depth++;
    }

    /**
     * Keeps the innermost context's writes, events and outflows for the enclosing one. When the
     * enclosing context's outflow sums would overflow, the innermost context is rolled back
     * instead and the {@code ArithmeticOverflow} thrown, as the reference's commit does.
     */
    public void commit() {
        if (depth == 0) {
            throw new IllegalStateException("commit without begin");
        }
        depth--;
        AssetMap child = assetMaps[depth];
        assetMaps[depth] = null;
        if (depth == 0) {
            undo.clear();
        } else if (child != null) {
            if (assetMaps[depth - 1] == null) {
                assetMaps[depth - 1] = child;
            } else {
                try {
                    assetMaps[depth - 1].absorb(child);
                } catch (RuntimeException e) {
                    undoTo(depth);
                    throw e;
                }
            }
        }
    }

    /** Undoes the innermost context's writes and drops its events and outflows. */
    public void rollback() {
        if (depth == 0) {
            throw new IllegalStateException("rollback without begin");
        }
        depth--;
        assetMaps[depth] = null;
        undoTo(depth);
    }

    /** Undoes the writes and drops the events made since the context at {@code level} began. */
    private void undoTo(int level) {
        int mark = undoMarks[level];
        for (int i = undo.size() - 1; i >= mark; i--) {
            undo.get(i).run();
        }
        truncate(undo, mark);
        truncate(events, eventMarks[level]);
    }

    private static <T> void truncate(ArrayList<T> list, int size) {
        if (list.size() > size) {
            list.subList(size, list.size()).clear();
        }
    }

    public int depth() {
        return depth;
    }

    public boolean isReadOnly() {
        return depth > 0 && readOnly[depth - 1];
    }

    /** Records how to undo a write about to happen; refuses writes in a read-only context. */
    public void recordWrite(Runnable undoAction) {
        if (isReadOnly()) {
            throw RuntimeErrorKind.WriteAttemptedInReadOnly.error();
        }
        if (depth > 0) {
            undo.add(undoAction);
        }
    }

    public void emit(Event e) {
        events.add(e);
        if (observer != null) {
            observer.accept(e);
        }
    }

    /**
     * Tells {@code o} of every event as it is emitted, even one that a rollback drops later
     * (a call trace shows what happened); null stops telling.
     */
    public void observe(Consumer<Event> o) {
        observer = o;
    }

    /** The outflows of the innermost context, to record a movement in (outside any context: none kept). */
    public AssetMap outflows() {
        if (depth == 0) {
            return new AssetMap();
        }
        AssetMap m = assetMaps[depth - 1];
        if (m == null) {
            m = new AssetMap();
            assetMaps[depth - 1] = m;
        }
        return m;
    }

    /** The events emitted since the context at {@code depth} began (for a transaction's receipt). */
    public List<Event> eventsSinceMark(int mark) {
        return List.copyOf(events.subList(mark, events.size()));
    }

    /** How many events are held now (a mark for {@link #eventsSinceMark}). */
    public int eventCount() {
        return events.size();
    }

    /** Forgets all events (between transactions). */
    public void clearEvents() {
        if (depth != 0) {
            throw new IllegalStateException("events cleared inside a transaction");
        }
        events.clear();
    }
}

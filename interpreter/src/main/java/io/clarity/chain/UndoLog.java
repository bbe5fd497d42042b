package io.clarity.chain;

import io.clarity.error.RuntimeErrorKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Nested commit and rollback for all chain state, and the history that {@code at-block} reads.
 * Every write records how to undo itself; a nested context remembers where its writes and events
 * start, and keeps the {@link AssetMap} of what its code moved out of each principal. Rolling back
 * undoes the writes made since and drops the events and the asset map; committing keeps them for
 * the enclosing context. Reads go to the live state directly, so they cost nothing extra.
 *
 * <p>A committed transaction's data writes (entries of the state's maps) are kept, with the block
 * they were made in, as long as at-block exists (until epoch 3.4): to read the state as of an
 * earlier block, the later writes are undone, and redone afterwards. Changes to the chain's
 * structure (a contract, its data-vars, maps and tokens coming into existence) are not versioned,
 * as the reference keeps contract metadata outside its versioned store.
 */
public final class UndoLog {

    /** A change of the state, undone on rollback. */
    private interface Change {
        void undo();
    }

    /** A change to the chain's structure (a definition): at-block does not look behind it. */
    private record Structural(Runnable action) implements Change {
        @Override
        public void undo() {
            action.run();
        }
    }

    /** A data write: entry {@code key} of map {@code target} went from {@code before} to {@code after} (null: absent). */
    private record DataWrite(Map<Object, Object> target, Object key, Object before, Object after) implements Change {
        @Override
        public void undo() {
            set(target, key, before);
        }

        void redo() {
            set(target, key, after);
        }
    }

    private final ArrayList<Change> pending = new ArrayList<>();
    private final ArrayList<Event> events = new ArrayList<>();
    /** Committed data writes in order, and the block each was made in (never decreasing). */
    private final ArrayList<DataWrite> history = new ArrayList<>();
    private long[] historyHeights = new long[64];
    private boolean keepsHistory = true;
    private LongSupplier blockHeight = () -> 0;
    private int[] undoMarks = new int[16];
    private int[] eventMarks = new int[16];
    private boolean[] readOnly = new boolean[16];
    /** Per context, created on its first outflow: most contexts move no assets. */
    private AssetMap[] assetMaps = new AssetMap[16];
    private int depth;
    private Consumer<Event> observer;

    /** Where committed writes are recorded: the block that {@code height} names when they commit. */
    public void recordBlocks(LongSupplier height) {
        blockHeight = height;
    }

    /** Opens a nested context; a read-only context refuses writes, and so do its children. */
    public void begin(boolean readOnlyContext) {
        if (depth == undoMarks.length) {
            undoMarks = Arrays.copyOf(undoMarks, depth * 2);
            eventMarks = Arrays.copyOf(eventMarks, depth * 2);
            readOnly = Arrays.copyOf(readOnly, depth * 2);
            assetMaps = Arrays.copyOf(assetMaps, depth * 2);
        }
        assetMaps[depth] = null;
        undoMarks[depth] = pending.size();
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
            if (keepsHistory) {
                record(blockHeight.getAsLong());
            }
            pending.clear();
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

    private void record(long height) {
        for (Change c : pending) {
            if (c instanceof DataWrite w) {
                remember(w, height);
            }
        }
    }

    private void remember(DataWrite w, long height) {
        if (history.size() == historyHeights.length) {
            historyHeights = Arrays.copyOf(historyHeights, Math.max(64, historyHeights.length * 2));
        }
        historyHeights[history.size()] = height;
        history.add(w);
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
        for (int i = pending.size() - 1; i >= mark; i--) {
            pending.get(i).undo();
        }
        truncate(pending, mark);
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

    /**
     * Records how to undo a change to the chain's structure about to happen (a definition);
     * refused in a read-only context. Data goes through {@link #write} instead.
     */
    public void recordWrite(Runnable undoAction) {
        refuseIfReadOnly();
        if (depth > 0) {
            pending.add(new Structural(undoAction));
        }
    }

    /**
     * Sets entry {@code key} of the data map {@code target} to {@code value} (null: removes it),
     * recording how to undo it; refused in a read-only context.
     */
    @SuppressWarnings("unchecked")
    public <K, V> void write(Map<K, V> target, K key, V value) {
        refuseIfReadOnly();
        V before = target.get(key);
        if (depth > 0) {
            pending.add(new DataWrite((Map<Object, Object>) target, key, before, value));
        }
        set(target, key, value);
    }

    private void refuseIfReadOnly() {
        if (isReadOnly()) {
            throw RuntimeErrorKind.WriteAttemptedInReadOnly.error();
        }
    }

    private static <K, V> void set(Map<K, V> target, K key, V value) {
        if (value == null) {
            target.remove(key);
        } else {
            target.put(key, value);
        }
    }

    /**
     * Runs {@code body} with the data as it was at the end of block {@code height}: without
     * the writes of the transaction in progress, nor those committed in later blocks. The body
     * must not write (the caller runs it in a read-only context).
     */
    public <T> T asOf(long height, Supplier<T> body) {
        int later = firstLaterThan(height);
        for (int i = pending.size() - 1; i >= 0; i--) {
            if (pending.get(i) instanceof DataWrite w) {
                w.undo();
            }
        }
        for (int i = history.size() - 1; i >= later; i--) {
            history.get(i).undo();
        }
        try {
            return body.get();
        } finally {
            for (int i = later; i < history.size(); i++) {
                history.get(i).redo();
            }
            for (Change c : pending) {
                if (c instanceof DataWrite w) {
                    w.redo();
                }
            }
        }
    }

    /** The index of the first committed write made after block {@code height}. */
    private int firstLaterThan(long height) {
        int lo = 0;
        int hi = history.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (historyHeights[mid] <= height) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Stops keeping history (at-block is gone for good from epoch 3.4) and frees what was kept. */
    public void forgetHistory() {
        keepsHistory = false;
        history.clear();
        historyHeights = new long[0];
    }

    /** Whether committed writes are still kept for at-block (until epoch 3.4). */
    public boolean keepsHistory() {
        return keepsHistory;
    }

    /** What {@link #forEachKept} shows of one committed write. */
    @FunctionalInterface
    interface KeptWriteVisitor {
        void visit(Map<Object, Object> target, Object key, Object before, Object after, long height);
    }

    /** Shows {@code visitor} every committed write kept for at-block, oldest first. Only between transactions. */
    void forEachKept(KeptWriteVisitor visitor) {
        if (depth != 0) {
            throw new IllegalStateException("history read inside a transaction");
        }
        for (int i = 0; i < history.size(); i++) {
            DataWrite w = history.get(i);
            visitor.visit(w.target(), w.key(), w.before(), w.after(), historyHeights[i]);
        }
    }

    /**
     * Appends a committed write to the history, as if it had been made in block {@code height}
     * (to restore a saved history: heights never decrease). Only between transactions.
     */
    void keep(Map<Object, Object> target, Object key, Object before, Object after, long height) {
        if (depth != 0) {
            throw new IllegalStateException("history restored inside a transaction");
        }
        if (!keepsHistory) {
            throw new IllegalStateException("history restored into a log that keeps none");
        }
        if (!history.isEmpty() && historyHeights[history.size() - 1] > height) {
            throw new IllegalArgumentException("a kept write at block " + height + " after one at block "
                    + historyHeights[history.size() - 1]);
        }
        remember(new DataWrite(target, key, before, after), height);
    }

    /**
     * Gives {@code copy} (the log of a copy of the state) this log's history, each write moved
     * to the copy of its map: {@code copies} maps every data map of the state to its copy.
     * Writes to a map that is not part of the state (the storage of a console snippet, which
     * is not kept) are left out: at-block can only read the state's maps. Only between
     * transactions.
     */
    void copyHistoryTo(UndoLog copy, Map<Object, Object> copies) {
        if (!keepsHistory) {
            copy.forgetHistory();
        }
        forEachKept((target, key, before, after, height) -> {
            @SuppressWarnings("unchecked")
            Map<Object, Object> copied = (Map<Object, Object>) copies.get(target);
            if (copied != null) {
                copy.keep(copied, key, before, after, height);
            }
        });
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

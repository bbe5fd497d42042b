package io.clarity.chain;

import io.clarity.error.RuntimeErrorKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Nested commit and rollback for all chain state, and the history that {@code at-block} reads.
 * Every write records how to undo itself; a nested context remembers where its writes and events
 * start. Rolling back undoes the writes made since and drops the events; committing keeps them
 * for the enclosing context. Reads go to the live state directly, so they cost nothing extra.
 *
 * <p>A committed transaction's data writes are kept, with the block they were made in, as long
 * as at-block exists (until epoch 3.4): to read the state as of an earlier block, the later
 * writes are undone, and redone afterwards. Changes to the chain's structure (a contract, its
 * data-vars, maps and tokens coming into existence) are not versioned, as the reference keeps
 * contract metadata outside its versioned store.
 */
public final class UndoLog {

    /** A change and how to take it back; {@code redo} is null for structural changes. */
    private record Change(Runnable undo, Runnable redo) {
    }

    private final ArrayList<Change> pending = new ArrayList<>();
    private final ArrayList<Event> events = new ArrayList<>();
    private final LongSupplier blockHeight;
    /** Committed data writes in order, and the block each was made in (never decreasing). */
    private final ArrayList<Change> history = new ArrayList<>();
    private long[] historyHeights = new long[64];
    private boolean keepsHistory = true;
    private int[] undoMarks = new int[16];
    private int[] eventMarks = new int[16];
    private boolean[] readOnly = new boolean[16];
    private int depth;

    /** A log whose committed writes are recorded at the block {@code blockHeight} names. */
    public UndoLog(LongSupplier blockHeight) {
        this.blockHeight = blockHeight;
    }

    /** Opens a nested context; a read-only context refuses writes, and so do its children. */
    public void begin(boolean readOnlyContext) {
        if (depth == undoMarks.length) {
            undoMarks = Arrays.copyOf(undoMarks, depth * 2);
            eventMarks = Arrays.copyOf(eventMarks, depth * 2);
            readOnly = Arrays.copyOf(readOnly, depth * 2);
        }
        undoMarks[depth] = pending.size();
        eventMarks[depth] = events.size();
        readOnly[depth] = readOnlyContext || (depth > 0 && readOnly[depth - 1]);
        depth++;
    }

    /** Keeps the innermost context's writes and events for the enclosing one. */
    public void commit() {
        if (depth == 0) {
            throw new IllegalStateException("commit without begin");
        }
        depth--;
        if (depth == 0) {
            if (keepsHistory) {
                record();
            }
            pending.clear();
        }
    }

    private void record() {
        long height = blockHeight.getAsLong();
        for (Change c : pending) {
            if (c.redo() != null) {
                if (history.size() == historyHeights.length) {
                    historyHeights = Arrays.copyOf(historyHeights, historyHeights.length * 2);
                }
                historyHeights[history.size()] = height;
                history.add(c);
            }
        }
    }

    /** Undoes the innermost context's writes and drops its events. */
    public void rollback() {
        if (depth == 0) {
            throw new IllegalStateException("rollback without begin");
        }
        depth--;
        int mark = undoMarks[depth];
        for (int i = pending.size() - 1; i >= mark; i--) {
            pending.get(i).undo().run();
        }
        truncate(pending, mark);
        truncate(events, eventMarks[depth]);
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
     * at-block does not look behind such changes. Refused in a read-only context.
     */
    public void recordWrite(Runnable undo) {
        record(undo, null);
    }

    /**
     * Records a data write about to happen: how to undo it, and how to make it again (for
     * at-block, which undoes later writes for a while). Refused in a read-only context.
     */
    public void write(Runnable undo, Runnable redo) {
        record(undo, redo);
    }

    private void record(Runnable undo, Runnable redo) {
        if (isReadOnly()) {
            throw RuntimeErrorKind.WriteAttemptedInReadOnly.error();
        }
        if (depth > 0) {
            pending.add(new Change(undo, redo));
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
            Change c = pending.get(i);
            if (c.redo() != null) {
                c.undo().run();
            }
        }
        for (int i = history.size() - 1; i >= later; i--) {
            history.get(i).undo().run();
        }
        try {
            return body.get();
        } finally {
            for (int i = later; i < history.size(); i++) {
                history.get(i).redo().run();
            }
            for (Change c : pending) {
                if (c.redo() != null) {
                    c.redo().run();
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

    public void emit(Event e) {
        events.add(e);
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

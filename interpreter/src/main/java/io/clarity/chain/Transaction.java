package io.clarity.chain;

import io.clarity.value.ResponseValue;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The transaction boundary: a nested context on the {@link UndoLog} that a body runs in, and
 * the one place that decides whether what it did is kept. Every deploy, contract call, snippet,
 * STX transfer, mint and the genesis runs through {@link #run}; a function called by
 * {@code contract-call?} (or by a transaction) and {@code at-block} open a nested one with
 * {@link #begin} and close it with {@link #end} or {@link #fail}, which allocate nothing, as they
 * sit on the evaluator's hot path.
 *
 * <p>Whatever {@link Kind} says, a body that throws is rolled back: its writes, its events and
 * its asset movements are gone, as in the reference.
 */
public final class Transaction {

    /** What decides whether a transaction's writes and events are kept. */
    public enum Kind {
        /** Refuses writes (and so do its children) and keeps nothing: a read-only function, at-block. */
        READ_ONLY,
        /** Kept unless its value is an {@code (err ..)}: a public call, and a private one made as a transaction. */
        RESPONSE,
        /** Kept whatever its value: a deploy, a snippet, a mint, the genesis. */
        UNCONDITIONAL
    }

    /** What a transaction run by {@link #run} leaves: its body's value and the events it kept, in order. */
    public record Receipt<T>(T value, List<Event> events) {

        public Receipt {
            events = List.copyOf(events);
        }
    }

    private Transaction() {
    }

    /**
     * Runs {@code body} as a transaction of {@code kind} on {@code log}: returns its value and the
     * events it kept (none when rolled back). {@code observer}, when not null, is told of every
     * event as it is emitted, even one a rollback drops (a call trace shows what happened). The
     * events are forgotten once the outermost transaction ends, kept or not.
     */
    public static <T> Receipt<T> run(UndoLog log, Kind kind, Consumer<Event> observer, Supplier<T> body) {
        int mark = log.eventCount();
        if (observer != null) {
            log.observe(observer);
        }
        begin(log, kind);
        try {
            T value;
            try {
                value = body.get();
            } catch (RuntimeException | Error e) {
                fail(log);
                throw e;
            }
            List<Event> events = commits(kind, value) ? log.eventsSinceMark(mark) : List.of();
            end(log, kind, value);
            return new Receipt<>(value, events);
        } finally {
            if (log.depth() == 0) {
                log.clearEvents();
            }
            if (observer != null) {
                log.observe(null);
            }
        }
    }

    /** Opens a nested transaction of {@code kind}; close it with {@link #end} or {@link #fail}. */
    public static void begin(UndoLog log, Kind kind) {
        log.begin(kind == Kind.READ_ONLY);
    }

    /**
     * Closes the innermost transaction, of {@code kind}, whose body returned {@code value}: keeps
     * or rolls back what it did, as {@link #commits} decides. Returns {@code value}. Keeping it
     * fails with an {@code ArithmeticOverflow}, and rolls it back, when it would overflow the
     * enclosing transaction's outflows ({@link UndoLog#commit}).
     */
    public static <T> T end(UndoLog log, Kind kind, T value) {
        if (commits(kind, value)) {
            log.commit();
        } else {
            log.rollback();
        }
        return value;
    }

    /** Closes the innermost transaction, whose body threw: rolls back what it did. */
    public static void fail(UndoLog log) {
        log.rollback();
    }

    /** Whether a transaction of {@code kind} whose body returned {@code value} is kept. */
    public static boolean commits(Kind kind, Object value) {
        return switch (kind) {
            case READ_ONLY -> false;
            case RESPONSE -> !(value instanceof ResponseValue r) || r.isOk();
            case UNCONDITIONAL -> true;
        };
    }
}

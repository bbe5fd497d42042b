package io.clarity.trace;

import io.clarity.chain.Event;

/** One line of a trace: a nested call, or an event emitted by the enclosing call. */
public sealed interface TraceEntry permits Frame, TraceEntry.Emitted {

    /** An event, as it was emitted (it may have been rolled back later with its call). */
    record Emitted(Event event) implements TraceEntry {
    }
}

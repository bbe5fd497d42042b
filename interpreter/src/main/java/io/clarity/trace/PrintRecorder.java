package io.clarity.trace;

import io.clarity.ast.ListExpr;
import io.clarity.chain.Event;
import io.clarity.eval.CallContext;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hears every {@code print} as it happens, with its place: also the prints of read-only calls
 * and of calls that fail or roll back, which no transaction keeps. Either keeps them until
 * {@link #take()} (the REPL's way; not thread-safe) or hands each to a consumer as it happens
 * (the way prints reach a test's output; as thread-safe as the consumer).
 */
public final class PrintRecorder implements ExecutionListener {

    /**
     * One print.
     *
     * @param contract the name of the contract whose code printed
     * @param line the line of the {@code print} expression (0 when it has no source, as a print
     *             applied by {@code map})
     * @param value what was printed
     * @param event the event emitted (the very instance a transaction keeps, if one keeps it)
     */
    public record Printed(String contract, int line, Value value, Event.Print event) {

        /** {@code contract:line}. */
        public String place() {
            return contract + ":" + line;
        }

        /** The value, then its place: {@code { id: u1 } (escrow:18)}, as Vitest shows a print in a test's output. */
        public String valueThenPlace() {
            return value + " (" + place() + ")";
        }

        @Override
        public String toString() {
            return place() + "  " + value;
        }
    }

    private final List<Printed> prints = new ArrayList<>();
    private final Consumer<Printed> sink;

    /** A recorder that keeps the prints it hears until {@link #take()}. */
    public PrintRecorder() {
        this.sink = prints::add;
    }

    /** A recorder that hands each print to {@code sink} as it happens, and keeps none. */
    public PrintRecorder(Consumer<Printed> sink) {
        this.sink = sink;
    }

    @Override
    public void event(Event e, CallContext ctx) {
        if (e instanceof Event.Print p) {
            ListExpr at = ctx.exec().expression();
            sink.accept(new Printed(ctx.contract().name(), at == null ? 0 : at.span().startLine(), p.value(), p));
        }
    }

    /** The prints kept since the last call, oldest first (none for a recorder with a consumer); forgets them. */
    public List<Printed> take() {
        List<Printed> heard = List.copyOf(prints);
        prints.clear();
        return heard;
    }
}

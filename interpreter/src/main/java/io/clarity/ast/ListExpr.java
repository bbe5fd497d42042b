package io.clarity.ast;

import io.clarity.error.Span;
import java.util.List;
import java.util.Objects;

/**
 * {@code (f a b ...)}: a function application, a special form, or a syntactic list.
 *
 * <p>A class rather than a record so that it can keep the items after the head as a list of their
 * own: the evaluator hands them to every application, and a sublist made per application was the
 * largest single allocation of a contract call.
 */
public final class ListExpr implements Expr {

    private final List<Expr> items;
    private final Span span;
    private final List<Expr> args;
    /**
     * What the evaluator resolved the head to, kept for the next evaluation (an immutable object,
     * so that a thread that reads it unsynchronized sees it whole); not part of the expression's
     * identity.
     */
    private Object resolution;

    public ListExpr(List<Expr> items, Span span) {
        this.items = List.copyOf(items);
        this.span = span;
        this.args = this.items.isEmpty() ? this.items : List.copyOf(this.items.subList(1, this.items.size()));
    }

    /** The items, the head first. */
    public List<Expr> items() {
        return items;
    }

    @Override
    public Span span() {
        return span;
    }

    public int size() {
        return items.size();
    }

    public Expr get(int i) {
        return items.get(i);
    }

    /** The name in head position, or null when the head is not a name (or the list is empty). */
    public String headName() {
        return !items.isEmpty() && items.get(0) instanceof AtomExpr a ? a.name() : null;
    }

    /** The items after the head. */
    public List<Expr> args() {
        return args;
    }

    /** What {@link #resolution(Object)} kept, or null. */
    public Object resolution() {
        return resolution;
    }

    /** Keeps what the evaluator resolved the head to (an immutable object). */
    public void resolution(Object r) {
        resolution = r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListExpr l && items.equals(l.items) && Objects.equals(span, l.span);
    }

    @Override
    public int hashCode() {
        return 31 * items.hashCode() + Objects.hashCode(span);
    }

    @Override
    public String toString() {
        return "ListExpr[items=" + items + ", span=" + span + "]";
    }
}

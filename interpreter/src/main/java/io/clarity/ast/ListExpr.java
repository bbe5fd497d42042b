package io.clarity.ast;

import io.clarity.error.Span;
import java.util.List;

/** {@code (f a b ...)}: a function application, a special form, or a syntactic list. */
public record ListExpr(List<Expr> items, Span span) implements Expr {

    public ListExpr {
        items = List.copyOf(items);
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
        return items.isEmpty() ? items : items.subList(1, items.size());
    }
}

package io.clarity.eval;

import io.clarity.error.RuntimeErrorKind;
import io.clarity.value.Value;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Local bindings: an immutable chain, innermost first. Lookups walk it; bindings are few and
 * shallow, so this beats any map.
 */
public final class Locals {

    /** The reference's limit on nested binding contexts. */
    public static final int MAX_CONTEXT_DEPTH = 256;

    private final String name;
    private final Value value;
    private final Locals parent;
    private final int depth;

    private Locals(String name, Value value, Locals parent, int depth) {
        this.name = name;
        this.value = value;
        this.parent = parent;
        this.depth = depth;
    }

    /** No bindings. */
    public static final Locals EMPTY = new Locals(null, null, null, 0);

    /** These bindings plus {@code name = value}. */
    public Locals bind(String name, Value value) {
        return new Locals(name, value, this, depth);
    }

    /** Marks the start of a nested context (let, match), for the depth limit. */
    public Locals nest() {
        if (depth >= MAX_CONTEXT_DEPTH) {
            throw RuntimeErrorKind.MaxContextDepthReached.error();
        }
        return new Locals(null, null, this, depth + 1);
    }

    public int depth() {
        return depth;
    }

    /** The value bound to {@code name}, or null. */
    public Value lookup(String name) {
        for (Locals l = this; l != null; l = l.parent) {
            if (name.equals(l.name)) {
                return l.value;
            }
        }
        return null;
    }

    /**
     * Every binding in scope, outermost first (what a debugger shows; Clarity forbids shadowing,
     * so each name appears once). Walks the chain: not for the evaluation's hot path.
     */
    public Map<String, Value> bindings() {
        Deque<Locals> order = new ArrayDeque<>();
        for (Locals l = this; l != null; l = l.parent) {
            if (l.name != null) {
                order.push(l);
            }
        }
        Map<String, Value> out = new LinkedHashMap<>();
        order.forEach(l -> out.putIfAbsent(l.name, l.value));
        return Collections.unmodifiableMap(out);
    }
}

package io.clarity.lint;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.definitions.Definition;
import io.clarity.error.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clarinet's {@code unused_binding}: function parameters and let bindings that nothing in their
 * scope refers to. A name that starts or ends with {@code _} is unused on purpose;
 * {@code #[allow(unused_binding)]} goes on the line above the parameter or the binding's value.
 */
final class UnusedBindings {

    private static final String NAME = Lint.UNUSED_BINDING.clarinetName();

    /** One binding in scope: where its name is written, and whether it was referred to. */
    private static final class Binding {
        final String kind;
        final String name;
        final Span span;
        final boolean reported;
        boolean used;

        Binding(String kind, String name, Span span, boolean reported) {
            this.kind = kind;
            this.name = name;
            this.span = span;
            this.reported = reported;
        }
    }

    private final Annotations annotations;
    private final Level level;
    private final Deque<Map<String, Binding>> scopes = new ArrayDeque<>();
    private final List<Finding> out = new ArrayList<>();

    private UnusedBindings(Annotations annotations, Level level) {
        this.annotations = annotations;
        this.level = level;
    }

    static List<Finding> find(List<Definition> definitions, Annotations annotations, Level level) {
        UnusedBindings u = new UnusedBindings(annotations, level);
        for (Definition d : definitions) {
            if (d instanceof Definition.Function f) {
                Map<String, Binding> params = new HashMap<>();
                for (Expr p : f.parameters()) {
                    if (p instanceof ListExpr pair && pair.size() == 2 && pair.get(0) instanceof AtomExpr a) {
                        boolean allowed = annotations.allows(a.span(), NAME);
                        params.put(a.name(), new Binding("function parameter", a.name(), a.span(), !allowed));
                    }
                }
                u.scopes.push(params);
                u.walk(f.body());
                u.close();
            } else if (d instanceof Definition.TopLevel t) {
                u.walk(t.source());
            }
        }
        return u.out;
    }

    private void walk(Expr e) {
        if (e instanceof AtomExpr a) {
            for (Map<String, Binding> scope : scopes) {
                Binding b = scope.get(a.name());
                if (b != null) {
                    b.used = true;
                    return;
                }
            }
        } else if (e instanceof ListExpr l) {
            String head = l.headName();
            if ("let".equals(head) && l.size() >= 2) {
                let(l);
            } else if ("match".equals(head) && (l.size() == 5 || l.size() == 6)) {
                match(l);
            } else {
                Forms.evaluated(l).forEach(this::walk);
            }
        }
    }

    /** Each binding's value sees the bindings before it; the body sees them all. */
    private void let(ListExpr l) {
        scopes.push(new HashMap<>());
        if (l.get(1) instanceof ListExpr bindings) {
            for (Expr pair : bindings.items()) {
                if (pair instanceof ListExpr p && p.size() == 2 && p.get(0) instanceof AtomExpr a) {
                    walk(p.get(1));
                    boolean allowed = annotations.allows(p.get(1).span(), NAME);
                    scopes.peek().put(a.name(), new Binding("`let` binding", a.name(), a.span(), !allowed));
                }
            }
        }
        for (int i = 2; i < l.size(); i++) {
            walk(l.get(i));
        }
        close();
    }

    /** Clarinet does not lint match's names; they still hide outer bindings of the same name. */
    private void match(ListExpr l) {
        walk(l.get(1));
        int[] branches = l.size() == 6 ? new int[] {2, 4} : new int[] {2};
        for (int at : branches) {
            scopes.push(new HashMap<>());
            String name = Forms.nameAt(l, at);
            if (name != null) {
                scopes.peek().put(name, new Binding("match binding", name, l.get(at).span(), false));
            }
            walk(l.get(at + 1));
            scopes.pop();
        }
        if (l.size() == 5) {
            walk(l.get(4));
        }
    }

    private void close() {
        for (Binding b : scopes.pop().values()) {
            if (!b.used && b.reported && !UnusedDefinitions.explicitlyUnused(b.name)) {
                out.add(new Finding(NAME, level, b.kind + " `" + b.name + "` is never used", b.span,
                        "Remove this expression or suffix binding with '_' if this is intentional"));
            }
        }
    }
}

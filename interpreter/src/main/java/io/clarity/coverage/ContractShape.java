package io.clarity.coverage;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.definitions.Definition;
import io.clarity.error.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What of a contract's code can be covered, read from its definitions once: the lines where an
 * application begins (those that run when the contract is deployed or a function is called), the
 * functions with the line of their {@code define-}, and the branching forms in source order (their
 * index is their LCOV block number).
 *
 * <p>Not every list is an application: {@code let}'s bindings, {@code tuple}'s pairs, the type
 * of {@code from-consensus-buff?} and the types of {@code define-map}, {@code define-data-var}
 * and the token definitions are not evaluated, so their lines are not counted.
 */
final class ContractShape {

    /** A branching form: where it is, its name and how many arms it has (see ExecutionListener.branch). */
    record Branch(Span span, String form, int arms) {
    }

    /** A user function and the line of its definition. */
    record Function(String name, int line) {
    }

    private final int lineCount;
    private final Set<Integer> lines = new TreeSet<>();
    private final List<Function> functions = new ArrayList<>();
    private final List<Branch> branches = new ArrayList<>();
    private final Map<Span, Integer> blocks = new HashMap<>();

    ContractShape(String source, List<Definition> definitions) {
        this.lineCount = (int) source.lines().count();
        for (Definition d : definitions) {
            // the other definitions hold types, names and literals only, which are not evaluated
            if (d instanceof Definition.Function f) {
                functions.add(new Function(f.name(), f.source().span().startLine()));
                walk(f.body());
            } else if (d instanceof Definition.Constant c) {
                walk(c.value());
            } else if (d instanceof Definition.DataVar v) {
                walk(v.initial());
            } else if (d instanceof Definition.TopLevel t) {
                walk(t.source());
            }
        }
        branches.sort(Comparator.comparingInt((Branch b) -> b.span().startLine())
                .thenComparingInt(b -> b.span().startColumn()));
        for (int i = 0; i < branches.size(); i++) {
            blocks.put(branches.get(i).span(), i);
        }
    }

    private void walk(Expr e) {
        if (!(e instanceof ListExpr list) || list.span().isNone()) {
            return;
        }
        String head = list.headName();
        if (head == null) {
            return;
        }
        lines.add(list.span().startLine());
        List<Expr> args = list.args();
        int arms = switch (head) {
            case "if", "match", "asserts!", "unwrap!", "unwrap-err!", "try!", "default-to" -> 2;
            case "and", "or" -> args.size() + 1;
            default -> 0;
        };
        if (arms > 0) {
            branches.add(new Branch(list.span(), head, arms));
        }
        switch (head) {
            case "let" -> {
                if (!args.isEmpty() && args.get(0) instanceof ListExpr bindings) {
                    bindings.items().forEach(this::walkPairValue);
                }
                args.stream().skip(1).forEach(this::walk);
            }
            case "tuple" -> args.forEach(this::walkPairValue);
            case "from-consensus-buff?" -> args.stream().skip(1).forEach(this::walk);
            default -> args.forEach(this::walk);
        }
    }

    /** The value of a {@code (name value)} pair. */
    private void walkPairValue(Expr pair) {
        if (pair instanceof ListExpr p && p.size() == 2) {
            walk(p.get(1));
        }
    }

    /** The number of lines of the source. */
    int lineCount() {
        return lineCount;
    }

    /** The lines where an application begins, ascending. */
    Set<Integer> lines() {
        return lines;
    }

    List<Function> functions() {
        return functions;
    }

    /** The branching forms in source order: a form's index is its block number. */
    List<Branch> branches() {
        return branches;
    }

    /** The block number of the branching form at {@code span}, or -1 when there is none. */
    int block(Span span) {
        return blocks.getOrDefault(span, -1);
    }
}

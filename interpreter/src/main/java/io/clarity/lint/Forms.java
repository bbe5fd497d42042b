package io.clarity.lint;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a form evaluates its arguments: the sub-expressions that are code, as opposed to the
 * names, types, tuple keys and binding names written beside them. A reference to a name counts
 * only in such a place, so that {@code {job-id: job-id}} uses the parameter once, not twice.
 */
final class Forms {

    private Forms() {
    }

    /** The evaluated sub-expressions of {@code l}, in source order. */
    static List<Expr> evaluated(ListExpr l) {
        String head = l.headName();
        List<Expr> args = l.args();
        if (head == null) {
            return l.items();
        }
        return switch (head) {
            case "let" -> {
                List<Expr> out = new ArrayList<>(bindingValues(args.isEmpty() ? null : args.get(0)));
                out.addAll(from(args, 1));
                yield out;
            }
            case "tuple" -> {
                List<Expr> out = new ArrayList<>();
                for (Expr pair : args) {
                    if (pair instanceof ListExpr p && p.size() == 2) {
                        out.add(p.get(1));
                    }
                }
                yield out;
            }
            case "match" -> args.size() == 5
                    ? List.of(args.get(0), args.get(2), args.get(4))
                    : args.size() == 4 ? List.of(args.get(0), args.get(2), args.get(3)) : args;
            case "get", "var-set", "map-get?", "map-set", "map-insert", "map-delete", "ft-mint?", "ft-transfer?",
                 "ft-burn?", "ft-get-balance", "nft-mint?", "nft-transfer?", "nft-burn?", "nft-get-owner?", "map",
                 "filter", "fold", "from-consensus-buff?", "get-block-info?", "get-burn-block-info?",
                 "get-stacks-block-info?", "get-tenure-info?" -> from(args, 1);
            case "contract-call?" -> {
                List<Expr> out = new ArrayList<>(args.isEmpty() ? List.of() : List.of(args.get(0)));
                out.addAll(from(args, 2));
                yield out;
            }
            case "var-get", "ft-get-supply" -> List.of();
            default -> args;
        };
    }

    /** The value of each {@code (name value)} pair of a let's binding list. */
    static List<Expr> bindingValues(Expr bindings) {
        List<Expr> out = new ArrayList<>();
        if (bindings instanceof ListExpr list) {
            for (Expr pair : list.items()) {
                if (pair instanceof ListExpr p && p.size() == 2) {
                    out.add(p.get(1));
                }
            }
        }
        return out;
    }

    /** The name at position {@code i} of {@code l}, or null. */
    static String nameAt(ListExpr l, int i) {
        return i < l.size() && l.get(i) instanceof AtomExpr a ? a.name() : null;
    }

    /** Whether {@code e} is the name {@code name}. */
    static boolean isName(Expr e, String name) {
        return e instanceof AtomExpr a && a.name().equals(name);
    }

    private static List<Expr> from(List<Expr> args, int i) {
        return i >= args.size() ? List.of() : args.subList(i, args.size());
    }
}

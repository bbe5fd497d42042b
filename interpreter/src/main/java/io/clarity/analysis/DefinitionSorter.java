package io.clarity.analysis;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.TraitReferenceExpr;
import io.clarity.error.ParseErrorKind;
import io.clarity.version.ClarityVersion;
import io.clarity.vocabulary.DefineKind;
import io.clarity.vocabulary.NativeFunction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Orders the top-level forms of a contract so that every definition comes after what it uses,
 * and rejects any cycle (Clarity has no recursion). The dependency rules and the order produced
 * (a post-order depth-first walk in source order) are the reference's, because that order is the
 * order in which a deploy evaluates its top-level expressions.
 */
public final class DefinitionSorter {

    private final List<Expr> forms;
    private final ClarityVersion version;
    private final Map<String, Definer> definers = new HashMap<>();
    private final List<List<Integer>> edges = new ArrayList<>();

    private record Definer(int index, AtomExpr atom) {
    }

    private DefinitionSorter(List<Expr> forms, ClarityVersion version) {
        this.forms = forms;
        this.version = version;
    }

    /** The evaluation order of {@code forms}, as indexes; throws CircularReference on a cycle. */
    public static Result sort(List<Expr> forms, ClarityVersion version) {
        return new DefinitionSorter(forms, version).run();
    }

    /** The order, and the number of dependency edges (which the reference charges for). */
    public record Result(List<Integer> order, int edgeCount) {
    }

    private Result run() {
        for (int i = 0; i < forms.size(); i++) {
            edges.add(new ArrayList<>());
            AtomExpr defined = definedName(forms.get(i));
            if (defined != null) {
                definers.put(defined.name(), new Definer(i, defined));
            }
        }
        for (int i = 0; i < forms.size(); i++) {
            probe(forms.get(i), i);
        }
        int edgeCount = edges.stream().mapToInt(List::size).sum();
        List<Integer> sorted = postOrder();
        List<Integer> cycle = cyclingNodes(sorted);
        if (cycle != null) {
            TreeSet<String> names = new TreeSet<>();
            for (int i : cycle) {
                AtomExpr a = definedName(forms.get(i));
                if (a != null) {
                    names.add(a.name());
                }
            }
            Expr first = forms.get(cycle.get(0));
            throw ParseErrorKind.CircularReference.error(String.join(", ", names)).at(first.span());
        }
        return new Result(sorted, edgeCount);
    }

    /** The name atom a define form defines, or null. */
    private static AtomExpr definedName(Expr e) {
        if (!(e instanceof ListExpr list) || list.headName() == null || DefineKind.lookup(list.headName()) == null
                || list.size() < 2) {
            return null;
        }
        Expr first = list.get(1);
        if (first instanceof ListExpr sig) {
            return sig.size() > 0 && sig.get(0) instanceof AtomExpr a ? a : null;
        }
        return first instanceof AtomExpr a ? a : null;
    }

    private void dependOn(String name, Expr user, int from) {
        Definer d = definers.get(name);
        if (d != null && d.atom() != user) {
            edges.get(from).add(d.index());
        }
    }

    private void probe(Expr e, int from) {
        if (e instanceof AtomExpr a) {
            dependOn(a.name(), a, from);
            return;
        }
        if (e instanceof TraitReferenceExpr t) {
            dependOn(t.name(), t, from);
            return;
        }
        if (!(e instanceof ListExpr list)) {
            return;
        }
        List<Expr> items = list.items();
        String head = list.headName();
        List<Expr> args = list.args();
        if (head != null) {
            DefineKind define = DefineKind.lookup(head);
            if (define != null) {
                probeDefine(define, args, from);
                return;
            }
            NativeFunction f = NativeFunction.lookup(head, version);
            if (f == NativeFunction.CONTRACT_CALL) {
                for (int i = 2; i < args.size(); i++) {
                    probe(args.get(i), from);
                }
                return;
            }
            if (f == NativeFunction.LET) {
                if (args.size() > 1) {
                    if (args.get(0) instanceof ListExpr bindings) {
                        probePairValues(bindings.items(), from);
                    }
                    for (int i = 1; i < args.size(); i++) {
                        probe(args.get(i), from);
                    }
                }
                return;
            }
            if (f == NativeFunction.GET) {
                if (args.size() == 2) {
                    probe(args.get(1), from);
                }
                return;
            }
            if (f == NativeFunction.TUPLE) {
                probePairValues(args, from);
                return;
            }
        }
        for (Expr item : items) {
            probe(item, from);
        }
    }

    private void probeDefine(DefineKind define, List<Expr> args, int from) {
        switch (define) {
            case DEFINE_DATA_VAR, DEFINE_CONSTANT -> {
                for (int i = 1; i < args.size(); i++) {
                    probe(args.get(i), from);
                }
            }
            case DEFINE_PUBLIC, DEFINE_PRIVATE, DEFINE_READ_ONLY -> {
                if (args.size() == 2) {
                    if (args.get(0) instanceof ListExpr sig && sig.size() > 0) {
                        probePairValues(sig.args(), from);
                    }
                    probe(args.get(1), from);
                }
            }
            case DEFINE_MAP -> {
                if (args.size() == 3) {
                    probe(args.get(1), from);
                    probe(args.get(2), from);
                }
            }
            case DEFINE_TRAIT -> {
                if (args.size() == 2 && args.get(1) instanceof ListExpr methods) {
                    for (Expr m : methods.items()) {
                        if (m instanceof ListExpr sig && sig.size() == 3) {
                            probe(sig.get(1), from);
                            probe(sig.get(2), from);
                        }
                    }
                }
            }
            case DEFINE_FUNGIBLE_TOKEN -> {
                if (args.size() == 2) {
                    probe(args.get(1), from);
                }
            }
            case IMPL_TRAIT, USE_TRAIT, DEFINE_NON_FUNGIBLE_TOKEN -> {
            }
        }
    }

    /** In {@code ((a x) (b y))}, only the values x and y can depend on definitions. */
    private void probePairValues(List<Expr> pairs, int from) {
        for (Expr p : pairs) {
            if (p instanceof ListExpr pair && pair.size() == 2) {
                probe(pair.get(1), from);
            }
        }
    }

    private List<Integer> postOrder() {
        List<Integer> out = new ArrayList<>(forms.size());
        BitSet seen = new BitSet();
        Deque<int[]> stack = new ArrayDeque<>();
        for (int start = 0; start < forms.size(); start++) {
            if (seen.get(start)) {
                continue;
            }
            stack.push(new int[] {start, 0});
            while (!stack.isEmpty()) {
                int[] top = stack.pop();
                int node = top[0];
                if (top[1] == 1) {
                    out.add(node);
                    continue;
                }
                if (seen.get(node)) {
                    continue;
                }
                seen.set(node);
                stack.push(new int[] {node, 1});
                List<Integer> deps = edges.get(node);
                for (int k = deps.size() - 1; k >= 0; k--) {
                    if (!seen.get(deps.get(k))) {
                        stack.push(new int[] {deps.get(k), 0});
                    }
                }
            }
        }
        return out;
    }

    /** The reference's cycle test: nodes that cannot be "tainted" bottom-up lie on or above a cycle. */
    private List<Integer> cyclingNodes(List<Integer> sorted) {
        BitSet tainted = new BitSet();
        for (int node : sorted) {
            List<Integer> deps = edges.get(node);
            int count = 0;
            for (int d : deps) {
                if (edges.get(d).isEmpty() || tainted.get(d)) {
                    tainted.set(d);
                    count++;
                }
            }
            if (count == deps.size()) {
                tainted.set(node);
            }
        }
        if (tainted.cardinality() == sorted.size()) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (int node : sorted) {
            if (!tainted.get(node)) {
                out.add(node);
            }
        }
        out.sort(Integer::compareTo);
        return out;
    }
}

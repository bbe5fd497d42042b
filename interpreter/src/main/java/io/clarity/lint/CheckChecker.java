package io.clarity.lint;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.definitions.Definition;
import io.clarity.error.Span;
import io.clarity.vocabulary.DefineKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clarinet's {@code check_checker} pass: the parameters of a public function are untrusted input
 * (except bools), and whatever is computed from them is too, until a check looks at them: the
 * condition of {@code asserts!} (which also withdraws the warnings it covers earlier in the
 * function, since a failed assertion rolls them back), of {@code if}, an operand of {@code and}
 * or {@code or}, or a {@code ;; #[filter(name, ...)]} / {@code #[filter(*)]} annotation. Untrusted
 * input that reaches a transfer, burn or mint of STX or tokens (unless it moves the sender's own
 * assets: sender {@code tx-sender} outside {@code as-contract}), a {@code var-set}, a map write or
 * delete, the contract of a dynamic {@code contract-call?}, or an argument of a private function,
 * is reported as {@code unchecked_data}, with a note at each parameter it comes from.
 * {@code #[allow(unchecked_data)]} silences an expression; {@code #[allow(unchecked_params)]} on
 * a private function lets callers pass unchecked input and checks its body instead. The
 * options of {@link CheckCheckerSettings} are Clarinet's.
 * <p>
 * Three differences from Clarinet 3.21, where it loses track of the input: a tuple built from
 * untrusted input is untrusted (Clarinet trusts every tuple literal), {@code begin} gives the
 * trust of its last expression (Clarinet always trusts it), and the names {@code match} binds
 * carry the trust of the value matched (Clarinet trusts them).
 */
final class CheckChecker {

    /** The warning's name, for {@code #[allow(...)]}. */
    static final String UNCHECKED_DATA = "unchecked_data";
    /** On a private function: its callers may pass unchecked input. */
    static final String UNCHECKED_PARAMS = "unchecked_params";

    private static final Comparator<Span> BY_POSITION =
            Comparator.comparingInt(Span::startLine).thenComparingInt(Span::startColumn);

    /** What a private function asks of its callers, parameter by parameter. */
    private record Callee(List<Boolean> unchecked, List<Boolean> filtered) {
    }

    private final CheckCheckerSettings settings;
    private final Annotations annotations;
    private final Map<String, Definition.Function> privates = new HashMap<>();
    private final Map<String, Callee> callees = new HashMap<>();
    private final Set<String> computing = new HashSet<>();
    private final List<Finding> out = new ArrayList<>();

    private CheckChecker(CheckCheckerSettings settings, Annotations annotations) {
        this.settings = settings;
        this.annotations = annotations;
    }

    static List<Finding> find(List<Definition> definitions, Annotations annotations, CheckCheckerSettings settings) {
        CheckChecker c = new CheckChecker(settings, annotations);
        for (Definition d : definitions) {
            if (d instanceof Definition.Function f && f.kind() == DefineKind.DEFINE_PRIVATE) {
                c.privates.put(f.name(), f);
            }
        }
        for (Definition d : definitions) {
            if (!(d instanceof Definition.Function f) || annotations.allows(f.span(), UNCHECKED_DATA)) {
                continue;
            }
            if (f.kind() == DefineKind.DEFINE_PRIVATE) {
                c.callee(f.name());
            } else if (f.kind() == DefineKind.DEFINE_PUBLIC) {
                Scan s = c.new Scan(f, true);
                s.walk(f.body());
                c.out.addAll(s.findings());
            }
        }
        return c.out;
    }

    /** The private function's demands, working them out (and its own findings) the first time. */
    private Callee callee(String name) {
        Callee known = callees.get(name);
        Definition.Function f = privates.get(name);
        if (known != null || f == null || annotations.allows(f.span(), UNCHECKED_DATA) || !computing.add(name)) {
            return known;
        }
        boolean allow = annotations.allows(f.span(), UNCHECKED_PARAMS);
        boolean tainted = allow || settings.calleeFilter();
        Scan s = new Scan(f, tainted);
        s.walk(f.body());
        s.check(f.body());
        out.addAll(s.findings());
        List<Boolean> unchecked = new ArrayList<>();
        List<Boolean> filtered = new ArrayList<>();
        for (Span p : s.params) {
            unchecked.add(allow);
            filtered.add(tainted && (p == null || s.filtered.contains(p)));
        }
        Callee c = new Callee(unchecked, filtered);
        callees.put(name, c);
        computing.remove(name);
        return c;
    }

    /** One function's walk: which expressions carry untrusted input, from which parameters. */
    private final class Scan {
        /** Each parameter's source (where its name is written), null for one that is trusted. */
        final List<Span> params = new ArrayList<>();
        final Map<String, Span> paramNames = new HashMap<>();
        final Set<Span> all = new LinkedHashSet<>();
        final Map<String, Set<Span>> symbols = new HashMap<>();
        final Set<Span> filtered = new HashSet<>();
        final Map<Span, Set<Span>> pending = new LinkedHashMap<>();
        final Map<Expr, Set<Span>> taints = new IdentityHashMap<>();
        final Set<Expr> trustedChecks = Collections.newSetFromMap(new IdentityHashMap<>());
        int asContract;

        Scan(Definition.Function f, boolean untrusted) {
            for (Expr p : f.parameters()) {
                Span source = null;
                if (p instanceof ListExpr pair && pair.size() == 2 && pair.get(0) instanceof AtomExpr a) {
                    if (untrusted && !Forms.isName(pair.get(1), "bool")) {
                        source = a.span();
                        all.add(source);
                        paramNames.put(a.name(), source);
                        symbols.put(a.name(), Set.of(source));
                    }
                }
                params.add(source);
            }
        }

        Set<Span> walk(Expr e) {
            if (annotations.allows(e.span(), UNCHECKED_DATA)) {
                taints.put(e, Set.of());
                return Set.of();
            }
            Set<Span> t;
            if (e instanceof AtomExpr a) {
                t = symbols.getOrDefault(a.name(), Set.of());
            } else if (e instanceof ListExpr l) {
                t = list(l);
            } else {
                t = Set.of();
            }
            taints.put(e, t);
            filterAnnotated(e);
            return t;
        }

        private Set<Span> list(ListExpr l) {
            String head = l.headName();
            List<Expr> args = l.args();
            if (head == null) {
                return union(l.items());
            }
            switch (head) {
                case "let" -> {
                    return let(l);
                }
                case "match" -> {
                    return match(l);
                }
                case "begin" -> {
                    Set<Span> last = Set.of();
                    for (Expr x : args) {
                        last = walk(x);
                    }
                    return current(last);
                }
                case "if" -> {
                    if (args.size() == 3) {
                        filter(current(walk(args.get(0))), false);
                        walk(args.get(1));
                        walk(args.get(2));
                        return currentUnion(args.subList(1, 3));
                    }
                }
                case "and", "or" -> {
                    for (Expr x : args) {
                        filter(current(walk(x)), false);
                    }
                    return Set.of();
                }
                case "asserts!" -> {
                    if (args.size() == 2) {
                        Expr cond = args.get(0);
                        Set<Span> c = walk(cond);
                        Set<Span> thrown = walk(args.get(1));
                        filter(trustedChecks.contains(cond) ? c : current(c), true);
                        return current(thrown);
                    }
                }
                case "as-contract", "as-contract?" -> {
                    asContract++;
                    Set<Span> t = union(Forms.evaluated(l));
                    asContract--;
                    return t;
                }
                case "is-eq" -> {
                    Set<Span> t = union(args);
                    if (args.size() == 2 && (trusts(args, "tx-sender", settings.trustedSender())
                            || trusts(args, "contract-caller", settings.trustedCaller()))) {
                        filter(all, false);
                        trustedChecks.add(l);
                        return new HashSet<>(all);
                    }
                    return t;
                }
                default -> {
                }
            }
            Set<Span> t = union(Forms.evaluated(l));
            sinks(head, args);
            return t;
        }

        /** {@code (is-eq tx-sender X)} with X trusted, when that makes every input trusted. */
        private boolean trusts(List<Expr> args, String who, boolean option) {
            return option && (Forms.isName(args.get(0), who) && current(taints.get(args.get(1))).isEmpty()
                    || Forms.isName(args.get(1), who) && current(taints.get(args.get(0))).isEmpty());
        }

        /** Where untrusted input must not arrive unchecked. */
        private void sinks(String head, List<Expr> args) {
            switch (head) {
                case "stx-transfer?", "stx-transfer-memo?" -> assets(args, 1, 0, 1, 2);
                case "stx-burn?" -> assets(args, 1, 0, 1);
                case "ft-transfer?", "nft-transfer?" -> assets(args, 2, 1, 2, 3);
                case "ft-burn?", "nft-burn?" -> assets(args, 2, 1, 2);
                case "ft-mint?", "nft-mint?" -> assets(args, -1, 1, 2);
                case "var-set" -> check(at(args, 1));
                case "map-set", "map-insert" -> {
                    fields(at(args, 1));
                    fields(at(args, 2));
                }
                case "map-delete" -> fields(at(args, 1));
                case "contract-call?" -> {
                    if (at(args, 0) instanceof AtomExpr) {
                        check(args.get(0));
                    }
                }
                default -> call(head, args);
            }
        }

        /** The sender's own assets may move on unchecked input: post-conditions protect them. */
        private void assets(List<Expr> args, int sender, int... checked) {
            if (sender >= 0 && Forms.isName(at(args, sender), "tx-sender") && asContract == 0) {
                return;
            }
            for (int i : checked) {
                check(at(args, i));
            }
        }

        private void call(String name, List<Expr> args) {
            if (!privates.containsKey(name)) {
                return;
            }
            Callee c = callee(name);
            if (c == null) {
                return;
            }
            for (int i = 0; i < args.size() && i < c.filtered().size(); i++) {
                if (c.filtered().get(i)) {
                    if (settings.calleeFilter()) {
                        filter(current(taints.get(args.get(i))), false);
                    }
                } else if (!c.unchecked().get(i)) {
                    check(args.get(i));
                }
            }
        }

        private Set<Span> let(ListExpr l) {
            Map<String, Set<Span>> saved = new HashMap<>();
            if (l.size() >= 2 && l.get(1) instanceof ListExpr bindings) {
                for (Expr pair : bindings.items()) {
                    if (pair instanceof ListExpr p && p.size() == 2 && p.get(0) instanceof AtomExpr a) {
                        Set<Span> t = current(walk(p.get(1)));
                        saved.putIfAbsent(a.name(), symbols.get(a.name()));
                        symbols.put(a.name(), t);
                    }
                }
            }
            Set<Span> last = Set.of();
            for (int i = 2; i < l.size(); i++) {
                last = walk(l.get(i));
            }
            restore(saved);
            return current(last);
        }

        private Set<Span> match(ListExpr l) {
            if (l.size() != 5 && l.size() != 6) {
                return union(l.args());
            }
            Set<Span> input = current(walk(l.get(1)));
            Set<Span> t = new HashSet<>();
            int[] branches = l.size() == 6 ? new int[] {2, 4} : new int[] {2};
            for (int at : branches) {
                String name = Forms.nameAt(l, at);
                Map<String, Set<Span>> saved = new HashMap<>();
                if (name != null) {
                    saved.put(name, symbols.get(name));
                    symbols.put(name, input);
                }
                t.addAll(walk(l.get(at + 1)));
                restore(saved);
            }
            if (l.size() == 5) {
                t.addAll(walk(l.get(4)));
            }
            return current(t);
        }

        private void restore(Map<String, Set<Span>> saved) {
            saved.forEach((name, old) -> {
                if (old == null) {
                    symbols.remove(name);
                } else {
                    symbols.put(name, old);
                }
            });
        }

        private Set<Span> union(List<Expr> children) {
            for (Expr x : children) {
                walk(x);
            }
            return currentUnion(children);
        }

        private Set<Span> currentUnion(List<Expr> children) {
            Set<Span> t = new HashSet<>();
            for (Expr x : children) {
                t.addAll(current(taints.get(x)));
            }
            return t;
        }

        private Set<Span> current(Set<Span> t) {
            if (t == null || t.isEmpty()) {
                return Set.of();
            }
            Set<Span> c = new HashSet<>(t);
            c.removeAll(filtered);
            return c;
        }

        /** Reports {@code e} if it carries unchecked input now. */
        void check(Expr e) {
            if (e == null) {
                return;
            }
            Set<Span> t = current(taints.get(e));
            if (!t.isEmpty()) {
                pending.put(e.span(), t);
            }
        }

        /** A map key or value: each field of a tuple written in place, else the whole. */
        private void fields(Expr e) {
            if (e instanceof ListExpr l && "tuple".equals(l.headName())) {
                for (Expr pair : l.args()) {
                    if (pair instanceof ListExpr p && p.size() == 2) {
                        check(p.get(1));
                    }
                }
            } else {
                check(e);
            }
        }

        /**
         * These sources are checked from here on; with {@code rollback} (an assertion, which
         * undoes the transaction when it fails) the reports it covers earlier are withdrawn.
         */
        private void filter(Set<Span> sources, boolean rollback) {
            if (sources.isEmpty()) {
                return;
            }
            filtered.addAll(sources);
            if (rollback) {
                pending.values().removeIf(p -> !Collections.disjoint(p, sources) && filtered.containsAll(p));
            }
        }

        private void filterAnnotated(Expr e) {
            Annotation a = annotations.above(e.span());
            if (a == null || a.kind() != Annotation.Kind.FILTER) {
                return;
            }
            for (String name : a.names()) {
                if (name.equals("*")) {
                    filter(all, false);
                } else if (paramNames.containsKey(name)) {
                    filter(Set.of(paramNames.get(name)), false);
                } else if (symbols.containsKey(name)) {
                    symbols.put(name, Set.of());
                }
            }
        }

        List<Finding> findings() {
            List<Finding> found = new ArrayList<>();
            pending.forEach((span, sources) -> {
                List<Span> sorted = new ArrayList<>(sources);
                sorted.sort(BY_POSITION);
                found.add(new Finding(UNCHECKED_DATA, Level.WARNING, "use of potentially unchecked data", span, null,
                        sorted));
            });
            return found;
        }
    }

    private static Expr at(List<Expr> args, int i) {
        return i < args.size() ? args.get(i) : null;
    }
}

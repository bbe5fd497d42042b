package io.clarity.lint;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.definitions.Definition;
import io.clarity.value.IntValue;
import io.clarity.value.UIntValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Clarinet's {@code noop}: expressions that have no effect or always give the same value.
 * Arithmetic: {@code (+ x)}, {@code (* x)}, {@code (/ x)}, adding or subtracting literals that
 * sum to zero, multiplying or dividing by literals whose product is one, multiplying by zero,
 * dividing zero, dividing by zero. Comparison: {@code (is-eq x)}, {@code (is-eq x true)},
 * {@code (is-eq x false)}. Logic: {@code (not (not x))}, {@code (and x)}, {@code (or x)}, and
 * and/or with a literal that decides or does nothing. {@code #[allow(noop)]} on the line above
 * silences it.
 * <p>
 * One difference from Clarinet 3.21: {@code (- x)} is not reported, because it negates x (an
 * int), which is an effect.
 */
final class Noop {

    private static final String NAME = Lint.NOOP.clarinetName();

    private final Annotations annotations;
    private final Level level;
    private final List<Finding> out = new ArrayList<>();

    private Noop(Annotations annotations, Level level) {
        this.annotations = annotations;
        this.level = level;
    }

    static List<Finding> find(List<Definition> definitions, Annotations annotations, Level level) {
        Noop n = new Noop(annotations, level);
        for (Definition d : definitions) {
            if (d instanceof Definition.Constant c) {
                n.walk(c.value());
            } else if (d instanceof Definition.DataVar v) {
                n.walk(v.initial());
            } else if (d instanceof Definition.Function f) {
                n.walk(f.body());
            } else if (d instanceof Definition.TopLevel t) {
                n.walk(t.source());
            }
        }
        return n.out;
    }

    private void walk(Expr e) {
        if (!(e instanceof ListExpr l)) {
            return;
        }
        String head = l.headName();
        if (head != null && !annotations.allows(l.span(), NAME)) {
            List<Expr> ops = l.args();
            switch (head) {
                case "+", "*", "/" -> arithmetic(l, head, ops);
                case "-" -> subtraction(l, ops);
                case "is-eq" -> equality(l, ops);
                case "not" -> negation(l, ops);
                case "and", "or" -> logic(l, head, ops);
                default -> {
                }
            }
        }
        Forms.evaluated(l).forEach(this::walk);
    }

    private void report(ListExpr l, String message, String suggestion) {
        out.add(new Finding(NAME, level, message, l.span(), suggestion));
    }

    private void arithmetic(ListExpr l, String op, List<Expr> ops) {
        if (ops.size() == 1) {
            report(l, "`" + op + "` with fewer than 2 operands has no effect", replaceWith(ops.get(0)));
            return;
        }
        if (ops.isEmpty()) {
            return;
        }
        switch (op) {
            case "+" -> {
                Constants c = Constants.of(ops, BigInteger::add);
                if (c.count > 0 && !c.others.isEmpty() && c.isZero()) {
                    report(l, "adding zero has no effect", replaceWith(op, c.others));
                }
            }
            case "*" -> {
                Constants c = Constants.of(ops, BigInteger::multiply);
                if (c.count == 0 || c.others.isEmpty()) {
                    return;
                }
                if (c.isZero()) {
                    String zero = c.zero();
                    report(l, "multiplying by zero always evaluates to `" + zero + "`", "Replace with `" + zero + "`");
                } else if (c.isOne()) {
                    report(l, "multiplying by one has no effect", replaceWith(op, c.others));
                }
            }
            default -> division(l, ops);
        }
    }

    private void division(ListExpr l, List<Expr> ops) {
        BigInteger dividend = number(ops.get(0));
        if (dividend != null && dividend.signum() == 0) {
            String zero = ops.get(0) instanceof LiteralExpr lit && lit.value() instanceof UIntValue ? "u0" : "0";
            report(l, "dividing zero always evaluates to `" + zero + "`", "Replace with `" + zero + "`");
        }
        List<Expr> divisors = ops.subList(1, ops.size());
        Constants c = Constants.of(divisors, BigInteger::multiply);
        if (c.count == 0) {
            return;
        }
        if (c.isZero()) {
            report(l, "division by zero will cause a runtime error", "Remove this expression or use a non-zero divisor");
        } else if (c.isOne()) {
            List<Expr> rest = new ArrayList<>();
            rest.add(ops.get(0));
            rest.addAll(c.others);
            report(l, "dividing by one has no effect", replaceWith("/", rest));
        }
    }

    private void subtraction(ListExpr l, List<Expr> ops) {
        if (ops.size() < 2) {
            return;
        }
        Constants c = Constants.of(ops.subList(1, ops.size()), BigInteger::add);
        if (c.count > 0 && c.isZero()) {
            List<Expr> rest = new ArrayList<>();
            rest.add(ops.get(0));
            rest.addAll(c.others);
            report(l, "subtracting zero has no effect", replaceWith("-", rest));
        }
    }

    private void equality(ListExpr l, List<Expr> ops) {
        if (ops.size() == 1) {
            report(l, "`is-eq` with a single operand always returns `true`", "Replace with `true`");
            return;
        }
        if (ops.size() != 2) {
            return;
        }
        Boolean a = bool(ops.get(0));
        Boolean b = bool(ops.get(1));
        if (a != null && b != null) {
            boolean result = a.equals(b);
            report(l, "comparing two boolean literals always returns `" + result + "`", "Replace with `" + result + "`");
        } else if (a != null || b != null) {
            boolean literal = a != null ? a : b;
            Expr other = a != null ? ops.get(1) : ops.get(0);
            if (literal) {
                report(l, "comparing with `true` is unnecessary", replaceWith(other));
            } else {
                report(l, "comparing with `false` is unnecessary, use `not` instead",
                        "Replace with `(not " + source(other) + ")`");
            }
        }
    }

    private void negation(ListExpr l, List<Expr> ops) {
        if (ops.size() == 1 && ops.get(0) instanceof ListExpr inner && "not".equals(inner.headName()) && inner.size() == 2) {
            report(l, "double negation is unnecessary", replaceWith(inner.get(1)));
        }
    }

    private void logic(ListExpr l, String op, List<Expr> ops) {
        if (ops.size() == 1) {
            report(l, "`" + op + "` with fewer than 2 operands has no effect", replaceWith(ops.get(0)));
            return;
        }
        boolean absorber = op.equals("or");
        boolean decided = false;
        boolean identity = false;
        List<Expr> others = new ArrayList<>();
        for (Expr e : ops) {
            Boolean b = bool(e);
            if (b != null && b == absorber) {
                decided = true;
                others.add(e);
            } else if (b != null) {
                identity = true;
            } else {
                others.add(e);
            }
        }
        if (decided) {
            report(l, "`" + op + "` with a `" + absorber + "` operand always evaluates to `" + absorber + "`",
                    "Replace with `" + absorber + "`");
        }
        if (identity && !others.isEmpty()) {
            report(l, "`" + !absorber + "` is the identity element for `" + op + "` and has no effect", replaceWith(op, others));
        }
    }

    private static Boolean bool(Expr e) {
        return Forms.isName(e, "true") ? Boolean.TRUE : Forms.isName(e, "false") ? Boolean.FALSE : null;
    }

    /** An int or uint literal's value, or null. */
    private static BigInteger number(Expr e) {
        if (e instanceof LiteralExpr lit) {
            if (lit.value() instanceof IntValue i) {
                return i.toBigInteger();
            }
            if (lit.value() instanceof UIntValue u) {
                return u.toBigInteger();
            }
        }
        return null;
    }

    private static String replaceWith(Expr e) {
        return "Replace with `" + source(e) + "`";
    }

    private static String replaceWith(String op, List<Expr> rest) {
        if (rest.size() == 1) {
            return replaceWith(rest.get(0));
        }
        StringBuilder sb = new StringBuilder("Replace with `(").append(op);
        rest.forEach(e -> sb.append(' ').append(source(e)));
        return sb.append(")`").toString();
    }

    /** The expression written back as Clarity, for a suggestion. */
    private static String source(Expr e) {
        if (e instanceof AtomExpr a) {
            return a.name();
        }
        if (e instanceof LiteralExpr lit) {
            return lit.value() instanceof UIntValue u ? "u" + u.toBigInteger() : lit.value().toString();
        }
        if (e instanceof ListExpr l) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : " ").append(source(l.get(i)));
            }
            return sb.append(')').toString();
        }
        return "...";
    }

    /** The literal operands folded with {@code op}, and the others. */
    private static final class Constants {
        int count;
        BigInteger value;
        boolean unsigned;
        final List<Expr> others = new ArrayList<>();

        static Constants of(List<Expr> ops, BinaryOperator<BigInteger> op) {
            Constants c = new Constants();
            for (Expr e : ops) {
                BigInteger n = number(e);
                if (n == null) {
                    c.others.add(e);
                } else {
                    c.unsigned = e instanceof LiteralExpr lit && lit.value() instanceof UIntValue;
                    c.value = c.count == 0 ? n : op.apply(c.value, n);
                    c.count++;
                }
            }
            return c;
        }

        boolean isZero() {
            return count > 0 && value.signum() == 0;
        }

        boolean isOne() {
            return count > 0 && value.equals(BigInteger.ONE);
        }

        String zero() {
            return unsigned ? "u0" : "0";
        }
    }
}

package io.clarity.trace;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.FieldExpr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.ast.TraitReferenceExpr;
import io.clarity.chain.DeployedContract;
import io.clarity.chain.Event;
import io.clarity.definitions.Definition;
import io.clarity.error.ClarityError;
import io.clarity.error.Span;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.eval.instrument.StateAccess;
import io.clarity.value.Value;
import io.clarity.value.ValuePrinter;
import io.clarity.vocabulary.NativeFunction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Records an evaluation as {@link Steps}: a listener that writes a step for each application
 * when it gives its value (so arguments come before the expression that uses them), and for each
 * binding, branch, short return, call, state write, event and runtime error when it happens.
 * Long values are abbreviated. Not thread-safe: one recorder per evaluation at a time.
 */
public final class StepRecorder implements ExecutionListener {

    /** Values longer than this are cut, and say how long they were. */
    static final int VALUE_WIDTH = 60;
    /** Source of an argument not evaluated (a skipped branch, a binding list) longer than this is cut. */
    static final int SOURCE_WIDTH = 32;

    private final List<Step> steps = new ArrayList<>();
    private final ArrayDeque<Open> open = new ArrayDeque<>();
    private final ArrayDeque<Integer> calls = new ArrayDeque<>();
    private int depth;
    private int taken;
    /** Whether the error now unwinding has its step (only its innermost expression shows it). */
    private boolean errorShown;
    private ClarityError error;

    /** An application being evaluated: the values its arguments gave so far. */
    private static final class Open {
        final ListExpr expr;
        final CallContext ctx;
        final Locals locals;
        final int depth;
        final Value[] values;

        Open(ListExpr expr, CallContext ctx, Locals locals, int depth) {
            this.expr = expr;
            this.ctx = ctx;
            this.locals = locals;
            this.depth = depth;
            this.values = new Value[expr.size()];
        }
    }

    /** The steps recorded so far, and the error that ended the last expression, if any. */
    public Steps steps() {
        return new Steps(steps, Optional.ofNullable(error));
    }

    /** The steps recorded since the last call (all of them the first time), to show them as they come. */
    public List<Step> take() {
        List<Step> fresh = List.copyOf(steps.subList(taken, steps.size()));
        taken = steps.size();
        return fresh;
    }

    @Override
    public void enter(ListExpr expr, CallContext ctx, Locals locals) {
        open.push(new Open(expr, ctx, locals, depth));
        depth++;
        errorShown = false;
    }

    @Override
    public void exit(ListExpr expr, CallContext ctx, Value value) {
        Open o = close();
        add(o.depth, Step.Kind.VALUE, render(o) + " => " + show(value), value, o);
        Open parent = open.peek();
        if (parent != null) {
            List<Expr> items = parent.expr.items();
            for (int i = 1; i < items.size(); i++) {
                if (items.get(i) == expr) {
                    parent.values[i] = value;
                    break;
                }
            }
        }
    }

    @Override
    public void exitEarly(ListExpr expr, CallContext ctx, Value value, String form) {
        Open o = close();
        if (form.equals(expr.headName())) {
            add(o.depth, Step.Kind.SHORT_RETURN, render(o) + " => short return " + show(value), value, o);
        }
    }

    @Override
    public void fail(ListExpr expr, CallContext ctx, ClarityError e) {
        Open o = close();
        if (!errorShown) {
            errorShown = true;
            error = e;
            add(o.depth, Step.Kind.ERROR, render(o) + " !! " + e.kind() + ": " + e.getMessage(), null, o);
        }
    }

    private Open close() {
        Open o = open.pop();
        depth = o.depth;
        return o;
    }

    @Override
    public void branch(NativeFunction form, int arm, int arms, CallContext ctx) {
        Open o = open.peek();
        add(depth, Step.Kind.BRANCH, describeBranch(form, arm, arms, o), null, o);
    }

    @Override
    public void bind(String name, Value value, CallContext ctx) {
        add(depth, Step.Kind.BIND, name + " = " + show(value), value, open.peek());
    }

    @Override
    public void call(DeployedContract contract, Definition.Function f, List<Value> args, CallContext ctx) {
        StringBuilder sb = new StringBuilder("call ").append(contract.name()).append('.').append(f.name());
        for (Value a : args) {
            sb.append(' ').append(show(a));
        }
        sb.append("  sender ").append(ctx.sender()).append(" caller ").append(ctx.caller());
        add(depth, Step.Kind.CALL, sb.toString(), null, open.peek());
        calls.push(depth);
        depth++;
    }

    @Override
    public void returned(DeployedContract contract, Definition.Function f, Value result, CallContext ctx) {
        depth = calls.pop();
        add(depth, Step.Kind.RETURN, contract.name() + "." + f.name() + " returned " + show(result), result, open.peek());
    }

    @Override
    public void failed(DeployedContract contract, Definition.Function f, ClarityError e, CallContext ctx) {
        depth = calls.pop();
        add(depth, Step.Kind.RETURN, contract.name() + "." + f.name() + " failed", null, open.peek());
    }

    @Override
    public void state(StateAccess access, CallContext ctx) {
        if (access.write()) {
            add(depth, Step.Kind.STATE, "write " + access.place() + ": " + show(access.before()) + " -> "
                    + show(access.after()), access.after(), open.peek());
        }
    }

    @Override
    public void event(Event e, CallContext ctx) {
        if (e instanceof Event.Print p) {
            add(depth, Step.Kind.EVENT, "print " + show(p.value()), p.value(), open.peek());
        } else {
            add(depth, Step.Kind.EVENT, "event " + e, null, open.peek());
        }
    }

    private void add(int at, Step.Kind kind, String text, Value value, Open where) {
        String place = null;
        if (where != null && !where.expr.span().isNone()) {
            Span s = where.expr.span();
            place = where.ctx.contract().name() + ":" + s.startLine() + ":" + s.startColumn();
        }
        steps.add(new Step(at, kind, text, value, place));
    }

    // ---------------------------------------------------------------------------------------
    // Rendering
    // ---------------------------------------------------------------------------------------

    /** The application with the values its arguments gave in their place; what was not evaluated as written. */
    private static String render(Open o) {
        List<Expr> items = o.expr.items();
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            Expr item = items.get(i);
            if (o.values[i] != null) {
                sb.append(show(o.values[i]));
            } else if (i > 0 && item instanceof AtomExpr atom && !isName(o, i)) {
                sb.append(variable(atom.name(), o));
            } else if (item instanceof LiteralExpr literal) {
                sb.append(show(literal.value()));
            } else if (i == 1 && "let".equals(o.expr.headName()) && item instanceof ListExpr bindings) {
                sb.append(bindingNames(bindings));
            } else {
                sb.append(abbreviated(source(item), i == 0 ? Integer.MAX_VALUE : SOURCE_WIDTH));
            }
        }
        return sb.append(')').toString();
    }

    /**
     * Whether argument {@code i} of the application is a name rather than a value: the data var,
     * map, token, tuple field, block property or function a form names (which a local may
     * share), or the function a {@code contract-call?} calls.
     */
    private static boolean isName(Open o, int i) {
        String head = o.expr.headName();
        NativeFunction f = head == null ? null : NativeFunction.lookup(head, o.ctx.contract().version());
        return f != null && (i == 1 && NAMING_FORMS.contains(f) || i == 2 && f == NativeFunction.CONTRACT_CALL);
    }

    /** The natives whose first argument is a name. */
    private static final Set<NativeFunction> NAMING_FORMS = EnumSet.of(NativeFunction.GET, NativeFunction.VAR_GET,
            NativeFunction.VAR_SET, NativeFunction.MAP_GET, NativeFunction.MAP_SET, NativeFunction.MAP_INSERT,
            NativeFunction.MAP_DELETE, NativeFunction.FT_MINT, NativeFunction.FT_TRANSFER, NativeFunction.FT_BURN,
            NativeFunction.FT_GET_BALANCE, NativeFunction.FT_GET_SUPPLY, NativeFunction.NFT_MINT,
            NativeFunction.NFT_TRANSFER, NativeFunction.NFT_BURN, NativeFunction.NFT_GET_OWNER, NativeFunction.MAP,
            NativeFunction.FILTER, NativeFunction.FOLD, NativeFunction.GET_BLOCK_INFO,
            NativeFunction.GET_BURN_BLOCK_INFO, NativeFunction.GET_STACKS_BLOCK_INFO, NativeFunction.GET_TENURE_INFO);

    /** A local's or constant's value; any other name (a keyword, a data var, a function) as written. */
    private static String variable(String name, Open o) {
        Value v = o.locals.lookup(name);
        if (v == null) {
            v = o.ctx.contract().constant(name);
        }
        return v == null ? name : show(v);
    }

    /** A let's bindings by their names, {@code ((a ...) (b ...))}: their values have their own steps. */
    private static String bindingNames(ListExpr bindings) {
        StringBuilder sb = new StringBuilder("(");
        for (Expr b : bindings.items()) {
            sb.append(sb.length() > 1 ? " " : "").append('(');
            sb.append(b instanceof ListExpr pair && pair.size() > 0 ? source(pair.get(0)) : source(b)).append(" ...)");
        }
        return sb.append(')').toString();
    }

    /** {@code e} as Clarity source. */
    static String source(Expr e) {
        if (e instanceof ListExpr list) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i > 0 ? " " : "").append(source(list.get(i)));
            }
            return sb.append(')').toString();
        }
        if (e instanceof AtomExpr a) {
            return a.name();
        }
        if (e instanceof LiteralExpr l) {
            return l.value().toString();
        }
        if (e instanceof FieldExpr f) {
            return f.trait().toString();
        }
        if (e instanceof TraitReferenceExpr t) {
            return "<" + t.name() + ">";
        }
        return e.toString();
    }

    /** A value as printed, cut to {@link #VALUE_WIDTH} characters (then ending in {@code ...}). */
    static String show(Value v) {
        return v == null ? "(absent)" : ValuePrinter.printAtMost(v, VALUE_WIDTH);
    }

    private static String abbreviated(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 4) + " ...)";
    }

    /** What a branching form did, with the source of the arm it skipped. */
    private static String describeBranch(NativeFunction form, int arm, int arms, Open o) {
        String name = form.clarityName();
        List<Expr> args = o != null && name.equals(o.expr.headName()) ? o.expr.args() : null;
        if (form == NativeFunction.IF && args != null) {
            return "if: took " + (arm == 0 ? "then" : "else") + ", skipped " + skipped(args.get(arm == 0 ? 2 : 1));
        }
        if (form == NativeFunction.MATCH && args != null) {
            boolean optional = args.size() == 4;
            String took = arm == 0 ? (optional ? "some" : "ok") : (optional ? "none" : "err");
            Expr other = optional ? args.get(arm == 0 ? 3 : 2) : args.get(arm == 0 ? 4 : 2);
            return "match: " + took + ", skipped " + skipped(other);
        }
        if (form == NativeFunction.AND || form == NativeFunction.OR) {
            int n = arms - 1;
            if (arm == n) {
                return name + ": no argument decided, all " + n + " evaluated";
            }
            int left = n - arm - 1;
            return name + ": argument " + (arm + 1) + " of " + n + " decided" + (left > 0 ? ", skipped " + left : "");
        }
        if (form == NativeFunction.ASSERTS) {
            return arm == 0 ? "asserts!: holds" : "asserts!: fails, returns early";
        }
        if (form == NativeFunction.DEFAULT_TO) {
            return arm == 0 ? "default-to: some, default skipped" : "default-to: none, took the default";
        }
        if (form == NativeFunction.UNWRAP_PANIC || form == NativeFunction.UNWRAP_ERR_PANIC) {
            return name + (arm == 0 ? ": unwrapped" : ": nothing to unwrap");
        }
        return name + (arm == 0 ? ": unwrapped" : ": nothing to unwrap, returns early");
    }

    private static String skipped(Expr e) {
        return abbreviated(source(e), SOURCE_WIDTH);
    }
}

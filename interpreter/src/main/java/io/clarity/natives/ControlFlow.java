package io.clarity.natives;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.chain.Event;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.CallContext;
import io.clarity.eval.EarlyReturn;
import io.clarity.eval.Evaluator;
import io.clarity.eval.Locals;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.value.BoolValue;
import io.clarity.value.ErrValue;
import io.clarity.value.OkValue;
import io.clarity.value.SomeValue;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.vocabulary.NativeFunction;
import io.clarity.vocabulary.NativeVariable;
import java.util.List;

/** {@code if let asserts! match as-contract print}. */
final class ControlFlow {

    private ControlFlow() {
    }

    static Value ifForm(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.IF);
        boolean cond = ((BoolValue) Evaluator.evalBorrowed(args.get(0), ctx, locals)).value();
        branch(NativeFunction.IF, cond ? 0 : 1, ctx);
        return Evaluator.eval(args.get(cond ? 1 : 2), ctx, locals);
    }

    /** {@code asserts!} evaluates its thrown value only when the condition is false. */
    static Value asserts(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.ASSERTS);
        Value cond = Evaluator.evalBorrowed(args.get(0), ctx, locals);
        if (((BoolValue) cond).value()) {
            branch(NativeFunction.ASSERTS, 0, ctx);
            Evaluator.chargeCopy(args.get(0), cond, ctx);
            return cond;
        }
        branch(NativeFunction.ASSERTS, 1, ctx);
        throw new EarlyReturn(Evaluator.eval(args.get(1), ctx, locals), "asserts!");
    }

    static Value let(List<Expr> args, CallContext ctx, Locals locals) {
        ListExpr bindings = (ListExpr) args.get(0);
        ctx.exec().costs().charge(NativeFunction.LET, bindings.size());
        Locals inner = locals.nest();
        ClarityVersion version = ctx.contract().version();
        long memory = 0;
        try {
            for (Expr b : bindings.items()) {
                ListExpr pair = (ListExpr) b;
                String name = ((AtomExpr) pair.get(0)).name();
                checkBindable(name, ctx, inner, version);
                Value value = Evaluator.eval(pair.get(1), ctx, inner);
                memory += ctx.exec().holdMemory(value);
                inner = inner.bind(name, value);
                bound(name, value, ctx);
            }
            return letBody(args, ctx, inner);
        } finally {
            ctx.exec().releaseMemory(memory);
        }
    }

    /** Only the last body expression's value is kept; the others are only looked at. */
    private static Value letBody(List<Expr> args, CallContext ctx, Locals inner) {
        int last = args.size() - 1;
        for (int i = 1; i < last; i++) {
            Evaluator.evalBorrowed(args.get(i), ctx, inner);
        }
        return Evaluator.eval(args.get(last), ctx, inner);
    }

    /** A binding may not take the name of a native, a keyword, a function or another binding. */
    static void checkBindable(String name, CallContext ctx, Locals locals, ClarityVersion version) {
        if (NativeFunction.lookup(name, version) != null || NativeVariable.lookup(name, version) != null
                || ctx.contract().function(name) != null || locals.lookup(name) != null) {
            throw RuntimeErrorKind.NameAlreadyUsed.error(name);
        }
    }

    static Value match(List<Expr> args, CallContext ctx, Locals locals) {
        Value input = Evaluator.eval(args.get(0), ctx, locals);
        ctx.exec().costs().charge(NativeFunction.MATCH);
        ClarityVersion version = ctx.contract().version();
        if (args.size() == 4) {
            if (input instanceof SomeValue s) {
                branch(NativeFunction.MATCH, 0, ctx);
                String name = ((AtomExpr) args.get(1)).name();
                Locals inner = locals.nest();
                checkBindable(name, ctx, inner, version);
                return evalBound(args.get(2), name, s.value(), ctx, inner);
            }
            branch(NativeFunction.MATCH, 1, ctx);
            return Evaluator.eval(args.get(3), ctx, locals);
        }
        if (input instanceof OkValue ok) {
            branch(NativeFunction.MATCH, 0, ctx);
            String name = ((AtomExpr) args.get(1)).name();
            Locals inner = locals.nest();
            checkBindable(name, ctx, inner, version);
            return evalBound(args.get(2), name, ok.inner(), ctx, inner);
        }
        branch(NativeFunction.MATCH, 1, ctx);
        String name = ((AtomExpr) args.get(3)).name();
        Locals inner = locals.nest();
        checkBindable(name, ctx, inner, version);
        return evalBound(args.get(4), name, ((ErrValue) input).inner(), ctx, inner);
    }

    /** A match branch, with its binding counted in memory while it runs. */
    private static Value evalBound(Expr body, String name, Value value, CallContext ctx, Locals inner) {
        long memory = ctx.exec().holdMemory(value);
        bound(name, value, ctx);
        try {
            return Evaluator.eval(body, ctx, inner.bind(name, value));
        } finally {
            ctx.exec().releaseMemory(memory);
        }
    }

    /** Runs the body with tx-sender and contract-caller both the current contract. */
    static Value asContract(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().enterAsContract();
        try {
            return Evaluator.eval(args.get(0), ctx.withPrincipal(ctx.contract().id()), locals);
        } finally {
            ctx.exec().leaveAsContract();
        }
    }

    static Value print(List<Value> args, CallContext ctx) {
        Value v = args.get(0);
        ctx.emit(new Event.Print(ctx.contract().id(), v));
        return v;
    }

    /** Tells the execution's listener, if any, that {@code form} took arm {@code taken} of two. */
    static void branch(NativeFunction form, int taken, CallContext ctx) {
        ExecutionListener listener = ctx.exec().listener();
        if (listener != null) {
            listener.branch(form, taken, 2, ctx);
        }
    }

    private static void bound(String name, Value value, CallContext ctx) {
        ExecutionListener listener = ctx.exec().listener();
        if (listener != null) {
            listener.bind(name, value, ctx);
        }
    }
}

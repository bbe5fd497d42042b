package io.clarity.natives;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.Locals;
import io.clarity.value.NoneValue;
import io.clarity.value.SomeValue;
import io.clarity.value.TupleValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;

/** {@code tuple get merge}. */
final class Tuples {

    private Tuples() {
    }

    static Value tuple(List<Expr> args, CallContext ctx, Locals locals) {
        int n = args.size();
        String[] names = new String[n];
        Value[] values = new Value[n];
        for (int i = 0; i < n; i++) {
            ListExpr pair = (ListExpr) args.get(i);
            names[i] = ((AtomExpr) pair.get(0)).name();
            values[i] = Evaluator.eval(pair.get(1), ctx, locals);
        }
        ctx.exec().costs().charge(NativeFunction.TUPLE, n);
        return TupleValue.ofFields(names, values);
    }

    /** {@code (get k t)}; on an optional tuple, an optional result. */
    static Value get(List<Expr> args, CallContext ctx, Locals locals) {
        String field = ((AtomExpr) args.get(0)).name();
        Value v = Evaluator.eval(args.get(1), ctx, locals);
        if (v instanceof TupleValue t) {
            ctx.exec().chargeTupleGet(t);
            return t.get(field);
        }
        if (v instanceof SomeValue s) {
            ctx.exec().chargeTupleGet((TupleValue) s.value());
            return new SomeValue(((TupleValue) s.value()).get(field));
        }
        return NoneValue.INSTANCE;
    }

    static Value merge(Value base, Value update) {
        return ((TupleValue) base).merge((TupleValue) update);
    }
}

package io.clarity.natives;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.chain.ContractStorage;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.Locals;
import io.clarity.value.BoolValue;
import io.clarity.value.NoneValue;
import io.clarity.value.SomeValue;
import io.clarity.value.Value;
import java.util.List;

/** Data-vars and maps of the current contract. */
final class Storage {

    private Storage() {
    }

    private static String name(Expr e) {
        return ((AtomExpr) e).name();
    }

    private static ContractStorage storage(CallContext ctx) {
        return ctx.contract().storage();
    }

    static Value varGet(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.VAR_GET, 0);
        return storage(ctx).dataVar(name(args.get(0)));
    }

    static Value varSet(List<Expr> args, CallContext ctx, Locals locals) {
        Value v = Evaluator.eval(args.get(1), ctx, locals);
        ctx.exec().costs().charge(NativeFunction.VAR_SET, 0);
        storage(ctx).setDataVar(name(args.get(0)), v);
        return BoolValue.TRUE;
    }

    static Value mapGet(List<Expr> args, CallContext ctx, Locals locals) {
        Value key = Evaluator.eval(args.get(1), ctx, locals);
        ctx.exec().costs().charge(NativeFunction.MAP_GET, 0);
        Value v = storage(ctx).mapGet(name(args.get(0)), key);
        return v == null ? NoneValue.INSTANCE : new SomeValue(v);
    }

    static Value mapSet(List<Expr> args, CallContext ctx, Locals locals) {
        Value key = Evaluator.eval(args.get(1), ctx, locals);
        Value value = Evaluator.eval(args.get(2), ctx, locals);
        ctx.exec().costs().charge(NativeFunction.MAP_SET, 0);
        return BoolValue.of(storage(ctx).mapSet(name(args.get(0)), key, value));
    }

    static Value mapInsert(List<Expr> args, CallContext ctx, Locals locals) {
        Value key = Evaluator.eval(args.get(1), ctx, locals);
        Value value = Evaluator.eval(args.get(2), ctx, locals);
        ctx.exec().costs().charge(NativeFunction.MAP_INSERT, 0);
        return BoolValue.of(storage(ctx).mapInsert(name(args.get(0)), key, value));
    }

    static Value mapDelete(List<Expr> args, CallContext ctx, Locals locals) {
        Value key = Evaluator.eval(args.get(1), ctx, locals);
        ctx.exec().costs().charge(NativeFunction.MAP_DELETE, 0);
        return BoolValue.of(storage(ctx).mapDelete(name(args.get(0)), key));
    }
}

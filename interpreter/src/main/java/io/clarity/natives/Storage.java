package io.clarity.natives;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.chain.ContractStorage;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.Locals;
import io.clarity.eval.instrument.StateAccess.Store;
import io.clarity.value.BoolValue;
import io.clarity.value.NoneValue;
import io.clarity.value.SomeValue;
import io.clarity.value.TypeSignature;
import io.clarity.value.Value;
import io.clarity.vocabulary.NativeFunction;
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

    /** The type checker lets extra arguments of these through; the reference refuses them when the call runs. */
    private static void arity(int expected, List<Expr> args) {
        if (args.size() != expected) {
            throw RuntimeErrorKind.IncorrectArgumentCount.error(expected, args.size());
        }
    }

    static Value varGet(List<Expr> args, CallContext ctx, Locals locals) {
        Value stored = storage(ctx).dataVar(name(args.get(0)));
        // null: an at-block before the var existed
        Value v = ctx.exec().readVar(ctx.contract(), name(args.get(0)), stored == null ? ctx.exec().untypedNone() : stored);
        StateWatch.read(ctx, Store.DATA_VAR, name(args.get(0)), null, stored == null ? null : v);
        return v;
    }

    static Value varSet(List<Expr> args, CallContext ctx, Locals locals) {
        arity(2, args);
        Value v = Evaluator.eval(args.get(1), ctx, locals);
        if (ctx.exec().holdsUntypedValue()) {
            ctx.exec().checkStored(ctx.contract().analysis().dataVarType(name(args.get(0))), v);
        }
        Value before = StateWatch.watched(ctx) ? storage(ctx).dataVar(name(args.get(0))) : null;
        storage(ctx).setDataVar(name(args.get(0)), v);
        StateWatch.write(ctx, Store.DATA_VAR, name(args.get(0)), null, before, v);
        ctx.exec().chargeVarSet(ctx.contract(), name(args.get(0)), v);
        return BoolValue.TRUE;
    }

    static Value mapGet(List<Expr> args, CallContext ctx, Locals locals) {
        Value key = Evaluator.evalBorrowed(args.get(1), ctx, locals);
        Value v = ctx.exec().readMapEntry(ctx.contract(), name(args.get(0)), key, storage(ctx).mapGet(name(args.get(0)), key));
        StateWatch.read(ctx, Store.MAP_ENTRY, name(args.get(0)), key, v);
        return v == null ? NoneValue.INSTANCE : new SomeValue(v);
    }

    static Value mapSet(List<Expr> args, CallContext ctx, Locals locals) {
        return mapWrite(args, ctx, locals, false);
    }

    static Value mapInsert(List<Expr> args, CallContext ctx, Locals locals) {
        return mapWrite(args, ctx, locals, true);
    }

    /** {@code map-set}, or {@code map-insert} (which writes only a key not yet there). */
    private static Value mapWrite(List<Expr> args, CallContext ctx, Locals locals, boolean insert) {
        arity(3, args);
        String map = name(args.get(0));
        Value key = Evaluator.eval(args.get(1), ctx, locals);
        Value value = Evaluator.eval(args.get(2), ctx, locals);
        checkEntry(map, key, value, ctx);
        Value before = StateWatch.watched(ctx) ? storage(ctx).mapGet(map, key) : null;
        boolean written = insert ? storage(ctx).mapInsert(map, key, value) : storage(ctx).mapSet(map, key, value);
        if (written) {
            StateWatch.write(ctx, Store.MAP_ENTRY, map, key, before, value);
        }
        ctx.exec().chargeMapWrite(insert ? NativeFunction.MAP_INSERT : NativeFunction.MAP_SET, ctx.contract(), map, key,
                value, written);
        return BoolValue.of(written);
    }

    private static void checkEntry(String map, Value key, Value value, CallContext ctx) {
        if (ctx.exec().holdsUntypedValue()) {
            TypeSignature[] types = ctx.contract().analysis().mapTypes(map);
            ctx.exec().checkStored(types[0], key);
            ctx.exec().checkStored(types[1], value);
        }
    }

    static Value mapDelete(List<Expr> args, CallContext ctx, Locals locals) {
        arity(2, args);
        Value key = Evaluator.evalBorrowed(args.get(1), ctx, locals);
        Value before = StateWatch.watched(ctx) ? storage(ctx).mapGet(name(args.get(0)), key) : null;
        boolean written = storage(ctx).mapDelete(name(args.get(0)), key);
        if (written) {
            StateWatch.write(ctx, Store.MAP_ENTRY, name(args.get(0)), key, before, null);
        }
        ctx.exec().chargeMapWrite(NativeFunction.MAP_DELETE, ctx.contract(), name(args.get(0)), key, null, written);
        return BoolValue.of(written);
    }
}

package io.clarity.eval;

import io.clarity.analysis.FunctionSignature;
import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.chain.Blocks;
import io.clarity.chain.DeployedContract;
import io.clarity.definitions.Definition;
import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.natives.NativeFunction;
import io.clarity.natives.NativeVariable;
import io.clarity.natives.Natives;
import io.clarity.trace.CallTracer;
import io.clarity.type.Types;
import io.clarity.value.BoolValue;
import io.clarity.value.NoneValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The tree walker. Literals are themselves, names are looked up (keywords, then locals, then the
 * contract's constants), lists apply natives or the contract's functions. Every application is a
 * level of the call stack. Errors raised without a position get the span of the expression that
 * was being evaluated.
 */
public final class Evaluator {

    private Evaluator() {
    }

    public static Value eval(Expr e, CallContext ctx, Locals locals) {
        if (e instanceof LiteralExpr lit) {
            return lit.value();
        }
        if (e instanceof AtomExpr atom) {
            return lookupVariable(atom, ctx, locals);
        }
        if (e instanceof ListExpr list) {
            return apply(list, ctx, locals);
        }
        throw RuntimeErrorKind.TypeValueError.error("value", "a trait reference").at(e.span());
    }

    private static Value lookupVariable(AtomExpr atom, CallContext ctx, Locals locals) {
        String name = atom.name();
        NativeVariable keyword = NativeVariable.lookup(name, ctx.contract().version());
        if (keyword != null) {
            return keyword(keyword, ctx);
        }
        Value v = locals.lookup(name);
        if (v != null) {
            return v;
        }
        v = ctx.contract().constant(name);
        if (v != null) {
            return v;
        }
        throw io.clarity.error.CheckErrorKind.UndefinedVariable.error(name).at(atom.span());
    }

    /** The value of a keyword in this invocation. */
    public static Value keyword(NativeVariable k, CallContext ctx) {
        Blocks blocks = ctx.exec().blocks();
        return switch (k) {
            case TX_SENDER -> ctx.sender();
            case CONTRACT_CALLER -> ctx.caller();
            case CURRENT_CONTRACT -> ctx.contract().id();
            case TX_SPONSOR -> ctx.sponsor() == null ? NoneValue.INSTANCE : ctx.sponsor();
            case BLOCK_HEIGHT -> UIntValue.of(blocks.visibleBlockHeight());
            case BURN_BLOCK_HEIGHT -> UIntValue.of(blocks.visibleBurnHeight());
            case STACKS_BLOCK_HEIGHT -> UIntValue.of(blocks.stacksHeight());
            case TENURE_HEIGHT -> UIntValue.of(blocks.tenureHeight());
            case STACKS_BLOCK_TIME -> UIntValue.of(blocks.stacksHeight());
            case STX_LIQUID_SUPPLY -> ctx.exec().state().liquidSupply();
            case CHAIN_ID -> UIntValue.of(0x80000000L);
            case NONE -> NoneValue.INSTANCE;
            case TRUE -> BoolValue.TRUE;
            case FALSE -> BoolValue.FALSE;
            case IS_IN_REGTEST, IS_IN_MAINNET -> BoolValue.FALSE;
        };
    }

    private static Value apply(ListExpr list, CallContext ctx, Locals locals) {
        List<Expr> items = list.items();
        if (items.isEmpty() || !(items.get(0) instanceof AtomExpr head)) {
            throw io.clarity.error.CheckErrorKind.NonFunctionApplication.error().at(list.span());
        }
        ExecutionContext exec = ctx.exec();
        exec.enter();
        CallTracer tracer = exec.tracer();
        if (tracer != null) {
            tracer.enterExpression(list.span(), ctx.contract().name());
        }
        try {
            NativeFunction nf = NativeFunction.lookup(head.name(), ctx.contract().version());
            List<Expr> args = items.subList(1, items.size());
            if (nf != null) {
                return Natives.apply(nf, args, ctx, locals);
            }
            DeployedContract contract = ctx.contract();
            Definition.Function f = contract.function(head.name());
            if (f == null) {
                throw io.clarity.error.CheckErrorKind.UnknownFunction.error(head.name());
            }
            List<Value> values = new ArrayList<>(args.size());
            for (Expr a : args) {
                values.add(eval(a, ctx, locals));
            }
            return callFunction(contract, f, values, ctx);
        } catch (ClarityError e) {
            throw e.at(list.span());
        } finally {
            exec.leave();
            if (tracer != null) {
                tracer.leaveExpression();
            }
        }
    }

    /**
     * Applies a contract function to evaluated arguments, in the invocation {@code ctx} (whose
     * contract is {@code contract}). Public and read-only functions run in a nested context, as
     * a transaction does: a public one commits on {@code ok} and rolls back on {@code err}, a
     * read-only one always rolls back.
     */
    public static Value callFunction(DeployedContract contract, Definition.Function f, List<Value> args, CallContext ctx) {
        FunctionSignature sig = contract.signature(f.name());
        switch (f.kind()) {
            case DEFINE_PRIVATE -> {
                return execute(contract, sig, f, args, ctx);
            }
            case DEFINE_READ_ONLY -> {
                var log = ctx.exec().state().log();
                log.begin(true);
                try {
                    return execute(contract, sig, f, args, ctx);
                } finally {
                    log.rollback();
                }
            }
            default -> {
                var log = ctx.exec().state().log();
                log.begin(false);
                Value result;
                try {
                    result = execute(contract, sig, f, args, ctx);
                } catch (RuntimeException e) {
                    log.rollback();
                    throw e;
                }
                if (result instanceof io.clarity.value.ResponseValue r && r.isOk()) {
                    log.commit();
                } else {
                    log.rollback();
                }
                return result;
            }
        }
    }

    private static Value execute(DeployedContract contract, FunctionSignature sig, Definition.Function f,
                                 List<Value> args, CallContext ctx) {
        CallTracer tracer = ctx.exec().tracer();
        if (tracer == null) {
            return run(contract, sig, f, args, ctx);
        }
        tracer.enter(contract.id(), f.name(), f.kind(), args);
        try {
            Value result = run(contract, sig, f, args, ctx);
            tracer.exit(result);
            return result;
        } catch (ClarityError e) {
            tracer.fail(e.in(contract.name()));
            throw e;
        }
    }

    private static Value run(DeployedContract contract, FunctionSignature sig, Definition.Function f,
                             List<Value> args, CallContext ctx) {
        int n = sig.parameterNames().size();
        if (args.size() != n) {
            throw RuntimeErrorKind.IncorrectArgumentCount.error(n, args.size());
        }
        Locals locals = Locals.EMPTY;
        for (int i = 0; i < n; i++) {
            Value v = args.get(i);
            if (!Types.admitsValue(ctx.exec().epoch(), sig.parameterTypes().get(i), v)) {
                throw RuntimeErrorKind.TypeValueError.error(sig.parameterTypes().get(i), v);
            }
            String name = sig.parameterNames().get(i);
            if (locals.lookup(name) != null) {
                throw RuntimeErrorKind.NameAlreadyUsed.error(name);
            }
            locals = locals.bind(name, v);
        }
        String id = contract.id().address() + "." + f.name();
        ExecutionContext exec = ctx.exec();
        exec.enterFunction(id);
        try {
            return eval(f.body(), ctx, locals);
        } catch (EarlyReturn r) {
            return r.value();
        } catch (ClarityError e) {
            throw e.in(contract.name());
        } finally {
            exec.leaveFunction(id);
        }
    }
}

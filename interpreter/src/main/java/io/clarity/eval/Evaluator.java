package io.clarity.eval;

import io.clarity.analysis.FunctionSignature;
import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.chain.Blocks;
import io.clarity.chain.DeployedContract;
import io.clarity.cost.CostFunction;
import io.clarity.cost.CostTracker;
import io.clarity.cost.NativeCosts;
import io.clarity.cost.ValueSizes;
import io.clarity.definitions.Definition;
import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.natives.NativeFunction;
import io.clarity.natives.NativeVariable;
import io.clarity.natives.Natives;
import io.clarity.type.Types;
import io.clarity.value.BoolValue;
import io.clarity.value.NoneValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.util.ArrayList;
import java.util.List;

/**
 * The tree walker. Literals are themselves, names are looked up (keywords, then locals, then the
 * contract's constants), lists apply natives or the contract's functions. Every application is a
 * level of the call stack. Errors raised without a position get the span of the expression that
 * was being evaluated.
 *
 * <p>Costs are charged where the reference charges them (see {@link io.clarity.cost.CostInputs}):
 * a function lookup per application, a depth and a size per variable lookup, and the natives'
 * own costs by {@link NativeCosts}. {@link #eval} gives a value its consumer keeps (a copy, in the
 * reference's terms); {@link #evalBorrowed} one its consumer only looks at, which in epoch 3.4 does
 * not pay for the variable's size.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /** The value of {@code e}, for a consumer that keeps it. */
    public static Value eval(Expr e, CallContext ctx, Locals locals) {
        if (e instanceof LiteralExpr lit) {
            return lit.value();
        }
        if (e instanceof AtomExpr atom) {
            return lookupVariable(atom, ctx, locals, true);
        }
        if (e instanceof ListExpr list) {
            return apply(list, ctx, locals);
        }
        throw RuntimeErrorKind.TypeValueError.error("value", "a trait reference").at(e.span());
    }

    /**
     * The value of {@code e}, for a consumer that only looks at it (a condition, a comparison, a
     * map key to look up): in epoch 3.4 a variable's size is then not charged.
     */
    public static Value evalBorrowed(Expr e, CallContext ctx, Locals locals) {
        if (e instanceof AtomExpr atom) {
            return lookupVariable(atom, ctx, locals, false);
        }
        return eval(e, ctx, locals);
    }

    /**
     * A consumer keeps a value it first only looked at ({@link #evalBorrowed}): in epoch 3.4 a
     * variable's size is charged now (the reference's {@code clone_with_cost}).
     */
    public static void chargeCopy(Expr e, Value v, CallContext ctx) {
        ExecutionContext exec = ctx.exec();
        if (exec.tracking() && exec.chargesCopies() && e instanceof AtomExpr atom
                && NativeVariable.lookup(atom.name(), ctx.contract().version()) == null) {
            exec.costs().charge(CostFunction.LOOKUP_VARIABLE_SIZE, ValueSizes.size(v));
        }
    }

    private static Value lookupVariable(AtomExpr atom, CallContext ctx, Locals locals, boolean copied) {
        String name = atom.name();
        NativeVariable keyword = NativeVariable.lookup(name, ctx.contract().version());
        if (keyword != null) {
            return keyword(keyword, ctx);
        }
        if (ctx.exec().tracking()) {
            return lookupVariableCharged(atom, ctx, locals, copied);
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

    /** A variable lookup's costs: the context depth, then (unless only looked at, from 3.4) the value's size. */
    private static Value lookupVariableCharged(AtomExpr atom, CallContext ctx, Locals locals, boolean copied) {
        ExecutionContext exec = ctx.exec();
        exec.costs().charge(CostFunction.LOOKUP_VARIABLE_DEPTH, locals.depth());
        Value v = locals.lookup(atom.name());
        if (v == null) {
            v = ctx.contract().constant(atom.name());
        }
        if (v == null) {
            throw io.clarity.error.CheckErrorKind.UndefinedVariable.error(atom.name()).at(atom.span());
        }
        if (copied || !exec.chargesCopies()) {
            exec.costs().charge(CostFunction.LOOKUP_VARIABLE_SIZE, ValueSizes.size(v));
        }
        return v;
    }

    /** The value of a keyword in this invocation. */
    public static Value keyword(NativeVariable k, CallContext ctx) {
        Blocks blocks = ctx.exec().blocks();
        if (ctx.exec().tracking()) {
            chargeKeyword(k, ctx.exec().costs());
        }
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

    /** The keywords read from chain state cost a variable fetch of one byte. */
    private static void chargeKeyword(NativeVariable k, CostTracker costs) {
        switch (k) {
            case BLOCK_HEIGHT, BURN_BLOCK_HEIGHT, STACKS_BLOCK_HEIGHT, TENURE_HEIGHT, STACKS_BLOCK_TIME,
                    STX_LIQUID_SUPPLY -> costs.charge(CostFunction.FETCH_VAR, 1);
            case TX_SENDER, CONTRACT_CALLER, CURRENT_CONTRACT, TX_SPONSOR, CHAIN_ID, NONE, TRUE, FALSE,
                    IS_IN_REGTEST, IS_IN_MAINNET -> {
            }
        }
    }

    private static Value apply(ListExpr list, CallContext ctx, Locals locals) {
        List<Expr> items = list.items();
        if (items.isEmpty() || !(items.get(0) instanceof AtomExpr head)) {
            throw io.clarity.error.CheckErrorKind.NonFunctionApplication.error().at(list.span());
        }
        ExecutionContext exec = ctx.exec();
        if (exec.tracking()) {
            exec.costs().charge(CostFunction.LOOKUP_FUNCTION, 0);
        }
        exec.enter();
        try {
            NativeFunction nf = NativeFunction.lookup(head.name(), ctx.contract().version());
            List<Expr> args = items.subList(1, items.size());
            if (nf != null) {
                return Natives.apply(nf, args, ctx, locals);
            }
            return applyFunction(head.name(), args, ctx, locals);
        } catch (ClarityError e) {
            throw e.at(list.span());
        } finally {
            exec.leave();
        }
    }

    /** A call of a function of the contract (kept apart from {@link #apply} so that the JIT inlines that). */
    private static Value applyFunction(String name, List<Expr> args, CallContext ctx, Locals locals) {
        DeployedContract contract = ctx.contract();
        Definition.Function f = contract.function(name);
        if (f == null) {
            throw io.clarity.error.CheckErrorKind.UnknownFunction.error(name);
        }
        if (ctx.exec().tracking()) {
            return callWithMemory(contract, f, args, ctx, locals);
        }
        List<Value> values = new ArrayList<>(args.size());
        for (Expr a : args) {
            values.add(eval(a, ctx, locals));
        }
        return callFunction(contract, f, values, ctx);
    }

    /** A user function call whose arguments are counted in memory until it returns. */
    private static Value callWithMemory(DeployedContract contract, Definition.Function f, List<Expr> args,
                                        CallContext ctx, Locals locals) {
        CostTracker costs = ctx.exec().costs();
        List<Value> values = new ArrayList<>(args.size());
        long memory = 0;
        try {
            for (Expr a : args) {
                Value v = eval(a, ctx, locals);
                long size = ValueSizes.size(v);
                costs.addMemory(size);
                memory += size;
                values.add(v);
            }
            return callFunction(contract, f, values, ctx);
        } finally {
            costs.dropMemory(memory);
        }
    }

    /** The body of a native bound with {@code Natives.simple}: it gets its arguments evaluated. */
    @FunctionalInterface
    public interface SimpleNative {
        Value apply(List<Value> args, CallContext ctx);
    }

    /**
     * Applies a native bound with {@code Natives.simple} while costs are tracked: evaluates its
     * arguments and charges its cost, both as {@link NativeCosts} says for this native. (Without
     * tracking, the binding evaluates the arguments itself, keeping that path as short as it was.)
     */
    public static Value applySimple(NativeFunction f, List<Expr> args, CallContext ctx, Locals locals, SimpleNative body) {
        ExecutionContext exec = ctx.exec();
        CostTracker costs = exec.costs();
        NativeCosts.Input input = NativeCosts.input(f);
        if (input == NativeCosts.Input.ZERO_BEFORE_ARGS) {
            costs.charge(f, 0);
        }
        NativeCosts.Arguments mode = input.arguments();
        List<Value> values = new ArrayList<>(args.size());
        long memory = 0;
        try {
            for (Expr a : args) {
                Value v = mode == NativeCosts.Arguments.BORROWED ? evalBorrowed(a, ctx, locals) : eval(a, ctx, locals);
                if (mode == NativeCosts.Arguments.APPLIED) {
                    long size = ValueSizes.size(v);
                    costs.addMemory(size);
                    memory += size;
                }
                values.add(v);
            }
            chargeNative(f, input, values, ctx);
            return body.apply(values, ctx);
        } finally {
            costs.dropMemory(memory);
        }
    }

    /**
     * Charges a simple native applied to values already evaluated (as {@code map}, {@code filter}
     * and {@code fold} apply their function).
     */
    public static void chargeNative(NativeFunction f, List<Value> values, CallContext ctx) {
        if (ctx.exec().tracking()) {
            NativeCosts.Input input = NativeCosts.input(f);
            if (input == NativeCosts.Input.ZERO_BEFORE_ARGS) {
                ctx.exec().costs().charge(f, 0);
            }
            chargeNative(f, input, values, ctx);
        }
    }

    private static void chargeNative(NativeFunction f, NativeCosts.Input input, List<Value> values, CallContext ctx) {
        long n = switch (input) {
            case ARG_COUNT -> values.size();
            case ARGS_SERIALIZED_SIZE -> ctx.exec().epoch().atLeast(Epoch.E2_05) ? serializedSizes(values) : values.size();
            case SMALLER_ARG_SIZE -> ctx.contract().version().atLeast(ClarityVersion.CLARITY2)
                    ? Math.min(ValueSizes.size(values.get(0)), ValueSizes.size(values.get(1))) : values.size();
            case ARG_SIZE -> ValueSizes.size(values.get(0));
            case ARGS_SIZE -> sizes(values);
            // charged before the arguments, or by the native itself
            case ZERO_BEFORE_ARGS, OWN -> -1;
        };
        if (n >= 0) {
            ctx.exec().costs().charge(f, n);
        }
    }

    private static long serializedSizes(List<Value> values) {
        long n = 0;
        for (Value v : values) {
            n += ValueSizes.serializedSize(v);
        }
        return n;
    }

    private static long sizes(List<Value> values) {
        long n = 0;
        for (Value v : values) {
            n += ValueSizes.size(v);
        }
        return n;
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
        int n = sig.parameterNames().size();
        if (ctx.exec().tracking()) {
            chargeApplication(sig, args, ctx.exec());
        }
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
        String id = contract.functionId(f.name());
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

    /** A user function's application: its parameter count, then one type check per parameter. */
    private static void chargeApplication(FunctionSignature sig, List<Value> args, ExecutionContext exec) {
        CostTracker costs = exec.costs();
        costs.charge(CostFunction.USER_FUNCTION_APPLICATION, sig.parameterNames().size());
        if (exec.argumentSizes()) {
            for (Value v : args) {
                costs.charge(CostFunction.INNER_TYPE_CHECK_COST, ValueSizes.size(v));
            }
        } else {
            for (var t : sig.parameterTypes()) {
                costs.charge(CostFunction.INNER_TYPE_CHECK_COST, Types.size(t));
            }
        }
    }
}

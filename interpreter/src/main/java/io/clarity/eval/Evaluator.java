package io.clarity.eval;

import io.clarity.analysis.FunctionSignature;
import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.chain.Blocks;
import io.clarity.chain.DeployedContract;
import io.clarity.chain.Transaction;
import io.clarity.chain.UndoLog;
import io.clarity.cost.CostFunction;
import io.clarity.cost.CostTracker;
import io.clarity.cost.NativeCosts;
import io.clarity.definitions.Definition;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.natives.Natives;
import io.clarity.value.BoolValue;
import io.clarity.value.CallableType;
import io.clarity.value.CallableValue;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.ErrValue;
import io.clarity.value.ListType;
import io.clarity.value.ListValue;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.OptionalType;
import io.clarity.value.PrincipalValue;
import io.clarity.value.ResponseType;
import io.clarity.value.SomeValue;
import io.clarity.value.TraitIdentifier;
import io.clarity.value.TraitReferenceType;
import io.clarity.value.TupleType;
import io.clarity.value.TupleValue;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.value.ValueTypes;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.DefineKind;
import io.clarity.vocabulary.NativeFunction;
import io.clarity.vocabulary.NativeVariable;
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
        if (exec.chargesCopies() && e instanceof AtomExpr atom
                && NativeVariable.lookup(atom.name(), ctx.contract().version()) == null) {
            exec.costs().chargeSize(CostFunction.LOOKUP_VARIABLE_SIZE, v);
        }
    }

    /**
     * Looks {@code name} up as a variable only for what it costs, ignoring failures, as the
     * simnet's call tracer evaluates the target name of a {@code contract-call?} to print it (a
     * failure it prints as "?"; a cost limit it crosses fails the next charge).
     */
    public static void lookUpForTracer(AtomExpr name, CallContext ctx, Locals locals) {
        try {
            evalBorrowed(name, ctx, locals);
        } catch (ClarityError e) {
            // the tracer prints "?" and the call goes on
        }
    }

    /**
     * A variable's value and its lookup's costs: the context depth, then (unless only looked at,
     * from 3.4) the value's size.
     */
    private static Value lookupVariable(AtomExpr atom, CallContext ctx, Locals locals, boolean copied) {
        String name = atom.name();
        NativeVariable keyword = NativeVariable.lookup(name, ctx.contract().version());
        if (keyword != null) {
            return keyword(keyword, ctx);
        }
        ExecutionContext exec = ctx.exec();
        CostTracker costs = exec.costs();
        costs.charge(CostFunction.LOOKUP_VARIABLE_DEPTH, locals.depth());
        Value v = locals.lookup(name);
        if (v != null) {
            if (v instanceof CallableValue c && !ctx.contract().version().atLeast(ClarityVersion.CLARITY2)) {
                // Clarity 1 keeps trait references apart from values: the name reads as the
                // principal, and is no variable (no size to pay)
                return c.contract();
            }
            if (copied || !exec.chargesCopies()) {
                costs.chargeSize(CostFunction.LOOKUP_VARIABLE_SIZE, v);
            }
            return v;
        }
        DeployedContract contract = ctx.contract();
        v = contract.constant(name);
        if (v == null) {
            throw CheckErrorKind.UndefinedVariable.error(name).at(atom.span());
        }
        // the sanitized copy is made once, when the constant is bound
        Value sanitized = exec.epoch().sanitizesValues() ? contract.sanitizedConstant(name) : v;
        if (exec.chargesCopies()) {
            // from 3.4 constants are sanitized when the contract is deployed or loaded, then lent
            if (copied) {
                costs.chargeSize(CostFunction.LOOKUP_VARIABLE_SIZE, sanitized);
            }
            return sanitized;
        }
        // before 3.4 a constant is copied, then sanitized
        costs.chargeSize(CostFunction.LOOKUP_VARIABLE_SIZE, v);
        return sanitized;
    }

    /**
     * The value of a keyword in this invocation. Block keywords read the block the code runs at
     * (the tip, or an at-block's block); the simulated chain is a testnet, not in regtest.
     */
    public static Value keyword(NativeVariable k, CallContext ctx) {
        ExecutionContext exec = ctx.exec();
        Blocks blocks = exec.blocks();
        long view = exec.viewHeight();
        chargeKeyword(k, exec.costs());
        return switch (k) {
            case TX_SENDER -> ctx.sender();
            case CONTRACT_CALLER -> ctx.caller();
            case CURRENT_CONTRACT -> ctx.contract().id();
            case TX_SPONSOR -> ctx.sponsor() == null ? NoneValue.INSTANCE : ctx.sponsor();
            // Clarity 1 and 2 read the tenure height as block-height from epoch 3.0
            case BLOCK_HEIGHT -> UIntValue.of(exec.epoch().isNakamoto() ? blocks.tenureHeightAt(view) : view);
            case BURN_BLOCK_HEIGHT -> UIntValue.of(blocks.burnBlockHeightAt(view));
            case STACKS_BLOCK_HEIGHT -> UIntValue.of(view);
            case TENURE_HEIGHT -> UIntValue.of(blocks.tenureHeightAt(view));
            case STACKS_BLOCK_TIME -> UIntValue.of(blocks.blockTimeAt(view));
            case STX_LIQUID_SUPPLY -> exec.state().liquidSupply();
            case CHAIN_ID -> TESTNET_CHAIN_ID;
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

    private static final UIntValue TESTNET_CHAIN_ID = UIntValue.of(0x80000000L);

    private static Value apply(ListExpr list, CallContext ctx, Locals locals) {
        ExecutionListener listener = ctx.exec().listener();
        if (listener != null) {
            return applyObserved(list, ctx, locals, listener);
        }
        return applyBody(list, ctx, locals);
    }

    /** An application told to {@code listener}: entered, then exited, left early or failed. */
    private static Value applyObserved(ListExpr list, CallContext ctx, Locals locals, ExecutionListener listener) {
        ExecutionContext exec = ctx.exec();
        ListExpr outer = exec.enterExpression(list);
        try {
            listener.enter(list, ctx, locals);
            Value v;
            try {
                v = applyBody(list, ctx, locals);
            } catch (EarlyReturn r) {
                listener.exitEarly(list, ctx, r.value(), r.form());
                throw r;
            } catch (ClarityError e) {
                listener.fail(list, ctx, e);
                throw e;
            }
            listener.exit(list, ctx, v);
            return v;
        } finally {
            exec.leaveExpression(outer);
        }
    }

    private static Value applyBody(ListExpr list, CallContext ctx, Locals locals) {
        List<Expr> items = list.items();
        if (items.isEmpty() || !(items.get(0) instanceof AtomExpr head)) {
            throw CheckErrorKind.NonFunctionApplication.error().at(list.span());
        }
        ExecutionContext exec = ctx.exec();
        exec.costs().charge(CostFunction.LOOKUP_FUNCTION, 0);
        exec.enter();
        try {
            NativeFunction nf = nativeHead(list, head, ctx.contract().version());
            List<Expr> args = list.args();
            if (nf != null) {
                return Natives.apply(nf, args, ctx, locals);
            }
            return applyFunction(head.name(), args, ctx, locals);
        } catch (ClarityError e) {
            throw e.at(list.span());
        } catch (ClassCastException e) {
            // natives trust the type checker; only an at-block's untyped none escapes it
            if (exec.holdsUntypedValue()) {
                throw RuntimeErrorKind.TypeValueError.error("the checked type",
                        "none (a data-var read at a block before it existed)").at(list.span());
            }
            throw e;
        } finally {
            exec.leave();
        }
    }

    /** The native an application's head names in a contract of {@code version} (null: none); looked up once per expression. */
    private static NativeFunction nativeHead(ListExpr list, AtomExpr head, ClarityVersion version) {
        if (list.resolution() instanceof Head h && h.version == version) {
            return h.nativeFunction;
        }
        NativeFunction nf = NativeFunction.lookup(head.name(), version);
        list.resolution(new Head(version, nf));
        return nf;
    }

    /** An application's head resolved in a contract of {@code version}: the native it names, or null. */
    private record Head(ClarityVersion version, NativeFunction nativeFunction) {
    }

    /**
     * Calls public or read-only function {@code function} of deployed contract {@code target}
     * (contract-call? and its shortcut for snippets), as {@code caller} on behalf of the
     * invocation {@code ctx}: the callee keeps its tx-sender and sponsor.
     */
    public static Value callContract(ContractPrincipalValue target, String function, List<Value> args, CallContext ctx,
                                     PrincipalValue caller) {
        DeployedContract callee = ctx.exec().state().contract(target);
        if (callee == null) {
            throw RuntimeErrorKind.NoSuchContract.error(target.address());
        }
        Definition.Function f = callee.function(function);
        if (f == null || f.kind() == DefineKind.DEFINE_PRIVATE) {
            throw RuntimeErrorKind.NoSuchPublicFunction.error(target.address(), function);
        }
        return callExternal(callee, f, args, ctx.calling(callee, caller));
    }

    /**
     * Calls a function from outside its contract (a transaction, or contract-call?): like
     * {@link #callFunction}, in a frame of its own on the call stack, after loading the contract
     * ({@code cost_load_contract} of its size, which is counted in memory during the call). The
     * arguments are sanitized, as they cross the boundary.
     */
    public static Value callExternal(DeployedContract contract, Definition.Function f, List<Value> args, CallContext ctx) {
        ExecutionContext exec = ctx.exec();
        long loaded = exec.loadContract(contract);
        exec.enterCallee();
        try {
            return callFunction(contract, f, ValueTypes.sanitized(exec.epoch(), args), ctx);
        } finally {
            exec.leave();
            exec.releaseMemory(loaded);
        }
    }

    /** A call of a function of the contract (kept apart from {@link #apply} so that the JIT inlines that). */
    private static Value applyFunction(String name, List<Expr> args, CallContext ctx, Locals locals) {
        DeployedContract contract = ctx.contract();
        Definition.Function f = contract.function(name);
        if (f == null) {
            throw CheckErrorKind.UnknownFunction.error(name);
        }
        return callWithMemory(contract, f, args, ctx, locals);
    }

    /** The values of {@code exprs}, evaluated left to right. */
    public static List<Value> evalAll(List<Expr> exprs, CallContext ctx, Locals locals) {
        List<Value> values = new ArrayList<>(exprs.size());
        for (Expr e : exprs) {
            values.add(eval(e, ctx, locals));
        }
        return values;
    }

    /** A user function call whose arguments are counted in memory until it returns. */
    private static Value callWithMemory(DeployedContract contract, Definition.Function f, List<Expr> args,
                                        CallContext ctx, Locals locals) {
        CostTracker costs = ctx.exec().costs();
        List<Value> values = new ArrayList<>(args.size());
        long memory = 0;
        try {
            for (int i = 0; i < args.size(); i++) {
                Value v = eval(args.get(i), ctx, locals);
                memory += costs.holdMemory(v);
                values.add(v);
            }
            return callFunction(contract, f, values, ctx);
        } finally {
            costs.dropMemory(memory);
        }
    }

    /**
     * Applies a contract function to evaluated arguments, in the invocation {@code ctx} (whose
     * contract is {@code contract}). Public and read-only functions run in a nested
     * {@link Transaction}: a public one commits on {@code ok} and rolls back on {@code err}, a
     * read-only one always rolls back.
     */
    public static Value callFunction(DeployedContract contract, Definition.Function f, List<Value> args, CallContext ctx) {
        FunctionSignature sig = contract.signature(f.name());
        if (f.kind() == DefineKind.DEFINE_PRIVATE) {
            return execute(contract, sig, f, args, ctx);
        }
        Transaction.Kind kind = f.kind() == DefineKind.DEFINE_READ_ONLY
                ? Transaction.Kind.READ_ONLY : Transaction.Kind.RESPONSE;
        // begin and end rather than Transaction.run: a body lambda would be an allocation per call
        UndoLog log = ctx.exec().state().log();
        Transaction.begin(log, kind);
        Value result;
        try {
            result = execute(contract, sig, f, args, ctx);
        } catch (RuntimeException | Error e) {
            Transaction.fail(log);
            throw e;
        }
        return Transaction.end(log, kind, result);
    }

    private static Value execute(DeployedContract contract, FunctionSignature sig, Definition.Function f,
                                 List<Value> args, CallContext ctx) {
        ExecutionListener listener = ctx.exec().listener();
        if (listener == null) {
            return run(contract, sig, f, args, ctx);
        }
        listener.call(contract, f, args, ctx);
        try {
            Value result = run(contract, sig, f, args, ctx);
            listener.returned(contract, f, result, ctx);
            return result;
        } catch (ClarityError e) {
            listener.failed(contract, f, e.in(contract.name()), ctx);
            throw e;
        }
    }

    private static Value run(DeployedContract contract, FunctionSignature sig, Definition.Function f,
                             List<Value> args, CallContext ctx) {
        int n = sig.parameterNames().size();
        chargeApplication(sig, args, ctx.exec());
        if (args.size() != n) {
            throw RuntimeErrorKind.IncorrectArgumentCount.error(n, args.size());
        }
        Locals locals = Locals.EMPTY;
        for (int i = 0; i < n; i++) {
            Value v = argument(sig.parameterTypes().get(i), args.get(i), contract.version(), ctx.exec());
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
            for (int i = 0; i < args.size(); i++) {
                costs.chargeSize(CostFunction.INNER_TYPE_CHECK_COST, args.get(i));
            }
        } else {
            List<TypeSignature> types = sig.parameterTypes();
            for (int i = 0; i < types.size(); i++) {
                costs.chargeTypeSize(CostFunction.INNER_TYPE_CHECK_COST, types.get(i));
            }
        }
    }

    /**
     * An argument as the parameter of type {@code t} receives it. A contract principal passed
     * for a trait parameter becomes a trait reference; from Clarity 2 that happens inside
     * optionals, responses, lists and tuples too, and a trait reference passed for another
     * (compatible) trait takes the parameter's trait. The parameter types of a Clarity 1
     * contract are read as the epoch reads stored types: in epoch 2.2 the trait parameters of
     * an epoch 2.0/2.05 contract accept nothing (the regression SIP-023 repaired in 2.3).
     */
    private static Value argument(TypeSignature t, Value v, ClarityVersion version, ExecutionContext exec) {
        Epoch epoch = exec.epoch();
        if (!version.atLeast(ClarityVersion.CLARITY2)) {
            t = Types.canonicalize(epoch, t);
            boolean trait = epoch.usesTypeChecker21() ? t instanceof CallableType c && c.isTrait() : t instanceof TraitReferenceType;
            if (trait && v instanceof ContractPrincipalValue c) {
                return new CallableValue(c, traitOf(t));
            }
            if (t instanceof CallableType c && c.isTrait() && v instanceof CallableValue) {
                return v;
            }
        } else {
            v = implicitCast(t, v);
            if (traitOf(t) != null && v instanceof CallableValue) {
                return v;
            }
        }
        if (!ValueTypes.admitsValue(epoch, t, v)) {
            throw RuntimeErrorKind.TypeValueError.error(t, v);
        }
        if (!epoch.sanitizesValues() && ValueTypes.holdsUndeclaredFields(v)) {
            exec.admitUndeclaredFields();
        }
        return v;
    }

    private static TraitIdentifier traitOf(TypeSignature t) {
        if (t instanceof CallableType c) {
            return c.trait();
        }
        return t instanceof TraitReferenceType r ? r.trait() : null;
    }

    /**
     * Clarity 2's casts of contract principals and trait references to the traits {@code t}
     * holds. The cast also retypes, as the reference's does, every tuple to its parameter type
     * and every list to its parameter's item type (with the list's own maximum length), which the
     * values' sizes follow.
     */
    private static Value implicitCast(TypeSignature t, Value v) {
        if (t instanceof OptionalType o && v instanceof SomeValue s) {
            Value inner = implicitCast(o.inner(), s.value());
            return inner == s.value() ? v : new SomeValue(inner);
        } else if (t instanceof ResponseType r && v instanceof OkValue ok) {
            Value inner = implicitCast(r.ok(), ok.inner());
            return inner == ok.inner() ? v : new OkValue(inner);
        } else if (t instanceof ResponseType r && v instanceof ErrValue err) {
            Value inner = implicitCast(r.err(), err.inner());
            return inner == err.inner() ? v : new ErrValue(inner);
        } else if (t instanceof ListType l && v instanceof ListValue list && !(l.elementType() instanceof TypeSignature.NoType)) {
            List<Value> items = null;
            // items of a type without lists, tuples, optionals, responses or traits cast to themselves
            boolean castsItems = !ValueTypes.holdsNoListOrTuple(l.elementType()) || traitOf(l.elementType()) != null;
            for (int i = 0; castsItems && i < list.items().size(); i++) {
                Value item = list.items().get(i);
                Value cast = implicitCast(l.elementType(), item);
                if (cast != item && items == null) {
                    items = new ArrayList<>(list.items().subList(0, i));
                }
                if (items != null) {
                    items.add(cast);
                }
            }
            int maxLength = ((ListType) ValueTypes.typeOf(list)).maxLength();
            return new ListValue(items == null ? list.items() : items, Types.list(l.elementType(), maxLength));
        } else if (t instanceof TupleType tt && v instanceof TupleValue tuple) {
            List<Value> values = null;
            for (int i = 0; i < tuple.names().size(); i++) {
                TypeSignature field = tt.field(tuple.names().get(i));
                if (field == null) {
                    throw RuntimeErrorKind.TypeValueError.error(t, v);
                }
                Value item = tuple.values().get(i);
                Value cast = implicitCast(field, item);
                if (cast != item && values == null) {
                    values = new ArrayList<>(tuple.values().subList(0, i));
                }
                if (values != null) {
                    values.add(cast);
                }
            }
            return new TupleValue(tuple.names(), values == null ? tuple.values() : values, tt);
        }
        TraitIdentifier trait = traitOf(t);
        if (trait != null && v instanceof CallableValue c) {
            return new CallableValue(c.contract(), trait);
        }
        if (trait != null && v instanceof ContractPrincipalValue c) {
            return new CallableValue(c, trait);
        }
        return v;
    }
}

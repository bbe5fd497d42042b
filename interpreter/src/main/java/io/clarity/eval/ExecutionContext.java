package io.clarity.eval;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.chain.Blocks;
import io.clarity.chain.ChainState;
import io.clarity.chain.DeployedContract;
import io.clarity.chain.Transaction;
import io.clarity.chain.UndoLog;
import io.clarity.cost.CostFunction;
import io.clarity.cost.CostInputs;
import io.clarity.cost.CostTracker;
import io.clarity.cost.ValueSizes;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.value.NoneValue;
import io.clarity.value.TupleValue;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.value.Value;
import io.clarity.value.ValueTypes;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.NativeFunction;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * What one transaction (or read-only call, or deploy) runs against: the chain, its blocks, the
 * cost tracker, and the call stack, whose depth is bounded by the epoch's limit.
 *
 * <p>The epoch's cost rules are decided once here, so that the evaluator's checks are plain
 * field reads: whether storage costs use the stored sizes
 * (from 2.05), whether a variable's size is charged on lookup or only when its value is copied
 * (3.4), whether argument type checks cost by value size (3.3).
 */
public final class ExecutionContext {

    private final ChainState state;
    private final Blocks blocks;
    private final CostTracker costs;
    /** Null when nobody listens: an unobserved execution holds no more than this one field for the seam. */
    private final Observer observer;
    private final int maxDepth;
    /**
     * The user functions running, innermost last: a stack, as they leave in the reverse order of
     * entering; searched linearly, as call depth is small (an array rather than a set per call).
     */
    private String[] activeFunctions = new String[8];
    private int activeCount;
    private final boolean storedSizes;
    private final boolean chargesCopies;
    private final boolean argumentSizes;
    private final boolean looksUpCallTargets;
    private int depth;
    /** The block the code reads the chain at: the tip, or the block of an enclosing at-block. */
    private long viewHeight;
    /** Whether a var-get under at-block read a data-var before it existed (see {@link #untypedNone}). */
    private boolean untypedValue;

    public ExecutionContext(ChainState state, Blocks blocks, CostTracker costs) {
        this(state, blocks, costs, null, false);
    }

    /**
     * A context observed by {@code listener} (null: by nobody; see {@link ExecutionListener#of}).
     * {@code looksUpCallTargets}: the code runs as a contract call of the simnet, whose own call
     * tracer evaluates the name a {@code contract-call?} targets (to print it) before the call
     * runs, which costs a variable lookup; deploys do not have that tracer.
     */
    public ExecutionContext(ChainState state, Blocks blocks, CostTracker costs, ExecutionListener listener,
                            boolean looksUpCallTargets) {
        this.state = state;
        this.blocks = blocks;
        this.costs = costs;
        this.observer = listener == null ? null : new Observer(listener);
        this.looksUpCallTargets = looksUpCallTargets;
        Epoch epoch = blocks.epoch();
        this.maxDepth = epoch.maxCallStackDepth();
        this.viewHeight = blocks.stacksHeight();
        this.storedSizes = epoch.atLeast(Epoch.E2_05);
        this.chargesCopies = epoch.atLeast(Epoch.E3_4);
        this.argumentSizes = epoch.atLeast(Epoch.E3_3);
    }

    public ChainState state() {
        return state;
    }

    public Blocks blocks() {
        return blocks;
    }

    public Epoch epoch() {
        return blocks.epoch();
    }

    public CostTracker costs() {
        return costs;
    }

    /**
     * Whether a variable's size is charged when a consumer copies its value rather than on every
     * lookup (epoch 3.4, where the reference lends variables' values instead of cloning them).
     */
    public boolean chargesCopies() {
        return chargesCopies;
    }

    /** Whether a user function's argument checks cost by the arguments' sizes (from 3.3) rather than their declared types'. */
    public boolean argumentSizes() {
        return argumentSizes;
    }

    /** What observes this execution, or null when nothing does. */
    public ExecutionListener listener() {
        return observer == null ? null : observer.listener;
    }

    /**
     * The innermost application being evaluated, while a listener observes this execution (null
     * otherwise, and outside any application): the place of a branch, a binding, a state
     * access or an event a listener hears, and during enter and exit the expression itself.
     */
    public ListExpr expression() {
        return observer == null ? null : observer.expression;
    }

    /**
     * Makes {@code e} the innermost application (only called while observed); returns the one it
     * encloses, to give back to {@link #leaveExpression}.
     */
    ListExpr enterExpression(ListExpr e) {
        ListExpr outer = observer.expression;
        observer.expression = e;
        return outer;
    }

    void leaveExpression(ListExpr outer) {
        observer.expression = outer;
    }

    /** The listener of an observed execution and where the evaluation is. */
    private static final class Observer {
        final ExecutionListener listener;
        ListExpr expression;

        Observer(ExecutionListener listener) {
            this.listener = listener;
        }
    }

    /**
     * The value of a data-var read at a block before the var existed: the reference reads a
     * {@code none} whatever the var's type, so a value of the wrong type can reach natives that
     * the type checker vouched for, where the reference fails with a {@code TypeValueError}.
     */
    public Value untypedNone() {
        untypedValue = true;
        return NoneValue.INSTANCE;
    }

    /**
     * Notes that a value with tuple fields its type does not declare is about (before 2.4 a list,
     * built in code or admitted as a Clarity 1 argument, is typed by the least supertype of its
     * items and keeps a later item's extra fields): what is stored from now on is checked, as the
     * reference checks it.
     */
    public void admitUndeclaredFields() {
        untypedValue = true;
    }

    /** Whether this execution has produced a value of the wrong type ({@link #untypedNone}, {@link #admitUndeclaredFields}). */
    public boolean holdsUntypedValue() {
        return untypedValue;
    }

    /**
     * Refuses to store {@code v} as a {@code declared} once a value of the wrong type is about
     * ({@link #untypedNone}): the reference checks what it stores, the type checker vouches for
     * everything else.
     */
    public void checkStored(TypeSignature declared, Value v) {
        if (untypedValue && !ValueTypes.admitsValue(epoch(), declared, v)) {
            throw RuntimeErrorKind.TypeValueError.error(declared, v);
        }
    }

    /** The height of the block the code reads the chain at (the tip, unless inside at-block). */
    public long viewHeight() {
        return viewHeight;
    }

    /**
     * Runs {@code body} as of block {@code height} (at-block): in a read-only context, reading
     * that block's state and information.
     */
    public Value atBlock(long height, Supplier<Value> body) {
        UndoLog log = state.log();
        Transaction.begin(log, Transaction.Kind.READ_ONLY);
        long previous = viewHeight;
        viewHeight = height;
        Value value;
        try {
            value = log.asOf(height, body);
        } catch (RuntimeException | Error e) {
            Transaction.fail(log);
            throw e;
        } finally {
            viewHeight = previous;
        }
        return Transaction.end(log, Transaction.Kind.READ_ONLY, value);
    }

    /**
     * Whether a {@code contract-call?} of a name first looks the name up as a variable, as the
     * simnet's call tracer does during contract calls (not during deploys).
     */
    public boolean looksUpCallTargets() {
        return looksUpCallTargets;
    }

    /** Enters one level of the call stack (every function application is one). */
    public void enter() {
        if (depth >= maxDepth) {
            throw RuntimeErrorKind.MaxStackDepthReached.error(maxDepth);
        }
        depth++;
    }

    public void leave() {
        depth--;
    }

    /**
     * Enters the frame of a function called from outside its contract (by a transaction or a
     * contract-call?). The reference does not check the depth here; the body's first
     * application does.
     */
    public void enterCallee() {
        depth++;
    }

    /** Marks a user function as running; a second activation is re-entry, which Clarity forbids. */
    public void enterFunction(String id) {
        for (int i = 0; i < activeCount; i++) {
            if (activeFunctions[i].equals(id)) {
                throw RuntimeErrorKind.CircularReference.error(id);
            }
        }
        if (activeCount == activeFunctions.length) {
            activeFunctions = Arrays.copyOf(activeFunctions, activeCount * 2);
        }
        activeFunctions[activeCount++] = id;
    }

    /** The innermost running function {@code id} has returned (functions leave in reverse order). */
    public void leaveFunction(String id) {
        activeFunctions[--activeCount] = null;
    }

    /** {@code as-contract}: its cost (from epoch 2.1) and the memory of its nested invocation. */
    public void enterAsContract() {
        if (epoch().atLeast(Epoch.E2_1)) {
            costs.charge(NativeFunction.AS_CONTRACT);
        }
        holdAsContractMemory();
    }

    /** The memory of a nested invocation as the contract ({@code as-contract}, {@code as-contract?}). */
    public void holdAsContractMemory() {
        costs.addMemory(CostInputs.AS_CONTRACT_MEMORY);
    }

    /** Leaves {@code as-contract}'s or {@code as-contract?}'s body. */
    public void leaveAsContract() {
        costs.dropMemory(CostInputs.AS_CONTRACT_MEMORY);
    }

    /** {@code get} on a tuple: the number of its fields. */
    public void chargeTupleGet(TupleValue tuple) {
        costs.charge(NativeFunction.GET, tuple.names().size());
    }

    /**
     * Loads {@code contract} to call one of its functions: {@code cost_load_contract} of its size,
     * which stays in memory until the call returns; returns what to release.
     */
    public long loadContract(DeployedContract contract) {
        costs.charge(CostFunction.LOAD_CONTRACT, contract.size());
        costs.addMemory(contract.size());
        return contract.size();
    }

    /** Parses a type expression at run time: the reference's type parser charges a step per node. */
    public void chargeTypeParse(Expr type) {
        costs.chargeTypeParse(type);
    }

    /** Counts a bound value in memory (let and match bindings); returns what to release. */
    public long holdMemory(Value v) {
        return costs.holdMemory(v);
    }

    /** Counts two values applied to a function in memory while it runs; returns what to release. */
    public long holdMemory(Value a, Value b) {
        return costs.holdMemory(a, b);
    }

    /** Counts values applied to a function in memory while it runs; returns what to release. */
    public long holdMemory(List<Value> values) {
        return costs.holdMemory(values);
    }

    /** Releases memory counted by {@link #holdMemory}. */
    public void releaseMemory(long bytes) {
        if (bytes != 0) {
            costs.dropMemory(bytes);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Storage costs (conventions: io.clarity.cost.CostInputs)
    // ---------------------------------------------------------------------------------------

    /**
     * {@code var-get} of {@code stored}: charges the read (the stored value's serialized size from
     * 2.05, else the declared type's size) and gives the value as the reference reads it, typed
     * as declared ({@link ValueTypes#asRead}).
     */
    public Value readVar(DeployedContract contract, String var, Value stored) {
        TypeSignature type = contract.analysis().dataVarType(var);
        if (storedSizes) {
            costs.chargeSerialized(NativeFunction.VAR_GET, stored, 0);
        } else {
            costs.chargeTypeSize(NativeFunction.VAR_GET, type);
        }
        return ValueTypes.asRead(epoch(), stored, type);
    }

    /** {@code var-set}: the new value's serialized size (from 2.05), else the declared type's size; the write stays in memory. */
    public void chargeVarSet(DeployedContract contract, String var, Value value) {
        if (storedSizes) {
            costs.addMemory(costs.chargeSerialized(NativeFunction.VAR_SET, value, 0));
        } else {
            costs.chargeTypeSize(NativeFunction.VAR_SET, contract.analysis().dataVarType(var));
            costs.holdMemory(value);
        }
    }

    /**
     * {@code map-get?} of {@code key}, whose entry is {@code stored} (null when absent): charges the
     * read (the key's and the stored {@code (some value)}'s serialized sizes from 2.05, or the
     * key's and a {@code none}'s for a deleted entry, else the declared types' sizes) and gives
     * the entry as the reference reads it, typed as declared.
     */
    public Value readMapEntry(DeployedContract contract, String map, Value key, Value stored) {
        TypeSignature[] types = contract.analysis().mapTypes(map);
        if (!storedSizes) {
            costs.charge(NativeFunction.MAP_GET, (long) Types.size(types[0]) + Types.size(types[1]));
        } else if (stored != null) {
            costs.chargeSerialized(NativeFunction.MAP_GET, key, stored, 1);
        } else {
            // a deleted entry is a stored none, which is read
            costs.chargeSerialized(NativeFunction.MAP_GET, key,
                    contract.storage().mapEntryDeleted(map, key) ? ValueSizes.NONE_SERIALIZED : 0);
        }
        return stored == null ? null : ValueTypes.asRead(epoch(), stored, types[1]);
    }

    /**
     * {@code map-set}, {@code map-insert} ({@code value} non-null) and {@code map-delete}
     * ({@code value} null), as native {@code f}: the key's serialized size, plus the written
     * entry's when a write happened ({@code (some value)}, or a serialized {@code none} for a
     * deletion); the write stays in memory. Before 2.05, the declared types' sizes (the key's
     * alone for a deletion).
     */
    public void chargeMapWrite(NativeFunction f, DeployedContract contract, String map, Value key, Value value,
                               boolean written) {
        if (storedSizes) {
            long n = written && value != null ? costs.chargeSerialized(f, key, value, 1)
                    : costs.chargeSerialized(f, key, written ? ValueSizes.NONE_SERIALIZED : 0);
            costs.addMemory(n);
        } else {
            costs.charge(f, mapTypesSize(contract, map, value != null));
            if (value == null) {
                costs.holdMemory(key);
            } else {
                costs.holdMemory(key, value);
            }
        }
    }

    private static long mapTypesSize(DeployedContract contract, String map, boolean withValue) {
        TypeSignature[] types = contract.analysis().mapTypes(map);
        return Types.size(types[0]) + (withValue ? Types.size(types[1]) : 0);
    }
}

package io.clarity;

import io.clarity.analysis.Analyzer;
import io.clarity.analysis.ContractAnalysis;
import io.clarity.analysis.TypeChecker;
import io.clarity.chain.Accounts;
import io.clarity.chain.Blocks;
import io.clarity.chain.ChainState;
import io.clarity.chain.DeployedContract;
import io.clarity.chain.UndoLog;
import io.clarity.cost.CostFunction;
import io.clarity.cost.CostTable;
import io.clarity.cost.CostTracker;
import io.clarity.cost.ExecutionCost;
import io.clarity.cost.LimitedCostTracker;
import io.clarity.definitions.DefineKind;
import io.clarity.definitions.Definition;
import io.clarity.error.CallErrorKind;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.eval.CallContext;
import io.clarity.eval.Deployer;
import io.clarity.eval.Evaluator;
import io.clarity.eval.ExecutionContext;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.NoneValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.ResponseValue;
import io.clarity.value.SomeValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.util.List;
import java.util.Map;

/**
 * A simulated chain that runs Clarity as the real VM does: the embeddable facade that the CLI,
 * the REPL and the JUnit support all use, in the image of the clarinet-sdk's {@code simnet}.
 *
 * <p>A tour of the architecture, following a deploy and a call:
 * <ol>
 *   <li>{@code syntax}: the source is pre-scanned (lexical errors, nesting depth), parsed by the
 *       ANTLR grammar of module {@code clarity-grammar}, and built into the {@code ast}: generic
 *       s-expressions with spans, sugar expanded.</li>
 *   <li>{@code definitions} reads the top-level forms as define records; {@code analysis} orders
 *       them ({@code DefinitionSorter}), checks read-only functions, and type-checks everything
 *       ({@code TypeChecker}, with one rule per native in {@code NativeTypeRules}).</li>
 *   <li>{@code eval} walks the AST: {@code Deployer} runs the top level, {@code Evaluator} applies
 *       natives (bound by one exhaustive switch in {@code natives.Natives}) and user functions.
 *       Values ({@code value}) are immutable; types live in {@code type}.</li>
 *   <li>{@code chain} holds all state under one undo log: nested contexts commit or roll back
 *       writes and events; {@code Blocks} moves heights and epochs as the simnet does.</li>
 *   <li>{@code cost} receives what each native spends; {@code error} names every failure after
 *       the reference's kinds.</li>
 * </ol>
 *
 * <p>Each transaction (deploy, public or private call, STX transfer) is its own block. A call
 * that returns {@code (err ...)} or fails at run time changes nothing but the block height.
 *
 * <p>Costs, as the simnet with cost tracking measures them: every deploy, public, private and
 * read-only call gets its own tracker, priced by the cost contract of the current epoch and limited
 * to a mainnet block ({@link ExecutionCost#BLOCK_LIMIT}); going over it in any dimension is a
 * runtime error ({@code CostBalanceExceeded}) that rolls the transaction back, and so is going
 * over the memory limit ({@code MemoryBalanceExceeded}). Results carry their costs. Snippets
 * ({@link #execute}) and {@link #transferStx} are never metered, as on the simnet. A simnet made
 * {@link #withoutCostTracking() without cost tracking} measures nothing, enforces no limit, and
 * runs faster.
 */
public final class Simnet {

    private final ChainState state = new ChainState();
    private final Blocks blocks;
    private final Map<String, StandardPrincipalValue> accounts;
    private final boolean trackCosts;
    private int scratchContracts;

    /**
     * A new chain as the clarinet-sdk opens one: epoch 2.05 at height 0, the standard accounts
     * funded, costs tracked. Call {@link #setEpoch} to move on (the oracle's default is 3.2).
     */
    public Simnet() {
        this(true);
    }

    /** A new chain that measures no costs and enforces no block limit (for speed). */
    public static Simnet withoutCostTracking() {
        return new Simnet(false);
    }

    private Simnet(boolean trackCosts) {
        this.trackCosts = trackCosts;
        this.blocks = new Blocks(Epoch.E2_05, 0, 0);
        this.accounts = Accounts.standard();
        UndoLog log = state.log();
        log.begin(false);
        for (StandardPrincipalValue p : accounts.values()) {
            state.mintStx(p, UIntValue.of(Accounts.STARTING_BALANCE));
        }
        log.commit();
    }

    /** A new chain in {@code epoch}, costs tracked. */
    public static Simnet inEpoch(Epoch epoch) {
        Simnet s = new Simnet();
        s.setEpoch(epoch);
        return s;
    }

    /** Whether transactions are metered (and limited). */
    public boolean tracksCosts() {
        return trackCosts;
    }

    // ---------------------------------------------------------------------------------------
    // Chain
    // ---------------------------------------------------------------------------------------

    public Epoch epoch() {
        return blocks.epoch();
    }

    /** Moves to another epoch; entering an epoch from 3.0 on adds a block. */
    public void setEpoch(Epoch epoch) {
        blocks.setEpoch(epoch);
    }

    public long stacksBlockHeight() {
        return blocks.stacksHeight();
    }

    public long burnBlockHeight() {
        return blocks.burnHeight();
    }

    /** Mines {@code n} empty blocks. */
    public void mineEmptyBlocks(int n) {
        blocks.mine(n);
    }

    /** The standard accounts by name ({@code deployer}, {@code wallet_1}, ...). */
    public Map<String, StandardPrincipalValue> accounts() {
        return accounts;
    }

    public StandardPrincipalValue deployer() {
        return accounts.get("deployer");
    }

    public ChainState state() {
        return state;
    }

    /** The deployed contract {@code id}, or null. */
    public DeployedContract contract(ContractPrincipalValue id) {
        return state.contract(id);
    }

    /** How many contracts have been deployed. */
    public int contractCount() {
        return state.contracts().size();
    }

    // ---------------------------------------------------------------------------------------
    // Transactions
    // ---------------------------------------------------------------------------------------

    /**
     * Deploys {@code source} as {@code sender.name}, as Clarity {@code version} (null: the
     * epoch's default). The deploy is a block even when it fails.
     */
    public Deployment deploy(String name, String source, ClarityVersion version, StandardPrincipalValue sender) {
        ClarityVersion v = version == null ? epoch().defaultClarityVersion() : version;
        ContractPrincipalValue id = new ContractPrincipalValue(sender, name);
        blocks.advanceForTransaction();
        if (!epoch().allows(v)) {
            throw CheckErrorKind.VersionNotAllowed.error(v + " cannot be used in epoch " + epoch()
                    + " (it allows Clarity 1 to " + epoch().defaultClarityVersion().number() + ")");
        }
        if (state.contract(id) != null) {
            throw CheckErrorKind.ContractAlreadyExists.error(id.address());
        }
        Analyzer.CheckedContract checked = Analyzer.analyze(id, source, v, epoch(), resolver());
        UndoLog log = state.log();
        int mark = log.eventCount();
        log.begin(false);
        try {
            CostTracker costs = newTracker();
            Deployer.Outcome outcome = Deployer.deploy(checked, newExecution(costs));
            state.addContract(outcome.contract());
            List<io.clarity.chain.Event> events = log.eventsSinceMark(mark);
            log.commit();
            return new Deployment(id, v, epoch(), events, costsOf(costs));
        } catch (RuntimeException e) {
            log.rollback();
            throw e;
        } finally {
            if (log.depth() == 0) {
                log.clearEvents();
            }
        }
    }

    /** Calls a public function as a transaction of {@code sender}. */
    public TxResult callPublic(ContractPrincipalValue contract, String function, List<Value> args, PrincipalValue sender) {
        return call(contract, function, args, sender, DefineKind.DEFINE_PUBLIC);
    }

    /** Calls a read-only function; nothing it does is kept, and no block is added. */
    public TxResult callReadOnly(ContractPrincipalValue contract, String function, List<Value> args, PrincipalValue sender) {
        return call(contract, function, args, sender, DefineKind.DEFINE_READ_ONLY);
    }

    /** Calls a private function as a transaction (a testing facility of the simnet). */
    public TxResult callPrivate(ContractPrincipalValue contract, String function, List<Value> args, PrincipalValue sender) {
        return call(contract, function, args, sender, DefineKind.DEFINE_PRIVATE);
    }

    private TxResult call(ContractPrincipalValue id, String function, List<Value> args, PrincipalValue sender,
                          DefineKind kind) {
        boolean transaction = kind != DefineKind.DEFINE_READ_ONLY;
        DeployedContract contract = state.contract(id);
        Definition.Function f = contract == null ? null : contract.function(function);
        if (f != null && f.kind() != kind) {
            throw (switch (kind) {
                case DEFINE_PUBLIC -> CallErrorKind.NotPublicFunction;
                case DEFINE_READ_ONLY -> CallErrorKind.NotReadOnlyFunction;
                default -> CallErrorKind.NotPrivateFunction;
            }).error(function);
        }
        if (transaction) {
            blocks.advanceForTransaction();
        }
        if (contract == null) {
            throw CallErrorKind.NoSuchContract.error(id.address());
        }
        if (f == null) {
            throw CallErrorKind.NoSuchFunction.error(function, id.address());
        }
        UndoLog log = state.log();
        int mark = log.eventCount();
        log.begin(!transaction);
        try {
            CostTracker costs = newTracker();
            ExecutionContext exec = newExecution(costs);
            CallContext ctx = new CallContext(exec, contract, sender, sender, null);
            costs.charge(CostFunction.LOAD_CONTRACT, contract.size());
            costs.addMemory(contract.size());
            Value result = Evaluator.callFunction(contract, f, args, ctx);
            costs.dropMemory(contract.size());
            List<io.clarity.chain.Event> events = log.eventsSinceMark(mark);
            boolean keep = transaction && (!(result instanceof ResponseValue r) || r.isOk());
            if (keep) {
                log.commit();
            } else {
                log.rollback();
                events = List.of();
            }
            return new TxResult(result, events, costsOf(costs));
        } catch (RuntimeException e) {
            log.rollback();
            throw attribute(e, contract);
        } finally {
            if (log.depth() == 0) {
                log.clearEvents();
            }
        }
    }

    /** Transfers STX from {@code sender} as a transaction; the block is added after it. */
    public TxResult transferStx(UIntValue amount, PrincipalValue recipient, StandardPrincipalValue sender) {
        String snippet = "(stx-transfer? " + amount + " tx-sender '" + recipient.address() + ")";
        try {
            return runSnippet(snippet, sender, false);
        } finally {
            blocks.advanceForTransaction();
        }
    }

    /**
     * Evaluates a snippet as the deployer, in a scratch contract {@code deployer.contract-N}, at
     * the epoch's default Clarity version. Its writes are kept; its definitions are not. The
     * result is the value of the last plain expression, or {@code none}.
     */
    public TxResult execute(String snippet) {
        return runSnippet(snippet, deployer(), true);
    }

    private TxResult runSnippet(String snippet, StandardPrincipalValue sender, boolean scratch) {
        ContractPrincipalValue id = new ContractPrincipalValue(sender, "contract-" + (contractCount() + scratchContracts));
        Analyzer.CheckedContract checked = Analyzer.analyze(id, snippet, epoch().defaultClarityVersion(), epoch(), resolver());
        if (scratch && checked.definitions().stream().anyMatch(d -> d instanceof Definition.Function)) {
            scratchContracts++;
        }
        UndoLog log = state.log();
        int mark = log.eventCount();
        log.begin(false);
        try {
            Deployer.Outcome outcome = Deployer.deploy(checked, newExecution(CostTracker.FREE));
            List<io.clarity.chain.Event> events = log.eventsSinceMark(mark);
            log.commit();
            Value result = outcome.lastValue() == null ? NoneValue.INSTANCE : outcome.lastValue();
            return new TxResult(result, events);
        } catch (RuntimeException e) {
            log.rollback();
            throw e;
        } finally {
            if (log.depth() == 0) {
                log.clearEvents();
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // State
    // ---------------------------------------------------------------------------------------

    /** The value of a data-var. */
    public Value getDataVar(ContractPrincipalValue id, String name) {
        DeployedContract c = state.contract(id);
        if (c == null || !c.storage().hasDataVar(name)) {
            throw CallErrorKind.NoSuchDataVariable.error(name, id.address());
        }
        return c.storage().dataVar(name);
    }

    /** {@code (some value)} or {@code none}; a key of the wrong type is simply absent. */
    public Value getMapEntry(ContractPrincipalValue id, String map, Value key) {
        DeployedContract c = state.contract(id);
        if (c == null || !c.storage().hasMap(map)) {
            throw CallErrorKind.NoSuchMap.error(map, id.address());
        }
        Value v = c.storage().mapGet(map, key);
        return v == null ? NoneValue.INSTANCE : new SomeValue(v);
    }

    public UIntValue stxBalance(PrincipalValue who) {
        return state.stxBalance(who);
    }

    // ---------------------------------------------------------------------------------------

    private ExecutionContext newExecution(CostTracker costs) {
        return new ExecutionContext(state, blocks, costs);
    }

    /** A transaction's tracker: the block limit priced by the current epoch's cost contract, or none. */
    private CostTracker newTracker() {
        return trackCosts ? new LimitedCostTracker(CostTable.forEpoch(epoch()), ExecutionCost.BLOCK_LIMIT) : CostTracker.FREE;
    }

    private static ExecutionCost costsOf(CostTracker costs) {
        return costs.tracking() ? costs.total() : null;
    }

    private TypeChecker.ContractResolver resolver() {
        return id -> {
            DeployedContract c = state.contract(id);
            ContractAnalysis a = c == null ? null : c.analysis();
            return a;
        };
    }

    private static RuntimeException attribute(RuntimeException e, DeployedContract contract) {
        if (e instanceof ClarityError ce) {
            return ce.in(contract.name());
        }
        return e;
    }
}

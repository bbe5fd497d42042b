package io.clarity;

import io.clarity.analysis.Analyzer;
import io.clarity.analysis.TypeChecker;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.chain.Accounts;
import io.clarity.chain.Blocks;
import io.clarity.chain.ChainState;
import io.clarity.chain.ContractStorage;
import io.clarity.chain.DeployedContract;
import io.clarity.chain.Event;
import io.clarity.chain.UndoLog;
import io.clarity.cost.CostTable;
import io.clarity.cost.CostTracker;
import io.clarity.cost.ExecutionCost;
import io.clarity.cost.LimitedCostTracker;
import io.clarity.vocabulary.DefineKind;
import io.clarity.definitions.Definition;
import io.clarity.error.CallErrorKind;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.CallContext;
import io.clarity.eval.Deployer;
import io.clarity.eval.Evaluator;
import io.clarity.eval.ExecutionContext;
import io.clarity.syntax.SourceText;
import io.clarity.trace.CallTrace;
import io.clarity.trace.CallTracer;
import io.clarity.value.BoolValue;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

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
 * <p>The API follows the clarinet-sdk's {@code simnet}, in Java spelling: deploy
 * ({@link #deploy(String, String)}), call ({@link #callPublic(String, String, List, String)},
 * {@link #callReadOnly(String, String, List, String)}, {@link #callPrivate(String, String, List, String)}),
 * {@link #transferStx(long, String, String)}, {@link #mineBlock(List)}, {@link #mineEmptyBlocks},
 * {@link #getDataVar(String, String)}, {@link #getMapEntry(String, String, Value)},
 * {@link #getAssetsMap()}, {@link #execute}, {@link #getContractInterfaces()}. Contracts and
 * principals may be written as the SDK's users write them ({@code "counter"}, {@code "wallet_1"},
 * {@code "ST1...counter"}) or given as values. Each transaction (deploy, public or private call,
 * STX transfer) outside {@link #mineBlock} is its own block. A call that returns
 * {@code (err ...)} or fails at run time changes nothing but the block height.
 *
 * <p>{@link #snapshot()} and {@link #restore} (or {@link #from}) give each test the same starting
 * state without deploying again. A {@code Simnet} is not thread-safe, but instances share nothing:
 * parallel tests each use their own. With {@link #setTracing} on, each contract call records its
 * call tree ({@link #lastTrace()}).
 *
 * <p>Costs, as the simnet with cost tracking measures them: every deploy, public, private and
 * read-only call gets its own tracker, priced by the cost contract of the current epoch and limited
 * to a mainnet block ({@link ExecutionCost#BLOCK_LIMIT}); going over it in any dimension is a
 * runtime error ({@code CostBalanceExceeded}) that rolls the transaction back, and so is going
 * over the memory limit ({@code MemoryBalanceExceeded}). Results carry their costs. Snippets
 * ({@link #execute}) and {@link #transferStx} are never metered, as on the simnet. A simnet made
 * {@link #withoutCostTracking() without cost tracking} measures nothing, enforces no limit, and
 * runs faster.
 *
 * <p>For the CLI: {@link #evaluate} runs what is typed at the console as Clarinet's console
 * runs it; {@link #serialize} and {@link #deserialize} keep a chain between two invocations;
 * {@link #withAccounts} opens a chain with a project's accounts.
 */
public final class Simnet {

    private final Map<String, StandardPrincipalValue> accounts;
    private final boolean trackCosts;
    private ChainState state;
    private Blocks blocks;
    private int scratchContracts;
    private boolean tracing;
    private CallTrace lastTrace;
    /** The costs of the contract calls made since the last collection, when reporting them. */
    private List<CallCosts> callCosts;

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
        this(genesis(Accounts.standard(), name -> BigInteger.valueOf(Accounts.STARTING_BALANCE)), new Blocks(), 0,
                Accounts.standard(), trackCosts);
    }

    private Simnet(Snapshot snapshot, Map<String, StandardPrincipalValue> accounts, boolean trackCosts) {
        this.trackCosts = trackCosts;
        this.accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
        restore(snapshot);
    }

    /** A chain that takes {@code state} and {@code blocks} as its own (nobody else may hold them). */
    private Simnet(ChainState state, Blocks blocks, int scratchContracts, Map<String, StandardPrincipalValue> accounts,
            boolean trackCosts) {
        this.trackCosts = trackCosts;
        this.accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
        this.state = state;
        this.blocks = blocks;
        this.scratchContracts = scratchContracts;
        state.log().recordBlocks(this::stacksBlockHeight);
    }

    /** A chain of the state and blocks just read from a saved chain, costs tracked. */
    static Simnet adopt(ChainState state, Blocks blocks, int scratchContracts, Map<String, StandardPrincipalValue> accounts) {
        return new Simnet(state, blocks, scratchContracts, accounts, true);
    }

    /** A first state: each account funded with its balance in micro-STX. */
    private static ChainState genesis(Map<String, StandardPrincipalValue> accounts, Function<String, BigInteger> balance) {
        ChainState genesis = new ChainState();
        UndoLog log = genesis.log();
        log.begin(false);
        accounts.forEach((name, p) -> genesis.mintStx(p, UIntValue.of(balance.apply(name))));
        log.commit();
        return genesis;
    }

    /** A new chain in {@code epoch}, costs tracked. */
    public static Simnet inEpoch(Epoch epoch) {
        Simnet s = new Simnet();
        s.setEpoch(epoch);
        return s;
    }

    /** A new, independent chain in the state of {@code snapshot}, costs tracked. */
    public static Simnet from(Snapshot snapshot) {
        return new Simnet(snapshot, Accounts.standard(), true);
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
        if (!epoch.supportsAtBlock()) {
            state.log().forgetHistory();
        }
    }

    /** Moves to the epoch labelled {@code label} ({@code "3.2"}), as the SDK's {@code setEpoch}. */
    public void setEpoch(String label) {
        Epoch e = Epoch.of(label);
        if (e == null) {
            throw new IllegalArgumentException("unknown epoch \"" + label + "\" (known: " + Epoch.knownLabels() + ")");
        }
        setEpoch(e);
    }

    /** The SDK's {@code blockHeight}: the stacks block height. */
    public long blockHeight() {
        return blocks.stacksHeight();
    }

    public long stacksBlockHeight() {
        return blocks.stacksHeight();
    }

    public long burnBlockHeight() {
        return blocks.burnHeight();
    }

    /** Mines one empty block; returns the new burn block height, as the SDK does. */
    public long mineEmptyBlock() {
        return mineEmptyBlocks(1);
    }

    /**
     * Mines {@code n} empty blocks, each a burn block with its stacks block; returns the new
     * burn block height, as the SDK does.
     */
    public long mineEmptyBlocks(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot mine a negative number of blocks: " + n);
        }
        blocks.mine(n);
        return blocks.burnHeight();
    }

    /** The standard accounts by name ({@code deployer}, {@code wallet_1}, ...). */
    public Map<String, StandardPrincipalValue> accounts() {
        return accounts;
    }

    /** The standard account {@code name} ({@code "wallet_1"}). */
    public StandardPrincipalValue account(String name) {
        StandardPrincipalValue p = accounts.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no account \"" + name + "\" (accounts: "
                    + String.join(", ", accounts.keySet()) + ")");
        }
        return p;
    }

    /** Who can send a transaction: an account name ({@code "wallet_1"}) or a standard address. */
    public StandardPrincipalValue sender(String text) {
        return names().sender(text);
    }

    public StandardPrincipalValue deployer() {
        return accounts.get("deployer");
    }

    /**
     * The chain's state. A {@link #restore} replaces it: do not keep it across one.
     */
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

    /** Credits {@code amount} micro-STX to {@code recipient} out of thin air (a test facility); returns the new balance. */
    public UIntValue mintStx(PrincipalValue recipient, UIntValue amount) {
        UndoLog log = state.log();
        log.begin(false);
        try {
            state.mintStx(recipient, amount);
        } catch (RuntimeException e) {
            log.rollback();
            throw e;
        }
        log.commit();
        return state.stxBalance(recipient);
    }

    // ---------------------------------------------------------------------------------------
    // Snapshots and traces
    // ---------------------------------------------------------------------------------------

    /** The whole state now; see {@link Snapshot}. */
    public Snapshot snapshot() {
        return new Snapshot(state.copy(), blocks.copy(), scratchContracts);
    }

    /** Puts the chain back in the state of {@code snapshot} (which stays usable). */
    public void restore(Snapshot snapshot) {
        this.state = snapshot.copyState();
        this.blocks = snapshot.copyBlocks();
        state.log().recordBlocks(this::stacksBlockHeight);
        this.scratchContracts = snapshot.scratchContracts();
        this.lastTrace = null;
    }

    /** An independent chain in the same state as this one. */
    public Simnet copy() {
        Simnet s = new Simnet(state.copy(), blocks.copy(), scratchContracts, accounts, trackCosts);
        s.tracing = tracing;
        return s;
    }

    /**
     * Records the costs of every contract call (public, read-only or private) from now on, for
     * {@link #collectCallCosts} (or stops and forgets them); off by default. Needs cost tracking.
     * The JUnit support builds its costs report from these.
     */
    public void setCostReporting(boolean on) {
        if (on && !trackCosts) {
            throw new IllegalStateException("this chain does not track costs (Simnet.withoutCostTracking)");
        }
        callCosts = on ? new ArrayList<>() : null;
    }

    /** The costs of the contract calls made since the last collection, oldest first; empty unless reporting. */
    public List<CallCosts> collectCallCosts() {
        if (callCosts == null) {
            return List.of();
        }
        List<CallCosts> out = List.copyOf(callCosts);
        callCosts.clear();
        return out;
    }

    /** Records the call tree of every contract call from now on (or stops); off by default. */
    public void setTracing(boolean on) {
        this.tracing = on;
    }

    public boolean isTracing() {
        return tracing;
    }

    /** The call tree of the last contract call, when tracing was on and a function ran. */
    public Optional<CallTrace> lastTrace() {
        return Optional.ofNullable(lastTrace);
    }

    // ---------------------------------------------------------------------------------------
    // Transactions
    // ---------------------------------------------------------------------------------------

    /** Deploys {@code source} as the deployer's contract {@code name}, at the epoch's default Clarity version. */
    public Deployment deploy(String name, String source) {
        return deploy(name, source, null, "deployer");
    }

    /**
     * Deploys {@code source} as {@code sender}'s contract {@code name} (an account name or an
     * address), as Clarity {@code version} (null: the epoch's default). Errors are located in
     * {@code name}.
     */
    public Deployment deploy(String name, String source, ClarityVersion version, String sender) {
        try {
            return deploy(name, source, version, names().sender(sender));
        } catch (ClarityError e) {
            throw e.in(name);
        }
    }

    /** Deploys the contract in {@code file} as the deployer's contract {@code name}. */
    public Deployment deploy(String name, Path file) {
        return deploy(name, file, null, "deployer");
    }

    /** Deploys the contract in {@code file}; errors are located in the file. */
    public Deployment deploy(String name, Path file, ClarityVersion version, String sender) {
        String source;
        try {
            source = SourceText.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read contract " + file + ": " + e.getMessage(), e);
        }
        try {
            return deploy(name, source, version, names().sender(sender));
        } catch (ClarityError e) {
            throw e.in(file.toString());
        }
    }

    /**
     * Deploys {@code source} as {@code sender.name}, as Clarity {@code version} (null: the
     * epoch's default). The deploy is a block even when it fails. A refused contract throws a
     * {@link ClarityError} with the reference's kind and the span at fault; when the source does
     * not parse, {@link ClarityError#diagnostics()} lists every parse error.
     */
    public Deployment deploy(String name, String source, ClarityVersion version, StandardPrincipalValue sender) {
        blocks.advanceForTransaction();
        return deployInBlock(name, source, version, sender);
    }

    private Deployment deployInBlock(String name, String source, ClarityVersion version, StandardPrincipalValue sender) {
        ClarityVersion v = version == null ? epoch().defaultClarityVersion() : version;
        ContractPrincipalValue id = new ContractPrincipalValue(sender, name);
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
            Deployer.Outcome outcome = runSource(checked, source, newExecution(costs, null));
            state.addContract(outcome.contract());
            List<Event> events = log.eventsSinceMark(mark);
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

    /**
     * Calls a public function as a transaction, as the SDK's {@code callPublicFn}: the contract as
     * {@code "counter"}, {@code ".counter"} or {@code "ST1....counter"}, the sender as an
     * account name or an address.
     */
    public TxResult callPublic(String contract, String function, List<Value> args, String sender) {
        return callPublic(names().contract(contract), function, args, names().principal(sender));
    }

    /** Calls a public function as a transaction of {@code sender}. */
    public TxResult callPublic(ContractPrincipalValue contract, String function, List<Value> args, PrincipalValue sender) {
        return call(contract, function, args, sender, DefineKind.DEFINE_PUBLIC, true);
    }

    /** Calls a read-only function, as the SDK's {@code callReadOnlyFn}; no block is added. */
    public TxResult callReadOnly(String contract, String function, List<Value> args, String sender) {
        return callReadOnly(names().contract(contract), function, args, names().principal(sender));
    }

    /** Calls a read-only function; nothing it does is kept, and no block is added. */
    public TxResult callReadOnly(ContractPrincipalValue contract, String function, List<Value> args, PrincipalValue sender) {
        return call(contract, function, args, sender, DefineKind.DEFINE_READ_ONLY, true);
    }

    /** Calls a private function as a transaction, as the SDK's {@code callPrivateFn}. */
    public TxResult callPrivate(String contract, String function, List<Value> args, String sender) {
        return callPrivate(names().contract(contract), function, args, names().principal(sender));
    }

    /** Calls a private function as a transaction (a testing facility of the simnet). */
    public TxResult callPrivate(ContractPrincipalValue contract, String function, List<Value> args, PrincipalValue sender) {
        return call(contract, function, args, sender, DefineKind.DEFINE_PRIVATE, true);
    }

    private TxResult call(ContractPrincipalValue id, String function, List<Value> args, PrincipalValue sender,
                          DefineKind kind, boolean ownBlock) {
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
        if (transaction && ownBlock) {
            blocks.advanceForTransaction();
        }
        lastTrace = null;
        if (contract == null) {
            throw CallErrorKind.NoSuchContract.error(id.address());
        }
        if (f == null) {
            throw CallErrorKind.NoSuchFunction.error(function, id.address());
        }
        UndoLog log = state.log();
        int mark = log.eventCount();
        CallTracer tracer = tracing ? new CallTracer(sender) : null;
        if (tracer != null) {
            log.observe(tracer::event);
        }
        log.begin(!transaction);
        try {
            CostTracker costs = newTracker();
            // the simnet runs contract calls under its call tracer, whose lookups cost (ExecutionContext)
            ExecutionContext exec = new ExecutionContext(state, blocks, costs, tracer, true);
            CallContext ctx = new CallContext(exec, contract, sender, sender, null);
            Value result = Evaluator.callExternal(contract, f, args, ctx);
            List<Event> events = log.eventsSinceMark(mark);
            boolean keep = transaction && (!(result instanceof ResponseValue r) || r.isOk());
            if (keep) {
                log.commit();
            } else {
                log.rollback();
                events = List.of();
            }
            TxResult outcome = new TxResult(result, events, costsOf(costs));
            if (callCosts != null) {
                callCosts.add(new CallCosts(id, function, args, outcome.costs().orElseThrow()));
            }
            return outcome;
        } catch (RuntimeException e) {
            log.rollback();
            throw attribute(e, contract);
        } finally {
            if (log.depth() == 0) {
                log.clearEvents();
            }
            if (tracer != null) {
                log.observe(null);
                lastTrace = tracer.trace();
            }
        }
    }

    /** Transfers {@code amount} micro-STX, as the SDK's {@code transferSTX}: principals by name or address. */
    public TxResult transferStx(long amount, String recipient, String sender) {
        return transferStx(UIntValue.of(amount), names().principal(recipient), names().sender(sender));
    }

    /** Transfers STX from {@code sender} as a transaction; the block is added after it. */
    public TxResult transferStx(UIntValue amount, PrincipalValue recipient, StandardPrincipalValue sender) {
        try {
            return transferInBlock(amount, recipient, sender);
        } finally {
            blocks.advanceForTransaction();
        }
    }

    private TxResult transferInBlock(UIntValue amount, PrincipalValue recipient, StandardPrincipalValue sender) {
        String snippet = "(stx-transfer? " + amount + " tx-sender '" + recipient.address() + ")";
        SnippetResult r = runSnippet(snippet, sender, Snippet.INTERNAL, CostTracker.FREE);
        return new TxResult(r.value().orElse(NoneValue.INSTANCE), r.events());
    }

    /**
     * Mines one block holding {@code txs}, run in order, as the SDK's {@code mineBlock}: they all
     * see the same block height. A deploy's result is {@code true}. A transaction that fails at
     * run time throws; the transactions before it and the block stay.
     */
    public List<TxResult> mineBlock(List<Tx> txs) {
        blocks.advanceForTransaction();
        PrincipalNames names = names();
        List<TxResult> results = new ArrayList<>(txs.size());
        for (Tx tx : txs) {
            if (tx instanceof Tx.CallPublic c) {
                results.add(call(names.contract(c.contract()), c.function(), c.args(), names.principal(c.sender()),
                        DefineKind.DEFINE_PUBLIC, false));
            } else if (tx instanceof Tx.CallPrivate c) {
                results.add(call(names.contract(c.contract()), c.function(), c.args(), names.principal(c.sender()),
                        DefineKind.DEFINE_PRIVATE, false));
            } else if (tx instanceof Tx.Deploy d) {
                try {
                    Deployment deployed = deployInBlock(d.name(), d.source(), d.version(), names.sender(d.sender()));
                    results.add(new TxResult(BoolValue.TRUE, deployed.events(), deployed.costs()));
                } catch (ClarityError e) {
                    throw e.in(d.name());
                }
            } else if (tx instanceof Tx.TransferStx t) {
                results.add(transferInBlock(UIntValue.of(t.amount()), names.principal(t.recipient()),
                        names.sender(t.sender())));
            } else {
                throw new IllegalStateException("unknown transaction " + tx);
            }
        }
        return results;
    }

    /** {@link #mineBlock(List)} of the given transactions. */
    public List<TxResult> mineBlock(Tx... txs) {
        return mineBlock(List.of(txs));
    }

    /**
     * Evaluates a snippet as the deployer, in a scratch contract {@code deployer.contract-N}, at
     * the epoch's default Clarity version. Its writes are kept; its definitions are not. The
     * result is the value of the last plain expression, or {@code none}.
     */
    public TxResult execute(String snippet) {
        SnippetResult r = runSnippet(snippet, deployer(), Snippet.SCRATCH, CostTracker.FREE);
        return new TxResult(r.value().orElse(NoneValue.INSTANCE), r.events());
    }

    /** What becomes of a snippet's definitions. */
    private enum Snippet {
        /** Dropped, but a snippet that defines functions uses up its contract name (the SDK's {@code execute}). */
        SCRATCH,
        /** Dropped, using up no contract name (a transfer run as a snippet). */
        INTERNAL,
        /** Kept as a contract when they include a function or a trait (Clarinet's console). */
        CONSOLE
    }

    /**
     * Runs a snippet as the contract {@code sender.contract-N} in the current block, with
     * {@code sender} as {@code tx-sender}, metered by {@code costs}; a lone {@code contract-call?}
     * runs as a direct call from the sender instead, as the simnet and Clarinet's console run it.
     */
    private SnippetResult runSnippet(String snippet, StandardPrincipalValue sender, Snippet kind, CostTracker costs) {
        ContractPrincipalValue id = new ContractPrincipalValue(sender, "contract-" + (contractCount() + scratchContracts));
        Analyzer.CheckedContract checked = Analyzer.analyze(id, snippet, epoch().defaultClarityVersion(), epoch(), resolver());
        boolean definesFunctions = checked.definitions().stream().anyMatch(d -> d instanceof Definition.Function);
        if (kind == Snippet.SCRATCH && definesFunctions) {
            scratchContracts++;
        }
        boolean keep = kind == Snippet.CONSOLE
                && (definesFunctions || checked.definitions().stream().anyMatch(d -> d instanceof Definition.Trait));
        UndoLog log = state.log();
        int mark = log.eventCount();
        CallTracer tracer = null;
        if (tracing) {
            lastTrace = null;
            tracer = new CallTracer(sender);
            log.observe(tracer::event);
        }
        log.begin(false);
        try {
            Deployer.Outcome outcome = runSource(checked, snippet, newExecution(costs, tracer));
            // a lone contract-call? defines nothing, so it is never kept
            if (keep) {
                state.addContract(outcome.contract());
            }
            List<Event> events = log.eventsSinceMark(mark);
            log.commit();
            return new SnippetResult(Optional.ofNullable(outcome.lastValue()), events,
                    keep ? Optional.of(id) : Optional.empty(), costsOf(costs));
        } catch (RuntimeException e) {
            log.rollback();
            throw e;
        } finally {
            if (log.depth() == 0) {
                log.clearEvents();
            }
            if (tracer != null) {
                log.observe(null);
                lastTrace = tracer.trace();
            }
        }
    }

    /**
     * Runs a checked source (a contract deployed, or a snippet) as the simnet runs it: a lone
     * {@code contract-call?} as a direct call from the sender, anything else deployed.
     */
    private static Deployer.Outcome runSource(Analyzer.CheckedContract checked, String source, ExecutionContext exec) {
        checkLoneDefinition(checked, source);
        ListExpr call = directCall(checked, source);
        return call != null ? Deployer.callAsSender(checked, exec, call) : Deployer.deploy(checked, exec);
    }

    /**
     * Clarinet runs a source of one expression with no {@code "(define-"} in its text as a plain
     * expression, so a lone define written otherwise (as {@code ( define-constant ...)}), or a
     * lone {@code use-trait} or {@code impl-trait}, is an unknown function there.
     */
    private static void checkLoneDefinition(Analyzer.CheckedContract checked, String source) {
        if (checked.definitions().size() == 1 && !source.contains("(define-")) {
            Definition d = checked.definitions().get(0);
            if (!(d instanceof Definition.TopLevel) && d.source() instanceof ListExpr form) {
                throw RuntimeErrorKind.UndefinedFunction.error(form.headName()).at(form.span());
            }
        }
    }

    /**
     * The simnet runs a source (a snippet, or a contract deployed) that is a single
     * {@code contract-call?} of a contract literal
     * (and defines nothing) as a direct call from the sender, who is then the callee's
     * {@code contract-caller}; null for any other source.
     */
    private static ListExpr directCall(Analyzer.CheckedContract checked, String snippet) {
        if (checked.definitions().size() != 1 || snippet.contains("(define-")
                || !(checked.definitions().get(0).source() instanceof ListExpr call)) {
            return null;
        }
        boolean literalTarget = call.size() > 2 && call.get(1) instanceof LiteralExpr lit
                && lit.value() instanceof ContractPrincipalValue;
        return "contract-call?".equals(call.headName()) && literalTarget ? call : null;
    }

    // ---------------------------------------------------------------------------------------
    // State
    // ---------------------------------------------------------------------------------------

    /** The value of a data-var, as the SDK's {@code getDataVar}. */
    public Value getDataVar(String contract, String name) {
        return getDataVar(names().contract(contract), name);
    }

    /** The value of a data-var. */
    public Value getDataVar(ContractPrincipalValue id, String name) {
        DeployedContract c = state.contract(id);
        if (c == null || !c.storage().hasDataVar(name)) {
            throw CallErrorKind.NoSuchDataVariable.error(name, id.address());
        }
        return c.storage().dataVar(name);
    }

    /** {@code (some value)} or {@code none}, as the SDK's {@code getMapEntry}. */
    public Value getMapEntry(String contract, String map, Value key) {
        return getMapEntry(names().contract(contract), map, key);
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

    /** The STX balance of an account name, address or contract. */
    public UIntValue stxBalance(String who) {
        return state.stxBalance(names().principal(who));
    }

    /**
     * Who holds what, as the SDK's {@code getAssetsMap}: {@code "STX"} and one entry per token
     * ({@code ".contract.token"}), each from address to amount (for a non-fungible token, the
     * number of its assets owned). Keys are sorted.
     */
    public Map<String, Map<String, BigInteger>> getAssetsMap() {
        Map<String, Map<String, BigInteger>> out = new TreeMap<>();
        Map<String, BigInteger> stx = new TreeMap<>();
        state.stxBalances().forEach((p, b) -> stx.put(p.address(), b.toBigInteger()));
        out.put("STX", Collections.unmodifiableMap(stx));
        for (DeployedContract c : state.contracts().values()) {
            ContractStorage storage = c.storage();
            for (String token : storage.fungibleTokens()) {
                Map<String, BigInteger> holders = new TreeMap<>();
                storage.ftBalances(token).forEach((p, b) -> holders.put(p.address(), b.toBigInteger()));
                out.put("." + c.name() + "." + token, Collections.unmodifiableMap(holders));
            }
            for (String token : storage.nonFungibleTokens()) {
                Map<String, BigInteger> holders = new TreeMap<>();
                storage.nftOwners(token).values().forEach(p -> holders.merge(p.address(), BigInteger.ONE, BigInteger::add));
                out.put("." + c.name() + "." + token, Collections.unmodifiableMap(holders));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The interfaces of the deployed contracts, by contract id, in deploy order. */
    public Map<String, ContractInterface> getContractInterfaces() {
        Map<String, ContractInterface> out = new LinkedHashMap<>();
        for (DeployedContract c : state.contracts().values()) {
            out.put(c.id().address(), ContractInterface.of(c));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The interface of the deployed contract {@code id}, or null when there is none. */
    public ContractInterface getContractInterface(ContractPrincipalValue id) {
        DeployedContract c = state.contract(id);
        return c == null ? null : ContractInterface.of(c);
    }

    /** The source of a deployed contract, if there is one by that name. */
    public Optional<String> getContractSource(String contract) {
        DeployedContract c = state.contract(names().contract(contract));
        return c == null ? Optional.empty() : Optional.of(c.source());
    }

    // ---------------------------------------------------------------------------------------
    // The console and the local chain (the REPL and the one-off commands of the CLI)
    // ---------------------------------------------------------------------------------------

    /**
     * A new chain, as the clarinet-sdk opens one for a project: epoch 2.05 at height 0, with the
     * project's accounts ({@code name -> address}, in the order of its settings/Devnet.toml; one
     * of them named {@code deployer}) funded with their balances in micro-STX.
     */
    public static Simnet withAccounts(Map<String, StandardPrincipalValue> accounts, Map<String, BigInteger> balances) {
        if (!accounts.containsKey("deployer")) {
            throw new IllegalArgumentException("the accounts must include one named \"deployer\"");
        }
        return adopt(genesis(accounts, name -> balances.getOrDefault(name, BigInteger.ZERO)), new Blocks(), 0, accounts);
    }

    /**
     * The whole chain as bytes (accounts, the block history and epochs, balances, contracts with
     * their source, constants and storage, and the committed writes that {@code at-block} reads
     * behind), for {@link #deserialize}; values are in their consensus encoding. Only between
     * transactions.
     */
    public byte[] serialize() {
        return SnapshotCodec.write(snapshot(), accounts);
    }

    /**
     * The chain that {@link #serialize} wrote, going on exactly as the one written would:
     * contracts are analysed again from their source and take back their constants and storage
     * as they were, nothing runs again.
     *
     * @throws java.io.IOException when the bytes are damaged, of another format, or hold a
     *         contract that no longer passes analysis
     */
    public static Simnet deserialize(byte[] data) throws IOException {
        return SnapshotCodec.read(data);
    }

    /**
     * The principal that {@code text} names, as the SDK's users write it: an account name, an
     * address (with or without a quote), a contract id, or a deployed contract's name.
     *
     * @throws IllegalArgumentException when it names nothing
     */
    public PrincipalValue principal(String text) {
        return names().principal(text);
    }

    /**
     * The contract that {@code text} names: {@code ST....name}, {@code .name} (the deployer's), or
     * a bare name (the deployer's, else the only deployed contract of that name).
     *
     * @throws IllegalArgumentException when it is not a contract identifier or name
     */
    public ContractPrincipalValue contractId(String text) {
        return names().contract(text);
    }

    /**
     * Runs a snippet typed at the console, as Clarinet's console runs it: as the contract
     * {@code sender.contract-N} in the current block (no block is added), at the epoch's default
     * Clarity version, with {@code sender} as {@code tx-sender}. The contract is kept when it
     * defines a function or a trait (to be called with {@code contract-call?}); otherwise only its
     * writes stay. The value is that of the last plain expression, if any ran. A lone
     * {@code contract-call?} of a contract written literally is a direct call from the sender
     * (who is then the callee's {@code contract-caller}), through the same path as any
     * {@code contract-call?}: a public function's {@code (err ..)} rolls back what it did.
     */
    public SnippetResult evaluate(String snippet, StandardPrincipalValue sender) {
        return runSnippet(snippet, sender, Snippet.CONSOLE, CostTracker.FREE);
    }

    /**
     * {@link #evaluate} metered, as Clarinet's console meters a snippet for {@code ::get_costs}
     * and {@code ::toggle_costs}: with the cost contract of the current epoch, against a mainnet
     * block's limit (going over it fails like a transaction and keeps nothing), whether or not
     * this chain tracks the costs of its transactions. The result's {@link SnippetResult#costs()
     * costs} hold the total, the limit and the memory; {@link Costs#percentage} gives the share of
     * the limit spent in each dimension, and {@link Costs.Dimension#label()} the console's names.
     */
    public SnippetResult evaluateWithCosts(String snippet, StandardPrincipalValue sender) {
        return runSnippet(snippet, sender, Snippet.CONSOLE, limitedTracker());
    }

    /**
     * Mines {@code n} stacks blocks without burn blocks, as the SDK's {@code mineEmptyStacksBlocks};
     * only from epoch 3.0. Returns the new stacks block height.
     */
    public long mineEmptyStacksBlocks(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot mine a negative number of blocks: " + n);
        }
        if (!epoch().isNakamoto()) {
            throw new IllegalStateException("stacks blocks without burn blocks exist only from epoch 3.0 (now "
                    + epoch() + ")");
        }
        for (int i = 0; i < n; i++) {
            // from epoch 3.0 a transaction's block is a stacks block alone
            blocks.advanceForTransaction();
        }
        return blocks.stacksHeight();
    }

    /**
     * Credits {@code amount} of the fungible token {@code token} of {@code contract} to
     * {@code recipient} out of thin air (a test facility, as the SDK's {@code mintFT}), within the
     * token's total supply; returns the new balance.
     */
    public UIntValue mintFt(ContractPrincipalValue contract, String token, PrincipalValue recipient, UIntValue amount) {
        DeployedContract c = state.contract(contract);
        if (c == null || !c.storage().hasFungibleToken(token)) {
            throw new IllegalArgumentException("no fungible token " + token + " in " + contract.address());
        }
        ContractStorage storage = c.storage();
        BigInteger supply = storage.ftSupply(token).toBigInteger().add(amount.toBigInteger());
        UIntValue max = storage.ftMaxSupply(token);
        if (supply.compareTo(max == null ? UIntValue.MAX : max.toBigInteger()) > 0) {
            throw new IllegalArgumentException("minting " + amount + " would exceed the total supply of " + token);
        }
        UIntValue balance = UIntValue.of(storage.ftBalance(token, recipient).toBigInteger().add(amount.toBigInteger()));
        UndoLog log = state.log();
        log.begin(false);
        storage.setFtBalance(token, recipient, balance);
        storage.setFtSupply(token, UIntValue.of(supply));
        log.commit();
        return balance;
    }

    // ---------------------------------------------------------------------------------------

    private PrincipalNames names() {
        return new PrincipalNames(accounts, state);
    }

    private ExecutionContext newExecution(CostTracker costs, CallTracer tracer) {
        return new ExecutionContext(state, blocks, costs, tracer, false);
    }

    /** A transaction's tracker: the block limit priced by the current epoch's cost contract, or none. */
    private CostTracker newTracker() {
        return trackCosts ? limitedTracker() : CostTracker.FREE;
    }

    private LimitedCostTracker limitedTracker() {
        return new LimitedCostTracker(CostTable.forEpoch(epoch()), ExecutionCost.BLOCK_LIMIT);
    }

    private static Optional<Costs> costsOf(CostTracker costs) {
        if (costs instanceof LimitedCostTracker limited) {
            return Optional.of(new Costs(limited.total(), limited.limit(), limited.memory(), LimitedCostTracker.MEMORY_LIMIT));
        }
        return Optional.empty();
    }

    private TypeChecker.ContractResolver resolver() {
        return resolver(state);
    }

    /** What the type checker knows of the contracts deployed on {@code state}. */
    static TypeChecker.ContractResolver resolver(ChainState state) {
        return id -> {
            DeployedContract c = state.contract(id);
            return c == null ? null : c.analysis();
        };
    }

    private static RuntimeException attribute(RuntimeException e, DeployedContract contract) {
        if (e instanceof ClarityError ce) {
            return ce.in(contract.name());
        }
        return e;
    }
}

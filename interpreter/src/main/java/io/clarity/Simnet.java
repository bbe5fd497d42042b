package io.clarity;

import io.clarity.chain.Accounts;
import io.clarity.chain.Blocks;
import io.clarity.chain.ChainState;
import io.clarity.chain.DeployedContract;
import io.clarity.cost.CostTracker;
import io.clarity.cost.ExecutionCost;
import io.clarity.debug.Debugger;
import io.clarity.error.ClarityError;
import io.clarity.eval.instrument.Attachment;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.syntax.SourceText;
import io.clarity.trace.CallTrace;
import io.clarity.trace.StepRecorder;
import io.clarity.trace.Steps;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.NoneValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.DefineKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

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
 *       Values and their types ({@code value}) are immutable.</li>
 *   <li>{@code chain} holds all state under one undo log: nested contexts commit or roll back
 *       writes and events, and every transaction, down to a {@code contract-call?}, runs through
 *       one boundary ({@code Transaction}) that decides which; {@code Blocks} moves heights and
 *       epochs as the simnet does.</li>
 *   <li>{@code cost} meters what each native spends (a limited or a free tracker); {@code error}
 *       names every failure after the reference's kinds.</li>
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
 * <p>Clarity's own failures are {@link ClarityError}s, thrown with the Java stack trace of the
 * code that called the simnet ({@link ClarityError#atCaller()}: its first frame is a test's line,
 * say, not the interpreter's); a bug of the interpreter met while a
 * transaction or a snippet is checked or run is an {@link InterpreterBug}, after which the
 * transaction is rolled back and the chain usable.
 *
 * <p>Behind this facade, {@code Session} holds the chain and runs its transactions, and
 * {@code Console} says how a snippet or a lone {@code contract-call?} runs.
 *
 * <p>For the CLI: {@link #evaluate} runs what is typed at the console as Clarinet's console
 * runs it; {@link #serialize} and {@link #deserialize} keep a chain between two invocations;
 * {@link #withAccounts} opens a chain with a project's accounts.
 */
public final class Simnet {

    private final Map<String, StandardPrincipalValue> accounts;
    private final Session session;
    /** Made and attached on first use ({@link #debugger()}); a copy starts without it. */
    private Debugger debugger;

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
        this(new Session(Session.genesis(Accounts.standard(), name -> BigInteger.valueOf(Accounts.STARTING_BALANCE)),
                new Blocks(), 0, trackCosts), Accounts.standard());
    }

    private Simnet(Session session, Map<String, StandardPrincipalValue> accounts) {
        this.session = session;
        this.accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
    }

    /** A chain of the state and blocks just read from a saved chain (its own from now on), costs tracked. */
    static Simnet adopt(ChainState state, Blocks blocks, int scratchContracts, Map<String, StandardPrincipalValue> accounts) {
        return new Simnet(new Session(state, blocks, scratchContracts, true), accounts);
    }

    /** A new chain in {@code epoch}, costs tracked. */
    public static Simnet inEpoch(Epoch epoch) {
        Simnet s = new Simnet();
        s.setEpoch(epoch);
        return s;
    }

    /** A new, independent chain in the state of {@code snapshot}, costs tracked, with the standard accounts. */
    public static Simnet from(Snapshot snapshot) {
        return from(snapshot, Accounts.standard());
    }

    /**
     * A new, independent chain in the state of {@code snapshot}, costs tracked, whose account names
     * are {@code accounts} (those of the chain it was taken from: {@link #accounts()}).
     */
    public static Simnet from(Snapshot snapshot, Map<String, StandardPrincipalValue> accounts) {
        return adopt(snapshot.copyState(), snapshot.copyBlocks(), snapshot.scratchContracts(), accounts);
    }

    /** Whether transactions are metered (and limited). */
    public boolean tracksCosts() {
        return session.metering().tracking();
    }

    public Epoch epoch() {
        return session.blocks().epoch();
    }

    /** Moves to another epoch; entering an epoch from 3.0 on adds a block. */
    public void setEpoch(Epoch epoch) {
        session.setEpoch(epoch);
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
        return session.blocks().stacksHeight();
    }

    public long stacksBlockHeight() {
        return session.blocks().stacksHeight();
    }

    public long burnBlockHeight() {
        return session.blocks().burnHeight();
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
        return session.mineEmptyBlocks(n);
    }

    /** The standard accounts by name ({@code deployer}, {@code wallet_1}, ...). */
    public Map<String, StandardPrincipalValue> accounts() {
        return accounts;
    }

    /** The standard account {@code name} ({@code "wallet_1"}). */
    public StandardPrincipalValue account(String name) {
        return names().account(name);
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
        return session.state();
    }

    /** The deployed contract {@code id}, or null. */
    public DeployedContract contract(ContractPrincipalValue id) {
        return session.state().contract(id);
    }

    /** How many contracts have been deployed. */
    public int contractCount() {
        return session.state().contracts().size();
    }

    /** Credits {@code amount} micro-STX to {@code recipient} out of thin air (a test facility); returns the new balance. */
    public UIntValue mintStx(PrincipalValue recipient, UIntValue amount) {
        return session.mintStx(recipient, amount);
    }

    /** The whole state now; see {@link Snapshot}. */
    public Snapshot snapshot() {
        return session.snapshot();
    }

    /** Puts the chain back in the state of {@code snapshot} (which stays usable). */
    public void restore(Snapshot snapshot) {
        session.restore(snapshot);
    }

    /** An independent chain in the same state as this one. */
    public Simnet copy() {
        return new Simnet(session.copy(), accounts);
    }

    /**
     * Records the costs of every contract call (public, read-only or private) from now on, for
     * {@link #collectCallCosts} (or stops and forgets them); off by default. Needs cost tracking.
     * The JUnit support builds its costs report from these.
     */
    public void setCostReporting(boolean on) {
        session.metering().setReporting(on);
    }

    /** Whether the costs of contract calls are being recorded ({@link #setCostReporting}). */
    public boolean isCostReporting() {
        return session.metering().reporting();
    }

    /**
     * Adds {@code calls}, made on another chain (a copy of this one that a test ran on, as
     * the JUnit support makes for tests written in Clarity), to the ones {@link #collectCallCosts} returns,
     * after this chain's own; ignored unless reporting. Safe to call from several threads at once.
     */
    public void reportCallCosts(List<CallCosts> calls) {
        session.metering().adopt(calls);
    }

    /**
     * The costs of the contract calls made since the last collection, oldest first, then those
     * handed over by {@link #reportCallCosts}; empty unless reporting.
     */
    public List<CallCosts> collectCallCosts() {
        return session.metering().collect();
    }

    /**
     * Attaches {@code listener} to every execution on this chain from now on: deploys, public,
     * read-only and private calls, snippets, STX transfers (see {@link ExecutionListener} for
     * what it hears). Several listeners may be attached; each hears every callback, in the order
     * they were attached, before the call tracer. A copy of this chain ({@link #copy}) starts
     * without listeners. Close the returned attachment to detach it.
     */
    public Attachment instrument(ExecutionListener listener) {
        session.attach(Objects.requireNonNull(listener, "listener"));
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                session.detach(listener);
            }
        };
    }

    /**
     * The listeners attached ({@link #instrument}) and not detached, in the order attached: to
     * attach the same to another chain made from this one (a snapshot's, a copy's).
     */
    public List<ExecutionListener> instruments() {
        return session.listeners();
    }

    /**
     * This chain's debugger, attached on first use: breakpoints with callbacks that see a call
     * midway (its locals, call stack and the chain's state), for instance
     * {@code simnet.debugger().breakAt("escrow", 18, frame -> ...)} (see {@link Debugger}). Until
     * it is first asked for, executions run unobserved.
     */
    public Debugger debugger() {
        if (debugger == null) {
            debugger = new Debugger();
            instrument(debugger.listener());
        }
        return debugger;
    }

    /**
     * Runs {@code action} (calls, deploys, snippets on this chain) and gives how it evaluated,
     * step by step. An error that ends the action is not thrown: its step shows it, and
     * {@link Steps#error()} holds it.
     */
    public Steps steps(Runnable action) {
        StepRecorder recorder = new StepRecorder();
        try (Attachment a = instrument(recorder)) {
            action.run();
        } catch (ClarityError e) {
            return recorder.steps().endedBy(e);
        }
        return recorder.steps();
    }

    /** Records the call tree of every contract call from now on (or stops); off by default. */
    public void setTracing(boolean on) {
        session.setTracing(on);
    }

    public boolean isTracing() {
        return session.isTracing();
    }

    /** The call tree of the last contract call, when tracing was on and a function ran. */
    public Optional<CallTrace> lastTrace() {
        return session.lastTrace();
    }

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
        try {
            session.blocks().advanceForTransaction();
            return session.deploy(name, source, version, sender);
        } catch (ClarityError e) {
            throw e.atCaller();
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
        try {
            return session.call(contract, function, args, sender, DefineKind.DEFINE_PUBLIC, true);
        } catch (ClarityError e) {
            throw e.atCaller();
        }
    }

    /** Calls a read-only function, as the SDK's {@code callReadOnlyFn}; no block is added. */
    public TxResult callReadOnly(String contract, String function, List<Value> args, String sender) {
        return callReadOnly(names().contract(contract), function, args, names().principal(sender));
    }

    /** Calls a read-only function; nothing it does is kept, and no block is added. */
    public TxResult callReadOnly(ContractPrincipalValue contract, String function, List<Value> args, PrincipalValue sender) {
        try {
            return session.call(contract, function, args, sender, DefineKind.DEFINE_READ_ONLY, true);
        } catch (ClarityError e) {
            throw e.atCaller();
        }
    }

    /** Calls a private function as a transaction, as the SDK's {@code callPrivateFn}. */
    public TxResult callPrivate(String contract, String function, List<Value> args, String sender) {
        return callPrivate(names().contract(contract), function, args, names().principal(sender));
    }

    /** Calls a private function as a transaction (a testing facility of the simnet). */
    public TxResult callPrivate(ContractPrincipalValue contract, String function, List<Value> args, PrincipalValue sender) {
        try {
            return session.call(contract, function, args, sender, DefineKind.DEFINE_PRIVATE, true);
        } catch (ClarityError e) {
            throw e.atCaller();
        }
    }

    /** Transfers {@code amount} micro-STX, as the SDK's {@code transferSTX}: principals by name or address. */
    public TxResult transferStx(long amount, String recipient, String sender) {
        return transferStx(UIntValue.of(amount), names().principal(recipient), names().sender(sender));
    }

    /** Transfers STX from {@code sender} as a transaction; the block is added after it. */
    public TxResult transferStx(UIntValue amount, PrincipalValue recipient, StandardPrincipalValue sender) {
        try {
            return session.transferStx(amount, recipient, sender);
        } catch (ClarityError e) {
            throw e.atCaller();
        } finally {
            session.blocks().advanceForTransaction();
        }
    }

    /**
     * Mines one block holding {@code txs}, run in order, as the SDK's {@code mineBlock}: they all
     * see the same block height. A deploy's result is {@code true}. A transaction that fails at
     * run time throws; the transactions before it and the block stay.
     */
    public List<TxResult> mineBlock(List<Tx> txs) {
        try {
            return session.mineBlock(txs, names());
        } catch (ClarityError e) {
            throw e.atCaller();
        }
    }

    /** {@link #mineBlock(List)} of the given transactions. */
    public List<TxResult> mineBlock(Tx... txs) {
        return mineBlock(List.of(txs));
    }

    /**
     * Evaluates a snippet as the deployer, in a scratch contract {@code deployer.contract-N}, at
     * the epoch's default Clarity version. Its writes are kept; its definitions are not, but a
     * snippet that defines a function or a trait and runs to the end uses up its name (the next
     * snippet runs as {@code contract-N+1}), as the simnet saves it. The result is the value of
     * the last plain expression; without one, {@code true} for such a snippet, else {@code none}.
     */
    public TxResult execute(String snippet) {
        SnippetResult r;
        try {
            r = session.snippet(snippet, deployer(), Console.Snippet.SCRATCH, CostTracker.FREE);
        } catch (ClarityError e) {
            throw e.atCaller();
        }
        return new TxResult(r.value().orElse(NoneValue.INSTANCE), r.events());
    }

    /** The value of a data-var, as the SDK's {@code getDataVar}. */
    public Value getDataVar(String contract, String name) {
        return getDataVar(names().contract(contract), name);
    }

    /** The value of a data-var. */
    public Value getDataVar(ContractPrincipalValue id, String name) {
        try {
            return session.dataVar(id, name);
        } catch (ClarityError e) {
            throw e.atCaller();
        }
    }

    /** {@code (some value)} or {@code none}, as the SDK's {@code getMapEntry}. */
    public Value getMapEntry(String contract, String map, Value key) {
        return getMapEntry(names().contract(contract), map, key);
    }

    /** {@code (some value)} or {@code none}; a key of the wrong type is simply absent. */
    public Value getMapEntry(ContractPrincipalValue id, String map, Value key) {
        try {
            return session.mapEntry(id, map, key);
        } catch (ClarityError e) {
            throw e.atCaller();
        }
    }

    public UIntValue stxBalance(PrincipalValue who) {
        return session.state().stxBalance(who);
    }

    /** The STX balance of an account name, address or contract. */
    public UIntValue stxBalance(String who) {
        return session.state().stxBalance(names().principal(who));
    }

    /**
     * Who holds what, as the SDK's {@code getAssetsMap}: {@code "STX"} and one entry per token
     * ({@code ".contract.token"}), each from address to amount (for a non-fungible token, the
     * number of its assets owned). Keys are sorted.
     */
    public Map<String, Map<String, BigInteger>> getAssetsMap() {
        return AssetsMap.of(session.state());
    }

    /** The interfaces of the deployed contracts, by contract id, in deploy order. */
    public Map<String, ContractInterface> getContractInterfaces() {
        return ContractInterface.allOf(session.state());
    }

    /** The interface of the deployed contract {@code id}, or null when there is none. */
    public ContractInterface getContractInterface(ContractPrincipalValue id) {
        DeployedContract c = session.state().contract(id);
        return c == null ? null : ContractInterface.of(c);
    }

    /** The source of a deployed contract, if there is one by that name. */
    public Optional<String> getContractSource(String contract) {
        DeployedContract c = session.state().contract(names().contract(contract));
        return c == null ? Optional.empty() : Optional.of(c.source());
    }

    /**
     * A new chain, as the clarinet-sdk opens one for a project: epoch 2.05 at height 0, with the
     * project's accounts ({@code name -> address}, in the order of its settings/Devnet.toml; one
     * of them named {@code deployer}) funded with their balances in micro-STX.
     */
    public static Simnet withAccounts(Map<String, StandardPrincipalValue> accounts, Map<String, BigInteger> balances) {
        if (!accounts.containsKey("deployer")) {
            throw new IllegalArgumentException("the accounts must include one named \"deployer\"");
        }
        return adopt(Session.genesis(accounts, name -> balances.getOrDefault(name, BigInteger.ZERO)), new Blocks(), 0, accounts);
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
        try {
            return session.snippet(snippet, sender, Console.Snippet.CONSOLE, CostTracker.FREE);
        } catch (ClarityError e) {
            throw e.atCaller();
        }
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
        try {
            return session.snippet(snippet, sender, Console.Snippet.CONSOLE, Metering.limited(session.epoch()));
        } catch (ClarityError e) {
            throw e.atCaller();
        }
    }

    /**
     * Mines {@code n} stacks blocks without burn blocks, as the SDK's {@code mineEmptyStacksBlocks};
     * only from epoch 3.0. Returns the new stacks block height.
     */
    public long mineEmptyStacksBlocks(int n) {
        return session.mineEmptyStacksBlocks(n);
    }

    /**
     * Credits {@code amount} of the fungible token {@code token} of {@code contract} to
     * {@code recipient} out of thin air (a test facility, as the SDK's {@code mintFT}), within the
     * token's total supply; returns the new balance.
     */
    public UIntValue mintFt(ContractPrincipalValue contract, String token, PrincipalValue recipient, UIntValue amount) {
        return session.mintFt(contract, token, recipient, amount);
    }

    private PrincipalNames names() {
        return new PrincipalNames(accounts, session.state());
    }
}

package io.clarity;

import io.clarity.analysis.Analyzer;
import io.clarity.analysis.ContractAnalysis;
import io.clarity.analysis.Hints;
import io.clarity.analysis.TypeChecker;
import io.clarity.chain.Blocks;
import io.clarity.chain.ChainState;
import io.clarity.chain.ContractStorage;
import io.clarity.chain.DeployedContract;
import io.clarity.chain.Transaction;
import io.clarity.cost.CostTracker;
import io.clarity.definitions.Definition;
import io.clarity.error.CallErrorKind;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.eval.CallContext;
import io.clarity.eval.Deployer;
import io.clarity.eval.Evaluator;
import io.clarity.eval.ExecutionContext;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.trace.CallTrace;
import io.clarity.trace.CallTracer;
import io.clarity.value.BoolValue;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.NoneValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.SomeValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.DefineKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The chain behind a {@link Simnet} and the transactions run on it, with every principal already
 * read: the state and its blocks, the scratch contract names used up, how transactions are metered
 * and whether calls are traced. Each transaction runs through one {@link Transaction}; the
 * {@code Simnet} reads names and decides which transactions add a block.
 */
final class Session {

    private final Metering metering;
    private ChainState state;
    private Blocks blocks;
    private int scratchContracts;
    private boolean tracing;
    private CallTrace lastTrace;
    /** The listeners attached to every execution, in the order attached. */
    private final List<ExecutionListener> listeners = new ArrayList<>();
    /** {@link #listeners} as one (null when there is none), made when they change. */
    private ExecutionListener attached;

    /** A session that takes {@code state} and {@code blocks} as its own (nobody else may hold them). */
    Session(ChainState state, Blocks blocks, int scratchContracts, boolean trackCosts) {
        this.metering = new Metering(trackCosts);
        this.state = state;
        this.blocks = blocks;
        this.scratchContracts = scratchContracts;
        state.log().recordBlocks(this::stacksHeight);
    }

    /** A first state: each account funded with its balance in micro-STX. */
    static ChainState genesis(Map<String, StandardPrincipalValue> accounts, Function<String, BigInteger> balance) {
        ChainState genesis = new ChainState();
        Transaction.run(genesis.log(), Transaction.Kind.UNCONDITIONAL, null, () -> {
            accounts.forEach((name, p) -> genesis.mintStx(p, UIntValue.of(balance.apply(name))));
            return genesis;
        });
        return genesis;
    }

    ChainState state() {
        return state;
    }

    Blocks blocks() {
        return blocks;
    }

    Epoch epoch() {
        return blocks.epoch();
    }

    private long stacksHeight() {
        return blocks.stacksHeight();
    }

    Metering metering() {
        return metering;
    }

    /** The whole chain now; see {@link Snapshot}. */
    Snapshot snapshot() {
        return new Snapshot(state.copy(), blocks.copy(), scratchContracts);
    }

    /** Puts the chain back in the state of {@code snapshot} (which stays usable). */
    void restore(Snapshot snapshot) {
        this.state = snapshot.copyState();
        this.blocks = snapshot.copyBlocks();
        state.log().recordBlocks(this::stacksHeight);
        this.scratchContracts = snapshot.scratchContracts();
        this.lastTrace = null;
    }

    /** An independent session on a copy of this chain, tracing as this one does. */
    Session copy() {
        Session s = new Session(state.copy(), blocks.copy(), scratchContracts, metering.tracking());
        s.tracing = tracing;
        return s;
    }

    /** Attaches {@code listener} to every execution from now on (deploys, calls, snippets, transfers). */
    void attach(ExecutionListener listener) {
        listeners.add(listener);
        attached = ExecutionListener.of(listeners);
    }

    /** The listeners attached, in the order attached. */
    List<ExecutionListener> listeners() {
        return List.copyOf(listeners);
    }

    /** Detaches {@code listener} (attached once per {@link #attach}); false when it was not attached. */
    boolean detach(ExecutionListener listener) {
        boolean removed = listeners.remove(listener);
        attached = ExecutionListener.of(listeners);
        return removed;
    }

    void setTracing(boolean on) {
        this.tracing = on;
    }

    boolean isTracing() {
        return tracing;
    }

    Optional<CallTrace> lastTrace() {
        return Optional.ofNullable(lastTrace);
    }

    /** Moves to another epoch; entering an epoch from 3.0 on adds a block, and from 3.4 at-block's history goes. */
    void setEpoch(Epoch epoch) {
        blocks.setEpoch(epoch);
        if (!epoch.supportsAtBlock()) {
            state.log().forgetHistory();
        }
    }

    /** Mines {@code n} empty blocks, each a burn block with its stacks block; returns the new burn block height. */
    long mineEmptyBlocks(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot mine a negative number of blocks: " + n);
        }
        blocks.mine(n);
        return blocks.burnHeight();
    }

    /** Mines {@code n} stacks blocks without burn blocks (only from epoch 3.0); returns the new stacks block height. */
    long mineEmptyStacksBlocks(int n) {
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
     * Runs {@code txs} in order in one new block, reading each one's principals with
     * {@code names} when its turn comes (a contract deployed earlier in the block has a name
     * then). A deploy's result is {@code true}.
     */
    List<TxResult> mineBlock(List<Tx> txs, PrincipalNames names) {
        blocks.advanceForTransaction();
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
                    Deployment deployed = deploy(d.name(), d.source(), d.version(), names.sender(d.sender()));
                    results.add(new TxResult(BoolValue.TRUE, deployed.events(), deployed.costs()));
                } catch (ClarityError e) {
                    throw e.in(d.name());
                }
            } else if (tx instanceof Tx.TransferStx t) {
                results.add(transferStx(UIntValue.of(t.amount()), names.principal(t.recipient()), names.sender(t.sender())));
            } else {
                throw new IllegalStateException("unknown transaction " + tx);
            }
        }
        return results;
    }

    /** The value of data-var {@code name} of contract {@code id}. */
    Value dataVar(ContractPrincipalValue id, String name) {
        DeployedContract c = state.contract(id);
        if (c == null || !c.storage().hasDataVar(name)) {
            throw CallErrorKind.NoSuchDataVariable.error(name, id.address());
        }
        return c.storage().dataVar(name);
    }

    /** {@code (some value)} or {@code none}; a key of the wrong type is simply absent. */
    Value mapEntry(ContractPrincipalValue id, String map, Value key) {
        DeployedContract c = state.contract(id);
        if (c == null || !c.storage().hasMap(map)) {
            throw CallErrorKind.NoSuchMap.error(map, id.address());
        }
        Value v = c.storage().mapGet(map, key);
        return v == null ? NoneValue.INSTANCE : new SomeValue(v);
    }

    /**
     * Deploys {@code source} as {@code sender.name} in the current block, as Clarity
     * {@code version} (null: the epoch's default).
     */
    Deployment deploy(String name, String source, ClarityVersion version, StandardPrincipalValue sender) {
        ClarityVersion v = version == null ? epoch().defaultClarityVersion() : version;
        ContractPrincipalValue id = new ContractPrincipalValue(sender, name);
        if (!epoch().allows(v)) {
            throw CheckErrorKind.VersionNotAllowed.error(v + " cannot be used in epoch " + epoch()
                    + " (it allows Clarity 1 to " + epoch().defaultClarityVersion().number() + ")");
        }
        if (state.contract(id) != null) {
            throw CheckErrorKind.ContractAlreadyExists.error(id.address());
        }
        Analyzer.CheckedContract checked = guarded(() -> Analyzer.analyze(id, source, v, epoch(), resolver(state)));
        CostTracker costs = metering.tracker(epoch());
        Transaction.Receipt<DeployedContract> receipt = transact(Transaction.Kind.UNCONDITIONAL, null, () -> {
            DeployedContract deployed = Console.runSource(checked, newExecution(costs, attached)).contract();
            state.addContract(deployed);
            return deployed;
        });
        return new Deployment(id, v, epoch(), receipt.events(), Metering.costsOf(costs));
    }

    /**
     * Calls function {@code function} of {@code id}, which must be of {@code kind}, as
     * {@code sender}: a public or private call is a transaction that adds a block when
     * {@code ownBlock}; a read-only call keeps nothing and adds no block.
     */
    TxResult call(ContractPrincipalValue id, String function, List<Value> args, PrincipalValue sender,
                  DefineKind kind, boolean ownBlock) {
        boolean transaction = kind != DefineKind.DEFINE_READ_ONLY;
        DeployedContract contract = state.contract(id);
        Definition.Function f = contract == null ? null : contract.function(function);
        if (f != null && f.kind() != kind) {
            throw Hints.call((switch (kind) {
                case DEFINE_PUBLIC -> CallErrorKind.NotPublicFunction;
                case DEFINE_READ_ONLY -> CallErrorKind.NotReadOnlyFunction;
                case DEFINE_PRIVATE -> CallErrorKind.NotPrivateFunction;
                case DEFINE_CONSTANT, DEFINE_DATA_VAR, DEFINE_MAP, DEFINE_FUNGIBLE_TOKEN, DEFINE_NON_FUNGIBLE_TOKEN,
                        DEFINE_TRAIT, USE_TRAIT, IMPL_TRAIT -> throw new IllegalArgumentException("not a function kind: " + kind);
            }).error(function), contract.analysis(), function, args);
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
        CostTracker costs = metering.tracker(epoch());
        CallTracer tracer = newTracer(sender);
        Transaction.Receipt<Value> receipt;
        try {
            // the simnet runs contract calls under its call tracer, whose lookups cost (ExecutionContext)
            receipt = transact(transaction ? Transaction.Kind.RESPONSE : Transaction.Kind.READ_ONLY, tracer,
                    () -> Evaluator.callExternal(contract, f, args, new CallContext(
                            new ExecutionContext(state, blocks, costs, observer(tracer), true), contract, sender, sender,
                            null)));
        } catch (ClarityError e) {
            throw Hints.call(e, contract.analysis(), function, args).in(contract.name());
        }
        TxResult outcome = new TxResult(receipt.value(), receipt.events(), Metering.costsOf(costs));
        metering.report(id, function, args, outcome.costs());
        return outcome;
    }

    /** Transfers STX from {@code sender} in the current block, run as a snippet as the simnet runs it. */
    TxResult transferStx(UIntValue amount, PrincipalValue recipient, StandardPrincipalValue sender) {
        String snippet = "(stx-transfer? " + amount + " tx-sender '" + recipient.address() + ")";
        SnippetResult r = snippet(snippet, sender, Console.Snippet.INTERNAL, CostTracker.FREE);
        return new TxResult(r.value().orElse(NoneValue.INSTANCE), r.events());
    }

    /**
     * Runs a snippet as the contract {@code sender.contract-N} in the current block, with
     * {@code sender} as {@code tx-sender}, metered by {@code costs}; a lone {@code contract-call?}
     * runs as a direct call from the sender instead, as the simnet and Clarinet's console run it.
     */
    SnippetResult snippet(String snippet, StandardPrincipalValue sender, Console.Snippet kind, CostTracker costs) {
        Console.Scratch scratch = guarded(() -> Console.check(snippet, sender, kind,
                state.contracts().size() + scratchContracts, epoch(), resolver(state)));
        CallTracer tracer = newTracer(sender);
        Transaction.Receipt<Deployer.Outcome> receipt = transact(Transaction.Kind.UNCONDITIONAL, tracer,
                () -> Console.run(scratch, newExecution(costs, observer(tracer))));
        Value last = receipt.value().lastValue();
        if (scratch.usesName()) {
            // the simnet saved the snippet as a contract (a failed one it drops, name and all), and
            // answers true for it when it ends in no plain expression
            scratchContracts++;
            last = last == null ? BoolValue.TRUE : last;
        }
        return new SnippetResult(Optional.ofNullable(last), receipt.events(),
                scratch.kept() ? Optional.of(scratch.checked().id()) : Optional.empty(), Metering.costsOf(costs));
    }

    /** Credits {@code amount} micro-STX to {@code recipient} out of thin air; returns the new balance. */
    UIntValue mintStx(PrincipalValue recipient, UIntValue amount) {
        return Transaction.run(state.log(), Transaction.Kind.UNCONDITIONAL, null, () -> {
            state.mintStx(recipient, amount);
            return state.stxBalance(recipient);
        }).value();
    }

    /**
     * Credits {@code amount} of the fungible token {@code token} of {@code contract} to
     * {@code recipient} out of thin air, within the token's total supply; returns the new balance.
     */
    UIntValue mintFt(ContractPrincipalValue contract, String token, PrincipalValue recipient, UIntValue amount) {
        DeployedContract c = state.contract(contract);
        if (c == null || !c.storage().hasFungibleToken(token)) {
            throw new IllegalArgumentException("no fungible token " + token + " in " + contract.address());
        }
        ContractStorage storage = c.storage();
        // the balance is written before the supply is checked: the transaction, not the order, undoes a refused mint
        return Transaction.run(state.log(), Transaction.Kind.UNCONDITIONAL, null, () -> {
            UIntValue balance = raised(storage.ftBalance(token, recipient), amount, UIntValue.MAX, token);
            storage.setFtBalance(token, recipient, balance);
            UIntValue max = storage.ftMaxSupply(token);
            storage.setFtSupply(token, raised(storage.ftSupply(token), amount,
                    max == null ? UIntValue.MAX : max.toBigInteger(), token));
            return balance;
        }).value();
    }

    /** {@code value + amount}, refused above {@code limit} (the total supply of {@code token}). */
    private static UIntValue raised(UIntValue value, UIntValue amount, BigInteger limit, String token) {
        BigInteger sum = value.toBigInteger().add(amount.toBigInteger());
        if (sum.compareTo(limit) > 0) {
            throw new IllegalArgumentException("minting " + amount + " would exceed the total supply of " + token);
        }
        return UIntValue.of(sum);
    }

    /**
     * Runs {@code body} as a transaction of {@code kind}; {@code tracer}, when not null, is a
     * listener of its execution whose trace becomes the last trace, even when it fails.
     */
    private <T> Transaction.Receipt<T> transact(Transaction.Kind kind, CallTracer tracer, Supplier<T> body) {
        try {
            // a body that throws is rolled back by the transaction, a bug of ours as any other
            return guarded(() -> Transaction.run(state.log(), kind, null, body));
        } finally {
            if (tracer != null) {
                lastTrace = tracer.trace();
            }
        }
    }

    /**
     * Runs {@code work} (an analysis or a transaction): an exception there that is no Clarity
     * error is a bug of ours, which must neither pass for a Clarity error nor escape raw.
     */
    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (ClarityError e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new InterpreterBug(e);
        }
    }

    /** A tracer of a transaction of {@code sender} when tracing (the last trace is then forgotten), else null. */
    private CallTracer newTracer(PrincipalValue sender) {
        if (!tracing) {
            return null;
        }
        lastTrace = null;
        return new CallTracer(sender);
    }

    /** The attached listeners, and {@code tracer} after them when tracing; null when nobody listens. */
    private ExecutionListener observer(CallTracer tracer) {
        if (tracer == null) {
            return attached;
        }
        return attached == null ? tracer : ExecutionListener.of(List.of(attached, tracer));
    }

    private ExecutionContext newExecution(CostTracker costs, ExecutionListener listener) {
        return new ExecutionContext(state, blocks, costs, listener, false);
    }

    /** What the type checker knows of the contracts deployed on {@code state}. */
    static TypeChecker.ContractResolver resolver(ChainState state) {
        return new TypeChecker.ContractResolver() {
            @Override
            public ContractAnalysis contract(ContractPrincipalValue id) {
                DeployedContract c = state.contract(id);
                return c == null ? null : c.analysis();
            }

            @Override
            public List<ContractPrincipalValue> named(String name) {
                return state.contracts().keySet().stream().filter(id -> id.name().equals(name)).toList();
            }
        };
    }
}

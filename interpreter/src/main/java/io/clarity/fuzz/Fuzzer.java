package io.clarity.fuzz;

import io.clarity.ContractInterface;
import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.error.ClarityError;
import io.clarity.error.ErrorKind;
import io.clarity.value.AsciiStringValue;
import io.clarity.value.BoolValue;
import io.clarity.value.OkValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.TypeSignature;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs the tests of a {@link FuzzTarget} in rendezvous's conventions.
 *
 * <p><b>Properties</b>: each public {@code test-...} function is called {@code runs} times on one
 * chain (state carries over from call to call, as in rendezvous), with arguments from its
 * parameter types ({@link Generator}: boundary values first) and a random account (but the
 * faucet) as sender. A
 * call passes when it returns {@code (ok true)}, is discarded when it returns {@code (ok false)}
 * or when the read-only {@code can-test-...} function, given the same arguments, returns anything
 * but {@code true}; it fails when it returns {@code (err ..)} or fails at run time.
 *
 * <p><b>Invariants</b>: each read-only {@code invariant-...} function is checked once the contract
 * is deployed, then {@code runs} times on a fresh chain, after every call of a random sequence of
 * {@code calls} public calls (the contract's public functions but the tests' and
 * {@code update-context}, from random accounts but the faucet, half of them from the account of
 * the call before; half the {@code principal} arguments name the sender of an earlier call). A call that returns {@code (err ..)} or fails is
 * part of the sequence (it changes nothing but the block height); the invariant fails when it
 * returns anything but {@code true} or fails at run time. An invariant with parameters is
 * checked with arguments drawn for each sequence (boundary values first). When the tests read the {@code context}
 * map, each call that returns {@code (ok ..)} is counted in it with {@code update-context}.
 *
 * <p>Everything random comes from one seed: each test draws from a {@link SplittableRandom} seeded
 * by the seed and the test's name, so a test gives the same result with the same seed, whatever
 * other tests run. A failure is shrunk ({@link Shrinker}): first to fewer calls, then to simpler
 * arguments and senders, as long as the shorter sequence still fails the same test, within
 * {@value #MAX_REPLAYS} replays.
 */
public final class Fuzzer {

    public static final int DEFAULT_RUNS = 100;
    public static final int DEFAULT_CALLS = 20;
    static final int MAX_REPLAYS = 2000;
    static final String UPDATE_CONTEXT = "update-context";

    /** What is tested. */
    public enum Kind {
        PROPERTY("property"), INVARIANT("invariant");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        @Override
        public String toString() {
            return word;
        }
    }

    private final FuzzTarget target;
    private final long seed;
    private final int runs;
    private final int calls;
    private final Generator generator;
    private final Shrinker shrinker;
    private final List<String> senders;

    /** A fuzzer of {@code target} that makes {@code runs} runs (of {@code calls} calls each, for invariants). */
    public Fuzzer(FuzzTarget target, long seed, int runs, int calls) {
        if (runs < 1 || calls < 1) {
            throw new IllegalArgumentException("runs and calls must be at least 1");
        }
        this.target = target;
        this.seed = seed;
        this.runs = runs;
        this.calls = calls;
        this.generator = new Generator(target.principals(), target::implementersOf);
        this.shrinker = new Shrinker(target.principals());
        // the faucet sends nothing, as in rendezvous
        List<String> accounts = target.accounts().keySet().stream().filter(a -> !a.equals("faucet")).toList();
        this.senders = accounts.isEmpty() ? List.copyOf(target.accounts().keySet()) : accounts;
    }

    public long seed() {
        return seed;
    }

    public FuzzTarget target() {
        return target;
    }

    /** The property tests: public functions named {@code test-...}, in the contract's order. */
    public List<String> properties() {
        return target.contractInterface().functions().stream()
                .filter(f -> f.access() == ContractInterface.Access.PUBLIC && f.name().startsWith("test-"))
                .map(ContractInterface.Function::name).toList();
    }

    /** The invariants: read-only functions named {@code invariant-...}, in the contract's order. */
    public List<String> invariants() {
        return target.contractInterface().functions().stream()
                .filter(f -> f.access() == ContractInterface.Access.READ_ONLY && f.name().startsWith("invariant-"))
                .map(ContractInterface.Function::name).toList();
    }

    private Optional<ContractInterface.Function> function(String name) {
        return target.contractInterface().functions().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static List<TypeSignature> types(ContractInterface.Function f) {
        return f.args().stream().map(ContractInterface.Parameter::type).toList();
    }

    private SplittableRandom random(Kind kind, String name) {
        return new SplittableRandom(seed ^ ((kind + ":" + name).hashCode() * 0x9E3779B97F4A7C15L));
    }

    /** Runs the property {@code name}. */
    public Outcome property(String name) {
        ContractInterface.Function f = function(name)
                .filter(x -> x.access() == ContractInterface.Access.PUBLIC)
                .orElseThrow(() -> new FuzzException("no public function " + name + " in " + target.name()));
        Optional<ContractInterface.Function> discard = function("can-" + name);
        if (discard.isPresent() && (discard.get().access() != ContractInterface.Access.READ_ONLY
                || !types(discard.get()).equals(types(f)))) {
            return Outcome.malformed(this, Kind.PROPERTY, name, "can-" + name
                    + " must be a read-only function with the parameters of " + name);
        }
        SplittableRandom r = random(Kind.PROPERTY, name);
        List<TypeSignature> types = types(f);
        List<Call> sequence = new ArrayList<>();
        try {
            for (int i = 0; i < runs; i++) {
                sequence.add(new Call(name, generator.arguments(types, i, r), senders.get(r.nextInt(senders.size()))));
            }
        } catch (FuzzException e) {
            return Outcome.malformed(this, Kind.PROPERTY, name, e.getMessage());
        }
        Check check = new Check(Kind.PROPERTY, name, List.of());
        return conclude(check, execute(check, sequence, false), 0);
    }

    /** Checks the invariant {@code name} after every call of {@code runs} random sequences. */
    public Outcome invariant(String name) {
        ContractInterface.Function f = function(name)
                .filter(x -> x.access() == ContractInterface.Access.READ_ONLY)
                .orElseThrow(() -> new FuzzException("no read-only function " + name + " in " + target.name()));
        List<TypeSignature> parameters = types(f);
        if (!canMakeArguments(f)) {
            return Outcome.malformed(this, Kind.INVARIANT, name, "no other contract of the chain implements a trait it takes");
        }
        List<ContractInterface.Function> callable = target.contractInterface().functions().stream()
                .filter(x -> x.access() == ContractInterface.Access.PUBLIC && !x.name().startsWith("test-")
                        && !x.name().equals(UPDATE_CONTEXT) && canMakeArguments(x))
                .toList();
        SplittableRandom r = random(Kind.INVARIANT, name);
        Map<String, Integer> made = new HashMap<>();
        Check first = new Check(Kind.INVARIANT, name, generator.arguments(parameters, 0, r));
        Run total = execute(first, List.of(), false);
        if (total.failedAt() >= 0) {
            return conclude(first, total, 0);
        }
        // with nothing to call, a run is one more check, worth making only with other arguments
        int sequences = callable.isEmpty() && parameters.isEmpty() ? 0 : runs;
        for (int i = 0; i < sequences; i++) {
            Check check = i == 0 ? first : new Check(Kind.INVARIANT, name, generator.arguments(parameters, i, r));
            List<Call> sequence = new ArrayList<>();
            String sender = senders.get(r.nextInt(senders.size()));
            for (int k = 0; k < calls && !callable.isEmpty(); k++) {
                ContractInterface.Function g = callable.get(r.nextInt(callable.size()));
                int index = made.merge(g.name(), 1, Integer::sum) - 1;
                // half the calls come from the account of the call before: an account's own steps build on each other
                if (r.nextBoolean()) {
                    sender = senders.get(r.nextInt(senders.size()));
                }
                List<Value> args = new ArrayList<>(generator.arguments(types(g), index, r));
                // half the principal arguments name an account that made a call before: it has a state to work on
                for (int j = 0; j < args.size() && !sequence.isEmpty(); j++) {
                    if (types(g).get(j) instanceof TypeSignature.PrincipalType && r.nextBoolean()) {
                        args.set(j, target.accounts().get(sequence.get(r.nextInt(sequence.size())).sender()));
                    }
                }
                sequence.add(new Call(g.name(), args, sender));
            }
            Run run = execute(check, sequence, false);
            total = run.after(total);
            if (run.failedAt() >= 0) {
                return conclude(check, total, i);
            }
        }
        Outcome o = conclude(first, total, 0);
        for (ContractInterface.Function g : target.contractInterface().functions()) {
            if (g.access() == ContractInterface.Access.PUBLIC && !g.name().startsWith("test-") && !canMakeArguments(g)) {
                o = o.withNote(g.name() + " is not called: no other contract of the chain implements a trait it takes");
            }
        }
        return callable.isEmpty() && o.failure().isEmpty()
                ? o.withNote(target.name() + " has no public function to call: the invariant was checked on the contract as deployed") : o;
    }

    /** Whether arguments can be made for {@code f} (not when no contract implements a trait it takes). */
    private boolean canMakeArguments(ContractInterface.Function f) {
        try {
            generator.arguments(types(f), 0, new SplittableRandom(0));
            return true;
        } catch (FuzzException e) {
            return false;
        }
    }

    /**
     * What running {@code calls} gave.
     *
     * @param made the calls made, up to the failure if any (those a discard function refused are left out)
     * @param steps the scenario steps that did what was done
     * @param failedAt -1, or the number of calls made when the test failed
     * @param invalid in a replay, a call that the discard function refuses
     */
    record Run(List<Call> made, List<String> steps, int failedAt, String reason, int discarded, int failedCalls,
               int callCount, boolean invalid, Map<String, Integer> okCalls) {
        Run {
            okCalls = Map.copyOf(okCalls);
        }

        /** This run's counts added to {@code earlier}'s. */
        Run after(Run earlier) {
            Map<String, Integer> ok = new HashMap<>(earlier.okCalls());
            okCalls.forEach((k, v) -> ok.merge(k, v, Integer::sum));
            return new Run(made, steps, failedAt, reason, earlier.discarded() + discarded, earlier.failedCalls() + failedCalls,
                    earlier.callCount() + callCount, invalid, ok);
        }
    }

    /**
     * Runs {@code calls} on a fresh chain and checks the test; in a {@code replay}, a call that the
     * discard function refuses makes the run {@code invalid} instead of being skipped.
     */
    Run execute(Kind kind, String name, List<Call> calls, boolean replay) {
        return execute(new Check(kind, name, List.of()), calls, replay);
    }

    /**
     * The test run: a property, or an invariant with the arguments it is checked with (an
     * invariant may take parameters: each run draws its arguments, as rendezvous does).
     */
    record Check(Kind kind, String name, List<Value> args) {
        Check {
            args = List.copyOf(args);
        }

        String readStep(String contract) {
            return "read " + contract + " " + name + args.stream().map(v -> " " + v).reduce("", String::concat);
        }
    }

    Run execute(Check check, List<Call> calls, boolean replay) {
        Kind kind = check.kind();
        String name = check.name();
        Simnet chain = target.fresh();
        PrincipalValue deployer = chain.deployer();
        List<Call> made = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        Map<String, Integer> context = new HashMap<>();
        int discarded = 0;
        int failedCalls = 0;
        boolean hasDiscard = kind == Kind.PROPERTY && function("can-" + name).isPresent();
        if (kind == Kind.INVARIANT) {
            String broken = checkInvariant(chain, check, deployer);
            if (broken != null) {
                steps.add(check.readStep(target.name()));
                return new Run(made, steps, 0, broken, 0, 0, 0, false, context);
            }
        }
        for (Call c : calls) {
            PrincipalValue sender = target.accounts().get(c.sender());
            if (hasDiscard && !accepts(chain, "can-" + name, c, sender)) {
                if (replay) {
                    return new Run(made, steps, -1, null, discarded, failedCalls, made.size(), true, context);
                }
                discarded++;
                continue;
            }
            made.add(c);
            steps.add("call " + target.name() + " " + c.function() + c.argsText() + " as " + c.sender());
            Value result;
            String failure;
            try {
                TxResult r = chain.callPublic(target.contract(), c.function(), c.args(), sender);
                result = r.result();
                failure = null;
            } catch (ClarityError e) {
                result = null;
                failure = (e.kind().category() == ErrorKind.Category.CALL ? "call refused: " : "runtime error: ")
                        + target.located(e.describe());
                if (kind == Kind.PROPERTY && e.kind().category() == ErrorKind.Category.CALL) {
                    // the generated arguments do not fit (a trait reference the contract does not implement)
                    discarded++;
                    continue;
                }
            }
            if (kind == Kind.PROPERTY) {
                if (result != null && result.equals(OkValue.TRUE)) {
                    context.merge(c.function(), 1, Integer::sum);
                    continue;
                }
                if (result != null && result.equals(new OkValue(BoolValue.FALSE))) {
                    discarded++;
                    continue;
                }
                String reason = failure != null ? failure : "returned " + result;
                return new Run(made, steps, made.size(), reason, discarded, failedCalls, made.size(), false, context);
            }
            if (result instanceof OkValue) {
                int n = context.merge(c.function(), 1, Integer::sum);
                if (target.tracksContext()) {
                    updateContext(chain, c.function(), n, deployer);
                    steps.add("call " + target.name() + " " + UPDATE_CONTEXT + " \"" + c.function() + "\" u" + n + " as deployer");
                }
            } else {
                failedCalls++;
            }
            String broken = checkInvariant(chain, check, deployer);
            if (broken != null) {
                steps.add(check.readStep(target.name()));
                return new Run(made, steps, made.size(), broken, discarded, failedCalls, made.size(), false, context);
            }
        }
        if (kind == Kind.INVARIANT) {
            steps.add(check.readStep(target.name()));
        }
        return new Run(made, steps, -1, null, discarded, failedCalls, made.size(), false, context);
    }

    private boolean accepts(Simnet chain, String discard, Call c, PrincipalValue sender) {
        try {
            return chain.callReadOnly(target.contract(), discard, c.args(), sender).result().equals(BoolValue.TRUE);
        } catch (ClarityError e) {
            return false;
        }
    }

    private void updateContext(Simnet chain, String function, int n, PrincipalValue deployer) {
        try {
            chain.callPublic(target.contract(), UPDATE_CONTEXT, List.of(new AsciiStringValue(function), UIntValue.of(n)), deployer);
        } catch (ClarityError e) {
            throw new FuzzException("updating the context for " + function + " failed: " + e.describe());
        }
    }

    /** Null when the invariant holds, else what it did. */
    private String checkInvariant(Simnet chain, Check check, PrincipalValue deployer) {
        try {
            Value v = chain.callReadOnly(target.contract(), check.name(), check.args(), deployer).result();
            return v.equals(BoolValue.TRUE) ? null : "returned " + v;
        } catch (ClarityError e) {
            return "runtime error: " + target.located(e.describe());
        }
    }

    private Outcome conclude(Check check, Run run, int failedRun) {
        if (run.failedAt() < 0) {
            return Outcome.passed(this, check.kind(), check.name(), run);
        }
        Shrunk s = shrink(check, run.made().subList(0, run.failedAt()));
        return Outcome.failed(this, check.kind(), check.name(), run, failedRun, s.run(), s.replays());
    }

    /** The shortest, simplest failing run found, and how many replays finding it took. */
    record Shrunk(Run run, int replays) {
    }

    Shrunk shrink(Check check, List<Call> failing) {
        int[] replays = {0};
        Run best = execute(check, failing, true);
        if (best.failedAt() < 0) {
            // state that the run does not replay (it should): report it as found
            return new Shrunk(execute(check, failing, false), 1);
        }
        boolean changed = true;
        while (changed && replays[0] < MAX_REPLAYS) {
            changed = false;
            // fewer calls: drop chunks, halving their size
            for (int size = Math.max(1, best.made().size() / 2); size >= 1 && replays[0] < MAX_REPLAYS; size /= 2) {
                for (int start = 0; start + size <= best.made().size() && replays[0] < MAX_REPLAYS; ) {
                    List<Call> c = new ArrayList<>(best.made().subList(0, start));
                    c.addAll(best.made().subList(start + size, best.made().size()));
                    Run r = attempt(check, c, replays);
                    if (r != null) {
                        best = r;
                        changed = true;
                    } else {
                        start += size;
                    }
                }
                if (size == 1) {
                    break;
                }
            }
            // simpler senders: each account's calls all sent by the first account instead, then call by call
            for (String account : best.made().stream().map(Call::sender).distinct().toList()) {
                if (account.equals(senders.get(0)) || replays[0] >= MAX_REPLAYS) {
                    continue;
                }
                List<Call> renamed = best.made().stream()
                        .map(c -> c.sender().equals(account) ? new Call(c.function(), c.args(), senders.get(0)) : c).toList();
                Run r = attempt(check, renamed, replays);
                if (r != null) {
                    best = r;
                    changed = true;
                }
            }
            // simpler arguments and senders
            for (int i = 0; i < best.made().size() && replays[0] < MAX_REPLAYS; i++) {
                Call call = best.made().get(i);
                if (!call.sender().equals(senders.get(0))) {
                    Run r = attempt(check, replace(best.made(), i, new Call(call.function(), call.args(), senders.get(0))), replays);
                    if (r != null) {
                        best = r;
                        changed = true;
                    }
                }
                for (int j = 0; i < best.made().size() && j < best.made().get(i).args().size() && replays[0] < MAX_REPLAYS; j++) {
                    boolean simpler = true;
                    while (simpler && replays[0] < MAX_REPLAYS && i < best.made().size()) {
                        simpler = false;
                        Call now = best.made().get(i);
                        for (Value candidate : shrinker.candidates(now.args().get(j))) {
                            Run r = attempt(check, replace(best.made(), i, now.withArg(j, candidate)), replays);
                            if (r != null) {
                                best = r;
                                changed = true;
                                simpler = true;
                                break;
                            }
                            if (replays[0] >= MAX_REPLAYS) {
                                break;
                            }
                        }
                    }
                }
            }
        }
        return new Shrunk(best, replays[0]);
    }

    private static List<Call> replace(List<Call> calls, int i, Call c) {
        List<Call> out = new ArrayList<>(calls);
        out.set(i, c);
        return out;
    }

    /** The run of {@code calls} cut at its failure, or null when it does not fail. */
    private Run attempt(Check check, List<Call> calls, int[] replays) {
        replays[0]++;
        Run r = execute(check, calls, true);
        if (r.invalid() || r.failedAt() < 0) {
            return null;
        }
        return r;
    }
}

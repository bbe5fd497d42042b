package io.clarity.scenario;

import io.clarity.Costs;
import io.clarity.Deployment;
import io.clarity.InterpreterBug;
import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.chain.Event;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.error.ErrorKind;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.syntax.LiteralParser;
import io.clarity.syntax.SourceText;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a scenario on a fresh {@link Simnet} and writes one line per step, in the oracle's
 * transcript format: {@code <echo> => <result>}, then one indented line per event; or
 * {@code <echo> !! <category>: <message>} when the step fails. Failure messages are ours: the
 * reference's error kind, what went wrong, and where. A step that an {@link InterpreterBug} ends
 * fails as an {@code internal error} (counted by {@link #internalErrors()}), and the run goes on. With costs shown, every successful deploy,
 * call, call-private and read is followed by
 * {@code   costs runtime=… read_count=… read_length=… write_count=… write_length=…}, as the oracle's
 * {@code --costs} prints it (never for eval or stx-transfer, which the simnet does not meter).
 */
public final class ScenarioRunner {

    /** The epoch a scenario starts in when it does not choose one. */
    public static final Epoch DEFAULT_EPOCH = Epoch.E3_2;

    private static final Pattern CONTRACT_NAME = Pattern.compile("^[a-zA-Z]([a-zA-Z0-9]|[-_])*$");
    private static final Pattern SENDER_ADDRESS = Pattern.compile("^S[0-9A-Z]{20,}$");
    private static final Pattern PRINCIPAL_TEXT = Pattern.compile("^S[0-9A-Z]+(\\.[a-zA-Z][a-zA-Z0-9_-]*)?$");
    private static final Pattern AS_SENDER = Pattern.compile("^as\\s+(\\S+)\\s*$");

    private final Simnet simnet;
    private final boolean showCosts;
    private final Path baseDir;
    private final Epoch defaultEpoch;
    private final Consumer<String> out;
    /** Told what each step did; null (the default) records nothing. */
    private Consumer<StepOutcome> onStep;
    /** What the step running did so far, for {@link #onStep}; null when no one is told. */
    private Outcome outcome;
    private final Map<String, ContractPrincipalValue> contracts = new HashMap<>();
    private final Map<String, String> sources = new HashMap<>();
    /** The code of each contract deployed from a file, and that file (for coverage reports). */
    private final Map<String, Path> deployedFiles = new LinkedHashMap<>();
    private boolean epochReady;
    private int scenarioErrors;
    private int internalErrors;
    private Consumer<Simnet> afterEachStep = s -> { };
    private BiConsumer<Integer, String> onHelp = (line, hint) -> { };
    /** The scenario line of the step running, for {@link #onHelp}. */
    private int line;

    /** What a step did, gathered while it runs (see {@link StepOutcome}). */
    private static final class Outcome {
        final List<String> lines = new ArrayList<>();
        Value result;
        Optional<Costs> costs = Optional.empty();
        String failure;
        ClarityError error;
        StepOutcome.Deployed deployed;
    }

    /** A malformed step. */
    static final class ScenarioException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScenarioException(String message) {
            super(message, null, false, false);
        }
    }

    /** A runner that tracks costs (and enforces the block limit) but does not print them. */
    public ScenarioRunner(Path baseDir, Epoch defaultEpoch, Consumer<String> out) {
        this(baseDir, defaultEpoch, out, false, true);
    }

    /**
     * A runner that prints costs after each metered result when {@code showCosts}, and tracks them
     * (enforcing the block limit) when {@code trackCosts}; without tracking there is nothing to show.
     */
    public ScenarioRunner(Path baseDir, Epoch defaultEpoch, Consumer<String> out, boolean showCosts, boolean trackCosts) {
        this.simnet = trackCosts ? new Simnet() : Simnet.withoutCostTracking();
        this.showCosts = showCosts;
        this.baseDir = baseDir;
        this.defaultEpoch = defaultEpoch == null ? DEFAULT_EPOCH : defaultEpoch;
        this.out = out;
    }

    /** Runs scenario text; returns the number of malformed steps (see also {@link #internalErrors()}). */
    public int run(String text) {
        for (Step step : ScenarioReader.read(text)) {
            line = step.line();
            outcome = onStep == null ? null : new Outcome();
            try {
                step(step);
            } catch (ScenarioException | LiteralParser.LiteralException e) {
                scenarioErrors++;
                fail(step.echo(), "scenario error", "line " + step.line() + ": " + e.getMessage());
            } catch (InterpreterBug e) {
                // the simnet rolled the step's transaction back: the steps after it still mean something
                internalErrors++;
                fail(step.echo(), "internal error", e.getMessage());
            }
            if (outcome != null) {
                onStep.accept(new StepOutcome(step, outcome.lines, outcome.result, outcome.costs, outcome.failure,
                        outcome.error, outcome.deployed));
            }
            afterEachStep.accept(simnet);
        }
        return scenarioErrors;
    }

    /** The steps that an interpreter bug ended ({@code !! internal error}), so far. */
    public int internalErrors() {
        return internalErrors;
    }

    /**
     * Has {@code action} done to the chain after every step (a test saves the chain and reads it
     * back there, to show that a saved chain goes on as the uninterrupted one does).
     */
    public ScenarioRunner afterEachStep(Consumer<Simnet> action) {
        this.afterEachStep = action;
        return this;
    }

    /**
     * Has {@code action} told, with the step's line, each hint for a person ({@code help:}) of a
     * step that failed: transcripts never show hints, so the command prints them elsewhere.
     */
    public ScenarioRunner onHelp(BiConsumer<Integer, String> action) {
        this.onHelp = action;
        return this;
    }

    /**
     * Has {@code action} told what each step did, after its transcript lines and before
     * {@link #afterEachStep}: its lines, its result or error, its costs, the contract it deployed.
     */
    public ScenarioRunner onStep(Consumer<StepOutcome> action) {
        this.onStep = action;
        return this;
    }

    public Simnet simnet() {
        return simnet;
    }

    /** The code of every contract deployed from a file so far ({@code deploy}, not {@code deploy-inline}), with its file. */
    public Map<String, Path> deployedFiles() {
        return Collections.unmodifiableMap(deployedFiles);
    }

    /** Writes a transcript line (and keeps it for {@link #onStep}). */
    private void print(String transcriptLine) {
        out.accept(transcriptLine);
        if (outcome != null) {
            outcome.lines.add(transcriptLine);
        }
    }

    private void fail(String echo, String category, String message) {
        String failure = category + ": " + oneLine(message);
        if (outcome != null) {
            outcome.failure = failure;
        }
        print(echo + " !! " + failure);
    }

    private void fail(String echo, String category, String message, ClarityError e) {
        fail(echo, category, message);
        if (outcome != null) {
            outcome.error = e;
        }
        e.help().forEach(h -> onHelp.accept(line, h));
    }

    private static String oneLine(String s) {
        List<String> parts = new ArrayList<>();
        for (String line : s.split("\\r?\\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        return String.join(" / ", parts);
    }

    private void ensureEpoch() {
        if (!epochReady) {
            simnet.setEpoch(defaultEpoch);
            epochReady = true;
        }
    }

    private void setEpoch(String label) {
        Epoch e = Epoch.of(label);
        if (e == null) {
            throw new ScenarioException("unknown epoch " + label + " (known: " + Epoch.knownLabels() + ")");
        }
        if (epochReady && e.compareTo(simnet.epoch()) < 0) {
            throw new ScenarioException("cannot go back from epoch " + simnet.epoch() + " to " + e);
        }
        simnet.setEpoch(e);
        epochReady = true;
    }

    private int clarityDefault() {
        return simnet.epoch().defaultClarityVersion().number();
    }

    private StandardPrincipalValue sender(String name) {
        if (name == null) {
            return simnet.deployer();
        }
        String n = name.startsWith("'") ? name.substring(1) : name;
        StandardPrincipalValue wallet = simnet.accounts().get(n);
        if (wallet != null) {
            return wallet;
        }
        if (SENDER_ADDRESS.matcher(n).matches()) {
            StandardPrincipalValue p = StandardPrincipalValue.parse(n);
            if (p == null) {
                throw new ScenarioException("invalid sender address " + n);
            }
            return p;
        }
        throw new ScenarioException("unknown sender \"" + name + "\" (use deployer, wallet_1..wallet_8, faucet or a standard address)");
    }

    private ContractPrincipalValue contractId(String ref) {
        String r = ref.startsWith("'") ? ref.substring(1) : ref;
        if (r.startsWith(".")) {
            r = r.substring(1);
        }
        ContractPrincipalValue known = contracts.get(r);
        if (known != null) {
            return known;
        }
        if (r.contains(".")) {
            ContractPrincipalValue id = ContractPrincipalValue.parse(r);
            if (id == null) {
                throw new ScenarioException("invalid contract id " + ref);
            }
            return id;
        }
        return new ContractPrincipalValue(simnet.deployer(), r);
    }

    private LiteralParser parser(String text) {
        return new LiteralParser(text, simnet.accounts(),
                name -> contracts.getOrDefault(name, new ContractPrincipalValue(simnet.deployer(), name)));
    }

    private PrincipalValue principalArg(String text) {
        String t = text.strip();
        StandardPrincipalValue wallet = simnet.accounts().get(t);
        if (wallet != null) {
            return wallet;
        }
        ContractPrincipalValue known = contracts.get(t);
        if (known != null) {
            return known;
        }
        if (PRINCIPAL_TEXT.matcher(t).matches()) {
            PrincipalValue p = t.contains(".") ? ContractPrincipalValue.parse(t) : StandardPrincipalValue.parse(t);
            if (p == null) {
                throw new ScenarioException("invalid principal " + t);
            }
            return p;
        }
        Value v = parser(t).value();
        if (!(v instanceof PrincipalValue p)) {
            throw new ScenarioException("expected a principal, got " + v);
        }
        return p;
    }

    private record ArgsAndSender(List<Value> args, StandardPrincipalValue sender) {
    }

    private ArgsAndSender argsAndSender(String text) {
        LiteralParser p = parser(text);
        List<Value> args = new ArrayList<>();
        String sender = null;
        while (!p.atEnd()) {
            Matcher m = AS_SENDER.matcher(p.rest());
            if (m.find()) {
                sender = m.group(1);
                break;
            }
            args.add(p.value());
        }
        return new ArgsAndSender(args, sender(sender));
    }

    private void emit(String echo, String result, List<Event> events) {
        emit(echo, result, events, Optional.empty());
    }

    /** A transaction's result line, its events and (when shown) its costs. */
    private void emit(String echo, TxResult r) {
        if (outcome != null) {
            outcome.result = r.result();
        }
        emit(echo, r.result().toString(), r.events(), r.costs());
    }

    private void emit(String echo, String result, List<Event> events, Optional<Costs> costs) {
        if (outcome != null) {
            outcome.costs = costs;
        }
        print(echo + " => " + result);
        for (Event e : events) {
            print("  " + e);
        }
        if (showCosts && costs.isPresent()) {
            print("  costs " + costs.get().total());
        }
    }

    private void step(Step step) {
        String echo = step.echo();
        if (step.unterminatedTag() != null) {
            throw new ScenarioException("heredoc <<" + step.unterminatedTag() + " is not terminated");
        }
        Matcher m = Pattern.compile("^(\\S+)\\s*([\\s\\S]*)$").matcher(step.text());
        if (!m.find()) {
            throw new ScenarioException("empty step");
        }
        String cmd = m.group(1);
        String rest = m.group(2);
        if (!cmd.equals("epoch") && !cmd.equals("deploy") && !cmd.equals("deploy-inline")) {
            ensureEpoch();
        }
        switch (cmd) {
            case "epoch" -> {
                setEpoch(rest.strip());
                print(echo + " => epoch " + simnet.epoch() + " (clarity " + clarityDefault() + ")");
            }
            case "info" -> print(echo + " => epoch " + simnet.epoch() + " (clarity " + clarityDefault()
                    + ") stacks-block-height " + simnet.stacksBlockHeight() + " burn-block-height " + simnet.burnBlockHeight());
            case "deploy", "deploy-inline" -> deploy(step, cmd, rest);
            case "call", "call-private", "read" -> call(echo, cmd, rest);
            case "eval" -> {
                String code = step.body() != null ? (rest.isEmpty() ? "" : rest + "\n") + step.body() : rest;
                if (code.isBlank()) {
                    throw new ScenarioException("usage: eval <clarity code>");
                }
                try {
                    TxResult r = simnet.execute(code);
                    emit(echo, r);
                } catch (ClarityError e) {
                    fail(echo, e.kind().category() == ErrorKind.Category.RUNTIME ? "runtime error" : "eval error", e.describe(), e);
                }
            }
            case "mine" -> {
                String n = rest.strip();
                int count;
                try {
                    count = n.isEmpty() ? 1 : Integer.parseInt(n);
                } catch (NumberFormatException e) {
                    count = 0;
                }
                if (count < 1) {
                    throw new ScenarioException("usage: mine [N]  (N >= 1)");
                }
                simnet.mineEmptyBlocks(count);
                print(echo + " => stacks-block-height " + simnet.stacksBlockHeight() + " burn-block-height "
                        + simnet.burnBlockHeight());
            }
            case "stx-balance" -> {
                if (rest.isBlank()) {
                    throw new ScenarioException("usage: stx-balance <wallet|principal|contract>");
                }
                print(echo + " => " + simnet.stxBalance(principalArg(rest)));
            }
            case "stx-transfer" -> {
                Matcher t = Pattern.compile("^(\\S+)\\s+(\\S+)\\s*(?:as\\s+(\\S+))?\\s*$").matcher(rest.strip());
                if (!t.find()) {
                    throw new ScenarioException("usage: stx-transfer <amount> <recipient> [as <wallet>]");
                }
                if (!t.group(1).matches("^u?[0-9]+$")) {
                    throw new ScenarioException("bad amount " + t.group(1));
                }
                UIntValue amount = UIntValue.of(new BigInteger(t.group(1).replaceFirst("^u", "")));
                PrincipalValue to = principalArg(t.group(2));
                StandardPrincipalValue from = sender(t.group(3));
                try {
                    TxResult r = simnet.transferStx(amount, to, from);
                    emit(echo, r);
                } catch (ClarityError e) {
                    callFailure(echo, e);
                }
            }
            case "var" -> {
                Matcher v = Pattern.compile("^(\\S+)\\s+(\\S+)\\s*$").matcher(rest.strip());
                if (!v.find()) {
                    throw new ScenarioException("usage: var <contract> <data-var>");
                }
                try {
                    print(echo + " => " + simnet.getDataVar(contractId(v.group(1)), v.group(2)));
                } catch (ClarityError e) {
                    fail(echo, "call error", e.describe(), e);
                }
            }
            case "map" -> {
                Matcher v = Pattern.compile("^(\\S+)\\s+(\\S+)\\s+([\\s\\S]+)$").matcher(rest.strip());
                if (!v.find()) {
                    throw new ScenarioException("usage: map <contract> <map-name> <key literal>");
                }
                ContractPrincipalValue id = contractId(v.group(1));
                LiteralParser key = parser(v.group(3));
                Value k = key.value();
                if (!key.atEnd()) {
                    throw new ScenarioException("trailing text after map key");
                }
                try {
                    print(echo + " => " + simnet.getMapEntry(id, v.group(2), k));
                } catch (ClarityError e) {
                    fail(echo, "call error", e.describe(), e);
                }
            }
            default -> throw new ScenarioException("unknown command \"" + cmd + "\"");
        }
    }

    private void deploy(Step step, String cmd, String rest) {
        String echo = step.echo();
        List<String> toks = new ArrayList<>(List.of(rest.strip().split("\\s+")));
        toks.removeIf(String::isEmpty);
        String name;
        String source;
        String sourceLabel;
        if (cmd.equals("deploy")) {
            if (toks.size() < 2) {
                throw new ScenarioException("usage: deploy <name> <file.clar> [as <wallet>] [clarity-version N] [epoch E]");
            }
            name = toks.remove(0);
            String file = toks.remove(0);
            Path full = baseDir.resolve(file).normalize();
            if (!Files.isRegularFile(full)) {
                throw new ScenarioException("contract file not found: " + full);
            }
            try {
                source = SourceText.read(full);
            } catch (IOException | UncheckedIOException e) {
                throw new ScenarioException("cannot read " + full + ": " + e.getMessage());
            }
            sourceLabel = file;
        } else {
            if (toks.isEmpty() || step.body() == null) {
                throw new ScenarioException("usage: deploy-inline <name> [options] <<TAG ... TAG");
            }
            name = toks.remove(0);
            source = step.body();
            sourceLabel = name;
        }
        String senderName = null;
        Integer version = null;
        String epoch = null;
        while (!toks.isEmpty()) {
            String k = toks.remove(0);
            if (toks.isEmpty()) {
                throw new ScenarioException("missing value for " + k);
            }
            String v = toks.remove(0);
            switch (k) {
                case "as" -> senderName = v;
                case "clarity-version", "clarity" -> {
                    try {
                        version = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        version = -1;
                    }
                }
                case "epoch" -> epoch = v;
                default -> throw new ScenarioException("unknown deploy option " + k);
            }
        }
        if (!CONTRACT_NAME.matcher(name).matches()) {
            throw new ScenarioException("invalid contract name " + name);
        }
        StandardPrincipalValue from = sender(senderName);
        if (epoch != null) {
            setEpoch(epoch);
        } else {
            ensureEpoch();
        }
        int v = version == null ? clarityDefault() : version;
        if (v < 1) {
            throw new ScenarioException("clarity-version must be a positive integer");
        }
        ClarityVersion cv = ClarityVersion.of(v);
        if (outcome != null) {
            outcome.deployed = new StepOutcome.Deployed(name, sourceLabel, source);
        }
        try {
            if (cv == null) {
                throw CheckErrorKind.VersionNotAllowed.error("Clarity " + v + " is not a Clarity version this interpreter knows (1 to 5)");
            }
            Deployment d = simnet.deploy(name, source, cv, from);
            contracts.put(name, d.contract());
            sources.put(name, sourceLabel);
            if (cmd.equals("deploy")) {
                deployedFiles.put(source, baseDir.resolve(sourceLabel).normalize());
            }
            emit(echo, "deployed " + d.contract() + " (clarity " + v + ", epoch " + d.epoch() + ")", d.events(), d.costs());
        } catch (ClarityError e) {
            ClarityError located = e.in(sourceLabel);
            String prefix = e.kind().category() == ErrorKind.Category.RUNTIME ? "runtime error: " : "";
            fail(echo, "deploy error", prefix + located.describe(), e);
        }
    }

    private void call(String echo, String cmd, String rest) {
        Matcher m = Pattern.compile("^(\\S+)\\s+(\\S+)\\s*([\\s\\S]*)$").matcher(rest);
        if (!m.find()) {
            throw new ScenarioException("usage: " + cmd + " <contract> <function> [args...] [as <wallet>]");
        }
        ContractPrincipalValue contract = contractId(m.group(1));
        String fn = m.group(2);
        ArgsAndSender a = argsAndSender(m.group(3));
        try {
            TxResult r = switch (cmd) {
                case "call" -> simnet.callPublic(contract, fn, a.args(), a.sender());
                case "read" -> simnet.callReadOnly(contract, fn, a.args(), a.sender());
                default -> simnet.callPrivate(contract, fn, a.args(), a.sender());
            };
            emit(echo, r);
        } catch (ClarityError e) {
            callFailure(echo, e);
        }
    }

    private void callFailure(String echo, ClarityError e) {
        // the simnet reports a missing public function as a refused call, even when a dynamic
        // contract-call? deep inside the transaction is what found it missing
        boolean refused = e.kind().category() == ErrorKind.Category.CALL || e.kind() == RuntimeErrorKind.NoSuchPublicFunction;
        fail(echo, refused ? "call error" : "runtime error", e.describe(), e);
    }
}

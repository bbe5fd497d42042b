package io.clarity.fuzz;

import io.clarity.ContractInterface;
import io.clarity.Simnet;
import io.clarity.Snapshot;
import io.clarity.analysis.FunctionSignature;
import io.clarity.analysis.TraitSignature;
import io.clarity.chain.Accounts;
import io.clarity.chain.DeployedContract;
import io.clarity.error.ClarityError;
import io.clarity.project.ClarinetProject;
import io.clarity.project.ContractFile;
import io.clarity.project.Deployments;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.syntax.SourceText;
import io.clarity.value.AsciiStringValue;
import io.clarity.value.CallableType;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.TraitIdentifier;
import io.clarity.value.TraitReferenceType;
import io.clarity.value.UIntValue;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract under test, deployed with its tests as rendezvous deploys it: the contract's
 * source, then a {@code context} map that counts the successful calls of each public function
 * (with {@code update-context} to write it), then the tests file, as one contract under the
 * contract's name. Around it, the chain it needs: in a Clarinet project, the project's other
 * contracts and deployment-plan calls, in the project's order and epochs; otherwise the contract
 * alone in a chosen epoch.
 *
 * <p>The chain is set up by running a scenario ({@link #setupScenario}), so that a failure found
 * on it replays, from that same scenario followed by its calls, in {@code clarity scenario}; the
 * scenario has the standard devnet accounts (a project's own accounts are noted, see
 * {@link #notes()}).
 */
public final class FuzzTarget {

    /** The heredoc tag that ends the inline contract in a scenario. */
    private static final String TAG_BASE = "FUZZ";
    private static final Pattern DEFINES_CONTEXT = Pattern.compile("\\(\\s*define-map\\s+context[\\s)]");
    private static final Pattern DEFINES_UPDATE_CONTEXT = Pattern.compile("\\(\\s*define-public\\s+\\(\\s*update-context[\\s)]");
    private static final Pattern USES_CONTEXT = Pattern.compile("(?<![A-Za-z0-9_!?-])context(?![A-Za-z0-9_!?-])");

    private final String name;
    private final String source;
    private final int testsFirstLine;
    private final int contractLines;
    private final Path contractFile;
    private final Path tests;
    private final boolean tracksContext;
    private final List<SetupStep> setup;
    private final Path baseDir;
    private final List<String> notes;
    private final Snapshot deployed;
    private final Map<String, StandardPrincipalValue> accounts;
    private final ContractPrincipalValue contract;
    private final ContractInterface contractInterface;
    private final List<PrincipalValue> principals;
    private final Map<TraitIdentifier, List<ContractPrincipalValue>> implementers;

    /** One step of the scenario that sets the chain up. */
    private sealed interface SetupStep {
    }

    private record EpochStep(Epoch epoch) implements SetupStep {
    }

    private record DeployFile(String name, Path file, ClarityVersion version) implements SetupStep {
    }

    private record DeployTarget(ClarityVersion version) implements SetupStep {
    }

    private record PlanCall(String text) implements SetupStep {
    }

    private FuzzTarget(String name, Path contractFile, Path tests, List<SetupStep> setup, Path baseDir, List<String> notes) {
        this.name = name;
        this.tests = tests;
        this.setup = new ArrayList<>(setup);
        this.baseDir = baseDir;
        this.notes = new ArrayList<>(notes);
        String contractSource = read(contractFile, "the contract");
        this.contractFile = contractFile;
        this.contractLines = (int) contractSource.lines().count();
        String testsSource = read(tests, "the tests file");
        StringBuilder sb = new StringBuilder(contractSource);
        if (!contractSource.endsWith("\n")) {
            sb.append('\n');
        }
        boolean addContext = !DEFINES_CONTEXT.matcher(contractSource + testsSource).find()
                && !DEFINES_UPDATE_CONTEXT.matcher(contractSource + testsSource).find();
        if (addContext) {
            sb.append("\n;; added by clarity fuzz: how many times each public function returned (ok ..) in an invariant run\n");
            sb.append("(define-map context (string-ascii 100) { called: uint })\n");
            sb.append("(define-public (update-context (function-name (string-ascii 100)) (called uint))\n");
            sb.append("  (ok (map-set context function-name { called: called })))\n");
        }
        sb.append("\n;; ").append(tests.getFileName()).append('\n');
        this.testsFirstLine = (int) sb.chars().filter(c -> c == '\n').count() + 1;
        sb.append(testsSource);
        this.source = sb.toString();
        this.tracksContext = addContext && USES_CONTEXT.matcher(testsSource).find();
        Simnet chain = runSetup();
        this.accounts = chain.accounts();
        this.contract = chain.contractId(name);
        this.contractInterface = chain.getContractInterface(contract);
        if (tracksContext) {
            startContext(chain);
        }
        this.deployed = chain.snapshot();
        List<PrincipalValue> pool = new ArrayList<>(accounts.values());
        for (String id : chain.getContractInterfaces().keySet()) {
            pool.add(chain.contractId(id));
        }
        this.principals = List.copyOf(pool);
        this.implementers = implementers(chain);
    }

    /**
     * The contract {@code name} of {@code project} with the tests in {@code tests} (null: the
     * contract's file with {@code .tests.clar} for {@code .clar}).
     */
    public static FuzzTarget ofProject(ClarinetProject project, String name, Path tests) {
        Optional<ClarinetProject.Contract> target = project.contracts().stream().filter(c -> c.name().equals(name)).findFirst();
        if (target.isEmpty()) {
            throw FuzzException.missing("no contract " + name + " in " + project.manifest() + " (its contracts: "
                    + String.join(", ", project.contracts().stream().map(ClarinetProject.Contract::name).toList()) + ")");
        }
        Path testsFile = tests != null ? tests : testsBeside(target.get().path());
        List<String> notes = new ArrayList<>();
        Map<String, StandardPrincipalValue> standard = Accounts.standard();
        boolean standardAccounts = project.accounts().size() == standard.size() && project.accounts().values().stream()
                .allMatch(a -> a.address().equals(standard.get(a.name()))
                        && a.balance().longValueExact() == Accounts.STARTING_BALANCE);
        if (!standardAccounts) {
            notes.add("the fuzzer's chain has the standard devnet accounts and balances (as scenarios do),"
                    + " not those of settings/Devnet.toml");
        }
        List<SetupStep> steps = new ArrayList<>();
        Epoch at = null;
        for (Deployments.Outcome o : Deployments.deploy(project.chain(), project, List.of(), null)) {
            if (o instanceof Deployments.Deployed d) {
                if (d.deployment().epoch() != at) {
                    at = d.deployment().epoch();
                    steps.add(new EpochStep(at));
                }
                steps.add(d.file().name().equals(name) ? new DeployTarget(d.deployment().version())
                        : new DeployFile(d.file().name(), d.file().path(), d.deployment().version()));
            } else if (o instanceof Deployments.Rejected r) {
                throw new FuzzException("the contract " + r.file().name() + " of the project does not deploy: "
                        + r.error().in(r.file().path().toString()).describe());
            } else if (o instanceof Deployments.Unreadable u) {
                throw FuzzException.missing(u.reason());
            } else if (o instanceof Deployments.CallFailed f) {
                throw new FuzzException("the deployment plan's call " + f.call() + " fails: " + f.reason());
            } else if (o instanceof Deployments.Called c) {
                if (c.call().epoch() != at) {
                    at = c.call().epoch();
                    steps.add(new EpochStep(at));
                }
                steps.add(new PlanCall("call " + c.call().contract() + " " + c.call().method()
                        + c.call().parameters().stream().map(p -> " " + p).reduce("", String::concat)
                        + " as " + c.call().sender()));
            }
        }
        return new FuzzTarget(name, target.get().path(), testsFile, steps, project.manifest().getParent(), notes);
    }

    /**
     * The contract in {@code contractFile}, named after the file, deployed alone in {@code epoch}
     * as Clarity {@code version} (null: the epoch's), with the tests in {@code tests} (null: beside it).
     */
    public static FuzzTarget ofFile(Path contractFile, Path tests, Epoch epoch, ClarityVersion version) {
        String name = ContractFile.nameOf(contractFile);
        ClarityVersion v = version != null ? version : epoch.defaultClarityVersion();
        List<SetupStep> steps = List.of(new EpochStep(epoch), new DeployTarget(v));
        Path dir = contractFile.toAbsolutePath().normalize().getParent();
        return new FuzzTarget(name, contractFile, tests != null ? tests : testsBeside(contractFile), steps, dir, List.of());
    }

    /** {@code counter.clar} -> {@code counter.tests.clar}, in the same folder. */
    public static Path testsBeside(Path contractFile) {
        String file = contractFile.getFileName().toString();
        String base = file.endsWith(".clar") ? file.substring(0, file.length() - ".clar".length()) : file;
        return contractFile.resolveSibling(base + ".tests.clar");
    }

    private static String read(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw FuzzException.missing(what + " " + file + " does not exist");
        }
        try {
            return SourceText.read(file);
        } catch (IOException | UncheckedIOException e) {
            throw FuzzException.missing("cannot read " + what + " " + file + ": " + e.getMessage());
        }
    }

    private Simnet runSetup() {
        Simnet[] last = new Simnet[1];
        List<String> lines = new ArrayList<>();
        ScenarioRunner runner = new ScenarioRunner(baseDir, null, lines::add).afterEachStep(s -> last[0] = s);
        runner.run(setupScenario(baseDir));
        for (String line : lines) {
            int bang = line.indexOf(" !! ");
            if (bang >= 0 && line.startsWith("deploy-inline " + name + " ")) {
                throw new FuzzException(name + " with its tests does not deploy: " + located(line.substring(bang + 4)));
            } else if (bang >= 0) {
                throw new FuzzException("setting the chain up failed: " + line);
            }
        }
        return last[0];
    }

    /**
     * {@code message} with each place {@code NAME:LINE:COLUMN} in the deployed source named in
     * the file it comes from: the contract's, or the tests file's ({@code counter.tests.clar:3:5}).
     */
    String located(String message) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + ":(\\d+):(\\d+)").matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            String place = line >= testsFirstLine ? tests.getFileName() + ":" + (line - testsFirstLine + 1)
                    : line <= contractLines ? contractFile.getFileName() + ":" + line : name + " (the context added to it):" + line;
            m.appendReplacement(sb, Matcher.quoteReplacement(place + ":" + m.group(2)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The scenario steps that set the chain up, with contract files relative to {@code dir}. */
    String setupScenario(Path dir) {
        StringBuilder sb = new StringBuilder();
        String tag = TAG_BASE;
        while (usedAsLine(tag)) {
            tag = tag + "_";
        }
        for (SetupStep s : setup) {
            if (s instanceof EpochStep e) {
                sb.append("epoch ").append(e.epoch().label()).append('\n');
            } else if (s instanceof DeployFile f) {
                Path rel = dir.toAbsolutePath().normalize().relativize(f.file().toAbsolutePath().normalize());
                sb.append("deploy ").append(f.name()).append(' ').append(rel.toString().replace('\\', '/'))
                        .append(" clarity-version ").append(f.version().number()).append('\n');
            } else if (s instanceof DeployTarget t) {
                sb.append("deploy-inline ").append(name).append(" clarity-version ").append(t.version().number())
                        .append(" <<").append(tag).append('\n').append(source);
                if (!source.endsWith("\n")) {
                    sb.append('\n');
                }
                sb.append(tag).append('\n');
            } else if (s instanceof PlanCall c) {
                sb.append(c.text()).append('\n');
            }
        }
        return sb.toString();
    }

    private boolean usedAsLine(String tag) {
        return source.lines().anyMatch(l -> l.strip().equals(tag));
    }

    /** The folder the setup's contract files are named from. */
    Path setupDir() {
        return baseDir;
    }

    /** The contract's name. */
    public String name() {
        return name;
    }

    /** The tests file. */
    public Path tests() {
        return tests;
    }

    /** Remarks for the user about how the chain differs from the project's. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The contract with its tests, as deployed. */
    public String source() {
        return source;
    }

    /** A new chain, with the contract and its tests just deployed. */
    Simnet fresh() {
        return Simnet.from(deployed, accounts);
    }

    Snapshot deployed() {
        return deployed;
    }

    Map<String, StandardPrincipalValue> accounts() {
        return accounts;
    }

    ContractPrincipalValue contract() {
        return contract;
    }

    ContractInterface contractInterface() {
        return contractInterface;
    }

    /** The chain's accounts, then its contracts: what principal arguments are drawn from. */
    List<PrincipalValue> principals() {
        return principals;
    }

    /**
     * Counts every public function that an invariant run may call as called 0 times, as
     * rendezvous does before its runs, so that {@code (map-get? context "f")} is never {@code none};
     * the scenario of a failure does the same.
     */
    private void startContext(Simnet chain) {
        for (ContractInterface.Function f : contractInterface.functions()) {
            if (f.access() != ContractInterface.Access.PUBLIC || f.name().startsWith("test-")
                    || f.name().equals(Fuzzer.UPDATE_CONTEXT)) {
                continue;
            }
            try {
                chain.callPublic(contract, Fuzzer.UPDATE_CONTEXT, List.of(new AsciiStringValue(f.name()), UIntValue.ZERO),
                        chain.deployer());
            } catch (ClarityError e) {
                throw new FuzzException("starting the context for " + f.name() + " failed: " + e.describe());
            }
            setup.add(new PlanCall("call " + name + " " + Fuzzer.UPDATE_CONTEXT + " \"" + f.name() + "\" u0 as deployer"));
        }
    }

    /**
     * For each trait that a public or read-only function of the contract takes, the other
     * contracts of the chain that have all its methods, public or read-only, taking its arguments:
     * the contracts a trait reference argument can name (a call through the contract itself would
     * be a circular reference).
     */
    private Map<TraitIdentifier, List<ContractPrincipalValue>> implementers(Simnet chain) {
        Map<TraitIdentifier, List<ContractPrincipalValue>> out = new HashMap<>();
        for (ContractInterface.Function f : contractInterface.functions()) {
            for (ContractInterface.Parameter p : f.args()) {
                TraitIdentifier trait = p.type() instanceof TraitReferenceType t ? t.trait()
                        : p.type() instanceof CallableType c && c.isTrait() ? c.trait() : null;
                if (trait != null && !out.containsKey(trait)) {
                    out.put(trait, implementersOf(chain, trait));
                }
            }
        }
        return out;
    }

    private List<ContractPrincipalValue> implementersOf(Simnet chain, TraitIdentifier trait) {
        DeployedContract definer = chain.contract(trait.contract());
        TraitSignature sig = definer == null ? null : definer.analysis().definedTrait(trait.name());
        List<ContractPrincipalValue> out = new ArrayList<>();
        if (sig == null) {
            return out;
        }
        Epoch epoch = chain.epoch();
        TraitSignature canonical = sig.canonicalize(epoch);
        for (PrincipalValue p : principals) {
            if (!(p instanceof ContractPrincipalValue c) || c.equals(contract)) {
                continue;
            }
            DeployedContract callee = chain.contract(c);
            boolean all = callee.analysis().implementedTraits().contains(trait)
                    || canonical.methods().entrySet().stream().allMatch(m -> {
                        FunctionSignature fs = callee.signature(m.getKey());
                        return fs != null && !fs.isPrivate() && m.getValue().parametersAcceptedBy(epoch, fs);
                    });
            if (all) {
                out.add(c);
            }
        }
        return out;
    }

    /** The contracts a reference to {@code trait} can name (see {@link #implementers(Simnet)}). */
    List<ContractPrincipalValue> implementersOf(TraitIdentifier trait) {
        return implementers.getOrDefault(trait, List.of());
    }

    /** Whether the tests read the {@code context} map, which an invariant run then keeps up to date. */
    boolean tracksContext() {
        return tracksContext;
    }
}

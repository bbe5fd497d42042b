package io.clarity.cli;

import io.clarity.Deployment;
import io.clarity.Simnet;
import io.clarity.cli.console.Environment;
import io.clarity.cli.console.VersionProvider;
import io.clarity.error.Diagnostic;
import io.clarity.error.Span;
import io.clarity.lint.Finding;
import io.clarity.lint.Level;
import io.clarity.project.ClarinetProject;
import io.clarity.project.ContractFile;
import io.clarity.project.DeploymentPlan;
import io.clarity.project.Deployments;
import io.clarity.project.ProjectException;
import io.clarity.value.ValuePrinter;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code clarity check}: analyses contracts as a deploy would (parse, definition order, read-only
 * check, types, and the top-level expressions that run at deploy) and reports every problem with
 * its kind, place, source line and a caret. A contract that does not parse gets all its parse
 * errors, as the reference's parser reports them; analysis stops at its first error. A contract
 * that passes is then linted (see {@link CheckLints}): warnings print in the same form.
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks contracts as the Clarity VM does at deploy, without keeping them.",
            "It checks syntax, types, read-only functions, and the expressions that run when",
            "the contract is deployed.",
            "With no FILE, checks the Clarinet project here (the nearest Clarinet.toml at or",
            "above this folder, or --manifest-path): its contracts, each in its epoch with",
            "its Clarity version, in the order clarinet-sdk deploys them.",
            "Files are deployed as the deployer, named after the file, each after the files",
            "it names (.other, contract-call?, use-trait, impl-trait), whatever their order.",
            "A contract that passes is then linted, as Clarinet lints it: unused_const,",
            "unused_data_var, unused_map, unused_private_fn, unused_token, unused_trait,",
            "unused_binding and noop warn by default; check_checker (unchecked_data) runs on",
            "files checked outside a project, and in a project when the passes of",
            "[repl.analysis] in its Clarinet.toml name it. That section sets the lints too.",
            "",
            "Exit status: 0 all contracts pass, 1 a contract was rejected (or a lint set to",
            "\"error\" fired, or a warning under --deny-warnings), 2 a usage error."},
        footer = {"", "Examples:",
            "  clarity check",
            "  clarity check contracts/counter.clar",
            "  clarity check --epoch 3.3 token.clar market.clar",
            "  clarity check --output json contracts/*.clar"})
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Contract files (.clar); none: the project's.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-m", "--manifest-path"}, paramLabel = "PATH",
            description = "The project's Clarinet.toml (default: the one here or above).")
    Path manifest;

    @Option(names = "--epoch", paramLabel = "E", description = "Epoch to check files in (default 3.2).")
    String epoch;

    @Option(names = "--clarity-version", paramLabel = "N",
            description = "Clarity version of the contracts (default: the epoch's).")
    Integer clarityVersion;

    @Option(names = "--output", paramLabel = "FORMAT", description = "standard (default) or json.")
    String output = "standard";

    @Option(names = "--deny-warnings",
            description = "Lint warnings fail the check (exit status 1), as lints set to \"error\" in Clarinet.toml do.")
    boolean denyWarnings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Environment env;

    public CheckCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!output.equals("standard") && !output.equals("json")) {
            err.println("clarity check: --output is standard or json");
            return 2;
        }
        Path m = manifest != null ? env.workingDir().resolve(manifest) : ClarinetProject.find(env.workingDir()).orElse(null);
        CheckLints lints;
        try {
            lints = CheckLints.of(m != null && Files.isRegularFile(m) ? m : null);
        } catch (ProjectException ex) {
            err.println("clarity check: " + ex.getMessage());
            return 2;
        }
        lints.notes().forEach(n -> err.println("clarity check: note: " + n));
        Map<String, List<Diagnostic>> results = new LinkedHashMap<>();
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        Map<String, String> contractIds = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        List<Deployments.Outcome> outcomes;
        Simnet simnet;
        if (files.isEmpty()) {
            if (epoch != null || clarityVersion != null) {
                err.println("clarity check: --epoch and --clarity-version are for files; a project's contracts"
                        + " have theirs in Clarinet.toml");
                return 2;
            }
            if (m == null || !Files.isRegularFile(m)) {
                err.println("clarity check: " + (m == null ? "no Clarinet.toml here or above, and no FILE given"
                        : "no such manifest " + manifest) + " (clarity check FILE.clar... checks files)");
                return 2;
            }
            ClarinetProject project;
            try {
                project = ClarinetProject.read(m);
            } catch (ProjectException ex) {
                err.println("clarity check: " + ex.getMessage());
                return 2;
            }
            simnet = project.chain();
            for (ClarinetProject.Contract c : project.contracts()) {
                results.put(label(c.path()), new ArrayList<>());
                findings.put(label(c.path()), new ArrayList<>());
                contractIds.put(label(c.path()), simnet.deployer().address() + "." + c.name());
            }
            outcomes = Deployments.deploy(simnet, project, List.of(), null);
        } else {
            EpochOption.ForFile setting = EpochOption.ForFile.of(epoch, clarityVersion);
            if (setting.refusal() != null) {
                err.println("clarity check: " + setting.refusal());
                return 2;
            }
            Epoch e = setting.epoch();
            ClarityVersion version = setting.version();
            List<ContractFile> given = new ArrayList<>();
            simnet = Simnet.inEpoch(e);
            for (Path file : files) {
                Path path = env.resolve(file.toString());
                given.add(new ContractFile(ContractFile.nameOf(file), path, version, null));
                results.put(label(path), new ArrayList<>());
                findings.put(label(path), new ArrayList<>());
                contractIds.put(label(path), simnet.deployer().address() + "." + ContractFile.nameOf(file));
            }
            outcomes = Deployments.deploy(simnet, given, e);
        }
        for (Deployments.Outcome o : outcomes) {
            if (o instanceof Deployments.Deployed d) {
                String label = label(d.file().path());
                var contract = simnet.contract(d.deployment().contract());
                sources.put(label, contract.source());
                findings.get(label).addAll(lints.run(contract, d.file().path()));
            } else if (o instanceof Deployments.Unreadable u) {
                err.println("clarity check: " + u.reason());
                return 2;
            } else if (o instanceof Deployments.Rejected r) {
                String label = label(r.file().path());
                sources.put(label, r.source());
                results.get(label).addAll(Diagnostic.all(r.error(), label));
            } else if (o instanceof Deployments.CallFailed f) {
                err.println("clarity check: " + DeploymentPlan.FILE + ": " + f.call() + ": " + f.reason());
                return 1;
            }
        }
        List<Finding> allFindings = findings.values().stream().flatMap(List::stream).toList();
        boolean success = results.values().stream().allMatch(List::isEmpty) && !CheckLints.fails(allFindings, denyWarnings);
        if (output.equals("json")) {
            out.println(json(success, results, findings, contractIds));
        } else {
            int errors = 0;
            for (Map.Entry<String, List<Diagnostic>> r : results.entrySet()) {
                String src = sources.get(r.getKey());
                for (Diagnostic d : r.getValue()) {
                    out.print(d.render(src));
                    out.println();
                    errors++;
                }
                for (Finding f : findings.get(r.getKey())) {
                    out.print(CheckLints.render(f, r.getKey(), src));
                    out.println();
                }
            }
            errors += (int) allFindings.stream().filter(f -> f.level() == Level.ERROR).count();
            int warnings = (int) allFindings.stream().filter(f -> f.level() == Level.WARNING).count();
            if (warnings > 0) {
                out.println("! " + warnings + (warnings == 1 ? " warning" : " warnings") + " detected");
            }
            if (errors > 0) {
                out.println("x " + errors + (errors == 1 ? " error" : " errors") + " detected");
            } else if (!success) {
                out.println("x warnings denied (--deny-warnings)");
            } else {
                int n = results.size();
                out.println("\u2714 " + n + (n == 1 ? " contract" : " contracts") + " checked");
            }
        }
        out.flush();
        return success ? 0 : 1;
    }

    /** A path as the user gave it: relative to the working folder when inside it. */
    private String label(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(env.workingDir()) ? env.workingDir().relativize(abs).toString() : abs.toString();
    }

    /**
     * The diagnostics in the shape Clarinet keeps them (clarinet check computes a map from contract
     * id to Clarity's {@code Diagnostic}: level, message, spans, suggestion), with the counts its
     * summary prints.
     */
    private static String json(boolean success, Map<String, List<Diagnostic>> results,
                               Map<String, List<Finding>> findings, Map<String, String> contractIds) {
        List<Finding> all = findings.values().stream().flatMap(List::stream).toList();
        long errors = results.values().stream().mapToLong(List::size).sum()
                + all.stream().filter(f -> f.level() == Level.ERROR).count();
        long warnings = all.stream().filter(f -> f.level() == Level.WARNING).count();
        StringBuilder sb = new StringBuilder("{\"success\": ").append(success)
                .append(", \"contracts_checked\": ").append(results.size())
                .append(", \"errors\": ").append(errors)
                .append(", \"warnings\": ").append(warnings)
                .append(", \"diagnostics\": {");
        boolean firstFile = true;
        for (Map.Entry<String, List<Diagnostic>> r : results.entrySet()) {
            sb.append(firstFile ? "" : ", ").append(string(contractIds.get(r.getKey()))).append(": [");
            firstFile = false;
            boolean first = true;
            for (Diagnostic d : r.getValue()) {
                sb.append(first ? "" : ", ");
                first = false;
                json(d, null, sb);
            }
            for (Finding f : findings.get(r.getKey())) {
                sb.append(first ? "" : ", ");
                json(f.diagnostic(r.getKey()), f.suggestion(), sb);
                for (Diagnostic note : f.sourceNotes(r.getKey())) {
                    sb.append(", ");
                    json(note, null, sb);
                }
                first = false;
            }
            sb.append(']');
        }
        return sb.append("}}").toString();
    }

    /** One diagnostic as Clarinet keeps it: level, message, spans, suggestion. */
    private static void json(Diagnostic d, String suggestion, StringBuilder sb) {
        sb.append("{\"level\": ").append(string(Character.toUpperCase(d.level().charAt(0)) + d.level().substring(1)))
                .append(", \"message\": ").append(string(d.message()))
                .append(", \"spans\": [");
        Span span = d.span();
        if (span != null && !span.isNone()) {
            sb.append("{\"start_line\": ").append(span.startLine())
                    .append(", \"start_column\": ").append(span.startColumn())
                    .append(", \"end_line\": ").append(span.endLine())
                    .append(", \"end_column\": ").append(span.endColumn())
                    .append('}');
        }
        sb.append("], \"suggestion\": ").append(suggestion == null ? "null" : string(suggestion)).append('}');
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        ValuePrinter.escape(s, sb);
        return sb.append('"').toString();
    }
}

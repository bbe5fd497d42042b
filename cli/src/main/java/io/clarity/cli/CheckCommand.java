package io.clarity.cli;

import io.clarity.Deployment;
import io.clarity.Simnet;
import io.clarity.cli.console.Environment;
import io.clarity.cli.console.VersionProvider;
import io.clarity.cli.project.ContractFile;
import io.clarity.cli.project.ProjectException;
import io.clarity.error.ClarityError;
import io.clarity.error.Diagnostic;
import io.clarity.lint.Finding;
import io.clarity.lint.Level;
import io.clarity.syntax.SourceText;
import io.clarity.value.ValuePrinter;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.io.PrintWriter;
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
            "Files are deployed in the order given (as the deployer, named after the file),",
            "so a contract may call the ones before it.",
            "A contract that passes is then linted, as Clarinet lints it: unused_const,",
            "unused_data_var, unused_map, unused_private_fn, unused_token, unused_trait,",
            "unused_binding and noop warn by default; check_checker (unchecked_data) runs on",
            "files checked outside a project, and in a project when the passes of",
            "[repl.analysis] in its Clarinet.toml name it. That section sets the lints too.",
            "",
            "Exit status: 0 all contracts pass, 1 a contract was rejected (or a lint set to",
            "\"error\" fired, or a warning under --deny-warnings), 2 a usage error."},
        footer = {"", "Examples:",
            "  clarity check contracts/counter.clar",
            "  clarity check --epoch 3.3 token.clar market.clar",
            "  clarity check --output json contracts/*.clar"})
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Contract files (.clar).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--epoch", paramLabel = "E", description = "Epoch to check in (default 3.2).")
    String epoch = "3.2";

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
        Epoch e = Epoch.of(epoch);
        if (e == null) {
            err.println("clarity check: " + EpochOption.unknown(epoch));
            return 2;
        }
        ClarityVersion version = clarityVersion == null ? null : ClarityVersion.of(clarityVersion);
        if (clarityVersion != null && (version == null || !e.allows(version))) {
            err.println("clarity check: Clarity " + clarityVersion + " is not available in epoch " + e);
            return 2;
        }
        if (!output.equals("standard") && !output.equals("json")) {
            err.println("clarity check: --output is standard or json");
            return 2;
        }
        CheckLints lints;
        try {
            lints = CheckLints.of(env);
        } catch (ProjectException ex) {
            err.println("clarity check: " + ex.getMessage());
            return 2;
        }
        lints.notes().forEach(n -> err.println("clarity check: note: " + n));
        Simnet simnet = Simnet.inEpoch(e);
        Map<String, List<Diagnostic>> results = new LinkedHashMap<>();
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path file : files) {
            String label = file.toString();
            String source;
            try {
                source = SourceText.read(env.resolve(file.toString()));
            } catch (IOException | RuntimeException ex) {
                err.println("clarity check: cannot read " + file + ": " + ex.getMessage());
                return 2;
            }
            sources.put(label, source);
            List<Diagnostic> diagnostics = new ArrayList<>();
            List<Finding> found = List.of();
            try {
                Deployment d = simnet.deploy(ContractFile.nameOf(file), source, version, simnet.deployer());
                found = lints.run(simnet.contract(d.contract()), env.resolve(file.toString()));
            } catch (ClarityError ex) {
                diagnostics.addAll(Diagnostic.all(ex, label));
            }
            results.put(label, diagnostics);
            findings.put(label, found);
        }
        List<Finding> allFindings = findings.values().stream().flatMap(List::stream).toList();
        boolean success = results.values().stream().allMatch(List::isEmpty) && !CheckLints.fails(allFindings, denyWarnings);
        if (output.equals("json")) {
            out.println(json(success, results, findings));
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

    private static String json(boolean success, Map<String, List<Diagnostic>> results,
                               Map<String, List<Finding>> findings) {
        StringBuilder sb = new StringBuilder("{\"success\": ").append(success).append(", \"diagnostics\": {");
        boolean firstFile = true;
        for (Map.Entry<String, List<Diagnostic>> r : results.entrySet()) {
            sb.append(firstFile ? "" : ", ").append(string(r.getKey())).append(": [");
            firstFile = false;
            boolean first = true;
            for (Diagnostic d : r.getValue()) {
                sb.append(first ? "" : ", ");
                first = false;
                json(d, sb);
                sb.append('}');
            }
            for (Finding f : findings.get(r.getKey())) {
                sb.append(first ? "" : ", ");
                first = false;
                json(f.diagnostic(r.getKey()), sb);
                sb.append(CheckLints.jsonExtras(f)).append('}');
            }
            sb.append(']');
        }
        return sb.append("}}").toString();
    }

    /** The fields of {@code d}, without the closing brace. */
    private static void json(Diagnostic d, StringBuilder sb) {
        boolean placed = d.span() != null && !d.span().isNone();
        sb.append("{\"level\": ").append(string(d.level()))
                .append(", \"kind\": ").append(d.kind() == null ? "null" : string(d.kind()))
                .append(", \"message\": ").append(string(d.message()))
                .append(", \"line\": ").append(placed ? d.span().startLine() : "null")
                .append(", \"column\": ").append(placed ? d.span().startColumn() : "null")
                .append(", \"endLine\": ").append(placed ? d.span().endLine() : "null")
                .append(", \"endColumn\": ").append(placed ? d.span().endColumn() : "null");
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        ValuePrinter.escape(s, sb);
        return sb.append('"').toString();
    }
}

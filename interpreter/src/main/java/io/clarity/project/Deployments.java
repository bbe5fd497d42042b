package io.clarity.project;

import io.clarity.Deployment;
import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.error.ClarityError;
import io.clarity.syntax.LiteralParser;
import io.clarity.syntax.SourceText;
import io.clarity.value.Value;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deploys contract files into a chain as clarinet-sdk 3.21 builds and runs a project's deployment
 * plan (checked on it): every contract after the contracts it names ({@code .other},
 * {@code 'ST....other}, so {@code contract-call?}, {@code use-trait} and {@code impl-trait}
 * included), taken in the order given where nothing decides (a project's contracts by name, as
 * Clarinet sorts them); then in batches of one epoch each, in the order of the epochs. The chain
 * moves to each batch's epoch before deploying it; the contract calls a project's
 * {@code deployments/default.simnet-plan.yaml} adds to a batch run after its contracts. A
 * contract that fails does not stop the others.
 */
public final class Deployments {

    /** {@code .name} or {@code 'ST....name}, not inside another word. */
    private static final Pattern REFERENCE = Pattern.compile("(?<![A-Za-z0-9_!?-])(?:'?S[0-9A-Z]+)?\\.([a-zA-Z][a-zA-Z0-9_-]*)");

    /** A comment or a string literal, where a {@code .name} is no reference. */
    private static final Pattern COMMENT_OR_STRING = Pattern.compile(";[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"");

    private Deployments() {
    }

    /** What became of one step of a deployment. */
    public sealed interface Outcome {
    }

    /** The contract was deployed. */
    public record Deployed(ContractFile file, Deployment deployment) implements Outcome {
    }

    /** The contract was refused (a syntax, analysis or run-time error at deploy). */
    public record Rejected(ContractFile file, String source, ClarityError error) implements Outcome {
    }

    /** The file could not be read. */
    public record Unreadable(ContractFile file, String reason) implements Outcome {
    }

    /** A contract call of the deployment plan ran (whatever it returned). */
    public record Called(DeploymentPlan.Call call, TxResult result) implements Outcome {
    }

    /** A contract call of the deployment plan was refused or failed at run time. */
    public record CallFailed(DeploymentPlan.Call call, String reason) implements Outcome {
    }

    /**
     * Deploys {@code files} as the deployer of {@code simnet}, then moves to epoch {@code session}
     * if it is later than the last batch's (null: stays in the last batch's epoch).
     */
    public static List<Outcome> deploy(Simnet simnet, List<ContractFile> files, Epoch session) {
        return deploy(simnet, files, DeploymentPlan.NONE, session);
    }

    /**
     * Deploys the contracts of {@code project} and runs the calls of its deployment plan, as
     * clarinet-sdk's {@code initSimnet} does, then {@code extra} files; moves to {@code session}
     * at the end if it is later (null: stays where the deployment ends, as the SDK does).
     */
    public static List<Outcome> deploy(Simnet simnet, ClarinetProject project, List<ContractFile> extra, Epoch session) {
        List<ContractFile> files = new ArrayList<>(project.contracts().stream()
                .sorted(Comparator.comparing(ClarinetProject.Contract::name))
                .map(ContractFile::of)
                .toList());
        files.addAll(extra);
        return deploy(simnet, files, project.plan(), session);
    }

    private static List<Outcome> deploy(Simnet simnet, List<ContractFile> files, DeploymentPlan plan, Epoch session) {
        List<Outcome> out = new ArrayList<>();
        Map<ContractFile, String> sources = new LinkedHashMap<>();
        for (ContractFile f : files) {
            try {
                sources.put(f, SourceText.read(f.path()));
            } catch (IOException | RuntimeException e) {
                out.add(new Unreadable(f, "cannot read " + f.path() + ": " + e.getMessage()));
            }
        }
        // a file that names no epoch deploys in the session's, or where the chain is
        Epoch unnamed = session != null ? session : simnet.epoch();
        List<List<ContractFile>> batches = batches(order(sources), unnamed);
        int batchCount = Math.max(batches.size(), plan.batchCount());
        for (int id = 0; id < batchCount; id++) {
            if (id < batches.size()) {
                for (ContractFile f : batches.get(id)) {
                    moveTo(simnet, epochOf(f, unnamed));
                    String source = sources.get(f);
                    try {
                        out.add(new Deployed(f, simnet.deploy(f.name(), source, f.version(), "deployer")));
                    } catch (ClarityError e) {
                        out.add(new Rejected(f, source, e));
                    }
                }
            }
            for (DeploymentPlan.Call call : plan.callsOf(id)) {
                moveTo(simnet, call.epoch());
                out.add(call(simnet, call));
            }
        }
        if (session != null) {
            moveTo(simnet, session);
        }
        return out;
    }

    private static Outcome call(Simnet simnet, DeploymentPlan.Call call) {
        try {
            List<Value> args = new ArrayList<>();
            for (String text : call.parameters()) {
                LiteralParser p = new LiteralParser(text, simnet.accounts(), simnet::contractId);
                args.add(p.value());
                if (!p.atEnd()) {
                    return new CallFailed(call, "parameter " + text + " holds more than one value");
                }
            }
            return new Called(call, simnet.callPublic(call.contract(), call.method(), args, call.sender()));
        } catch (ClarityError e) {
            return new CallFailed(call, e.describe());
        } catch (LiteralParser.LiteralException | IllegalArgumentException e) {
            return new CallFailed(call, e.getMessage());
        }
    }

    private static void moveTo(Simnet simnet, Epoch epoch) {
        if (epoch.compareTo(simnet.epoch()) > 0) {
            simnet.setEpoch(epoch);
        }
    }

    /**
     * The files in deployment order: each after the files it names (depth first, in the order
     * given), whatever order they come in; a cycle is cut where the walk meets it again (the
     * deploy then reports what is missing).
     */
    public static List<ContractFile> order(Map<ContractFile, String> sources) {
        Map<String, ContractFile> byName = new LinkedHashMap<>();
        sources.keySet().forEach(f -> byName.putIfAbsent(f.name(), f));
        Map<ContractFile, List<ContractFile>> needs = new LinkedHashMap<>();
        for (Map.Entry<ContractFile, String> e : sources.entrySet()) {
            Set<String> named = new HashSet<>();
            Matcher m = REFERENCE.matcher(COMMENT_OR_STRING.matcher(e.getValue()).replaceAll(" "));
            while (m.find()) {
                named.add(m.group(1));
            }
            needs.put(e.getKey(), byName.values().stream()
                    .filter(f -> named.contains(f.name()) && f != e.getKey())
                    .toList());
        }
        Set<ContractFile> done = new LinkedHashSet<>();
        Set<ContractFile> visiting = new HashSet<>();
        for (ContractFile f : sources.keySet()) {
            visit(f, needs, visiting, done);
        }
        return List.copyOf(done);
    }

    private static void visit(ContractFile f, Map<ContractFile, List<ContractFile>> needs, Set<ContractFile> visiting,
                              Set<ContractFile> done) {
        if (done.contains(f) || !visiting.add(f)) {
            return;
        }
        for (ContractFile n : needs.get(f)) {
            visit(n, needs, visiting, done);
        }
        done.add(f);
    }

    /** Consecutive runs of one epoch, the epochs in order (a stable sort keeps the dependency order within one). */
    private static List<List<ContractFile>> batches(List<ContractFile> ordered, Epoch unnamed) {
        List<ContractFile> byEpoch = ordered.stream().sorted(Comparator.comparing(f -> epochOf(f, unnamed))).toList();
        List<List<ContractFile>> out = new ArrayList<>();
        Epoch last = null;
        for (ContractFile f : byEpoch) {
            Epoch e = epochOf(f, unnamed);
            if (!e.equals(last)) {
                out.add(new ArrayList<>());
                last = e;
            }
            out.get(out.size() - 1).add(f);
        }
        return out;
    }

    private static Epoch epochOf(ContractFile f, Epoch unnamed) {
        return f.epoch() == null ? unnamed : f.epoch();
    }
}

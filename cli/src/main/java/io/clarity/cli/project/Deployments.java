package io.clarity.cli.project;

import io.clarity.Deployment;
import io.clarity.Simnet;
import io.clarity.error.ClarityError;
import io.clarity.syntax.SourceText;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deploys contract files into a chain, as a Clarinet deployment plan does: in the order of their
 * epochs, a contract after the contracts it names ({@code .other}, {@code 'ST...other}), otherwise
 * in the order given; the chain moves to each contract's epoch before deploying it, and to the
 * session's epoch at the end. A contract that fails does not stop the others.
 */
public final class Deployments {

    /** {@code .name} or {@code 'ST....name}, not inside another word. */
    private static final Pattern REFERENCE = Pattern.compile("(?<![A-Za-z0-9_!?-])(?:'?S[0-9A-Z]+)?\\.([a-zA-Z][a-zA-Z0-9_-]*)");

    private Deployments() {
    }

    /** What became of one file. */
    public sealed interface Outcome {
        ContractFile file();
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

    /** Deploys {@code files} as the deployer of {@code simnet}, ending in epoch {@code session} (or later). */
    public static List<Outcome> deploy(Simnet simnet, List<ContractFile> files, Epoch session) {
        List<Outcome> out = new ArrayList<>();
        Map<ContractFile, String> sources = new LinkedHashMap<>();
        for (ContractFile f : files) {
            try {
                sources.put(f, SourceText.read(f.path()));
            } catch (IOException | RuntimeException e) {
                out.add(new Unreadable(f, "cannot read " + f.path() + ": " + e.getMessage()));
            }
        }
        for (ContractFile f : order(sources, session)) {
            Epoch target = epochOf(f, session);
            if (target.compareTo(simnet.epoch()) > 0) {
                simnet.setEpoch(target);
            }
            String source = sources.get(f);
            try {
                out.add(new Deployed(f, simnet.deploy(f.name(), source, f.version(), "deployer")));
            } catch (ClarityError e) {
                out.add(new Rejected(f, source, e));
            }
        }
        if (session.compareTo(simnet.epoch()) > 0) {
            simnet.setEpoch(session);
        }
        return out;
    }

    /** Epochs first, then every contract after those it names, then the order given. */
    static List<ContractFile> order(Map<ContractFile, String> sources, Epoch session) {
        List<ContractFile> pending = new ArrayList<>(sources.keySet());
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        pending.forEach(f -> names.add(f.name()));
        for (ContractFile f : pending) {
            Set<String> refs = new HashSet<>();
            Matcher m = REFERENCE.matcher(sources.get(f));
            while (m.find()) {
                if (names.contains(m.group(1)) && !m.group(1).equals(f.name())) {
                    refs.add(m.group(1));
                }
            }
            needs.put(f.name(), refs);
        }
        List<ContractFile> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (!pending.isEmpty()) {
            ContractFile next = null;
            for (ContractFile f : pending) {
                if (done.containsAll(needs.get(f.name())) && (next == null || epochOf(f, session).compareTo(epochOf(next, session)) < 0)) {
                    next = f;
                }
            }
            if (next == null) {
                // a cycle: deploy in the order given, the deploy reports what is missing
                next = pending.get(0);
            }
            pending.remove(next);
            done.add(next.name());
            ordered.add(next);
        }
        return ordered;
    }

    private static Epoch epochOf(ContractFile f, Epoch session) {
        return f.epoch() == null ? session : f.epoch();
    }
}

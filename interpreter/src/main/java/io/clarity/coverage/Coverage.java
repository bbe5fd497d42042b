package io.clarity.coverage;

import io.clarity.ast.ListExpr;
import io.clarity.chain.DeployedContract;
import io.clarity.definitions.Definition;
import io.clarity.error.Span;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.NativeFunction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts, as a listener on the instrumentation seam, how often each line, function and branch
 * arm of the contracts that run was reached; attach it to any number of chains (it is safe to
 * share between tests that run in parallel) and write what it counted with {@link #report} and
 * {@link Lcov#write}.
 *
 * <p>A line counts as often as the application that begins on it most often ran (a line with
 * {@code (+ (f x) (g y))} ran once when that sum ran once). The branches are those of {@code if},
 * {@code match}, {@code and}/{@code or} (an arm per argument that may stop them, and one for none),
 * {@code asserts!}, {@code unwrap!}, {@code unwrap-err!}, {@code try!} (went on, returned early)
 * and {@code default-to} (some, default).
 *
 * <p>A contract is reported when it defines a function or its file is known ({@link #locate});
 * others (the snippets of a REPL or of a scenario's {@code eval}) are not. A contract whose file
 * is not known is written beside the LCOV file, so that genhtml can show it.
 */
public final class Coverage implements ExecutionListener {

    /** A contract's code: the same name may hold other code on another chain. */
    private record Code(ContractPrincipalValue id, String source) {
    }

    /** The counts of one contract's code. */
    private static final class Counts {
        final ContractShape shape;
        final Map<Span, long[]> expressions = new HashMap<>();
        final Map<String, long[]> functions = new HashMap<>();
        final Map<Span, long[]> branches = new HashMap<>();

        Counts(DeployedContract contract) {
            this.shape = new ContractShape(contract.source(), contract.definitions());
        }
    }

    private final Map<Code, Counts> contracts = new LinkedHashMap<>();
    private final Map<String, Path> files = new HashMap<>();
    /** The contract of the last callback and its counts: the next callback is most likely of the same code. */
    private DeployedContract last;
    private Counts lastCounts;

    /** Contracts whose code is {@code source} are in {@code file} (their LCOV {@code SF}). */
    public synchronized void locate(String source, Path file) {
        files.put(source, file.toAbsolutePath().normalize());
    }

    @Override
    public synchronized void enter(ListExpr expr, CallContext ctx, Locals locals) {
        counts(ctx.contract()).expressions.computeIfAbsent(expr.span(), s -> new long[1])[0]++;
    }

    @Override
    public synchronized void call(DeployedContract contract, Definition.Function f, List<Value> args, CallContext ctx) {
        counts(contract).functions.computeIfAbsent(f.name(), n -> new long[1])[0]++;
    }

    @Override
    public synchronized void branch(NativeFunction form, int taken, int arms, CallContext ctx) {
        ListExpr at = ctx.exec().expression();
        if (at == null) {
            return;
        }
        Counts c = counts(ctx.contract());
        int block = c.shape.block(at.span());
        // a form applied by map or fold reports at the map's expression, which is no branching form
        if (block >= 0 && c.shape.branches().get(block).arms() == arms) {
            c.branches.computeIfAbsent(at.span(), s -> new long[arms])[taken]++;
        }
    }

    private Counts counts(DeployedContract contract) {
        if (contract != last) {
            // copies of a contract (snapshots) share its definitions
            last = contract;
            lastCounts = contracts.computeIfAbsent(new Code(contract.id(), contract.source()), k -> new Counts(contract));
        }
        return lastCounts;
    }

    /**
     * What was counted, a file per contract's code; the code of a contract whose file is not known
     * ({@link #locate}) is written to {@code sourcesDir} as {@code name-HASH.clar}.
     */
    public synchronized List<FileCoverage> report(Path sourcesDir) throws IOException {
        List<FileCoverage> out = new ArrayList<>();
        for (Map.Entry<Code, Counts> e : contracts.entrySet()) {
            Code code = e.getKey();
            Counts c = e.getValue();
            Path file = files.get(code.source());
            if (file == null && c.shape.functions().isEmpty()) {
                continue;
            }
            if (file == null) {
                file = sourcesDir.resolve(code.id().name() + "-" + hash(code.source()) + ".clar").toAbsolutePath()
                        .normalize();
                Files.createDirectories(sourcesDir);
                Files.writeString(file, code.source(), StandardCharsets.UTF_8);
            }
            out.add(coverage(file.toString(), c));
        }
        return out;
    }

    private static FileCoverage coverage(String path, Counts c) {
        ContractShape shape = c.shape;
        List<FileCoverage.FunctionHits> functions = new ArrayList<>();
        for (ContractShape.Function f : shape.functions()) {
            long[] hits = c.functions.get(f.name());
            functions.add(new FileCoverage.FunctionHits(f.name(), f.line(), hits == null ? 0 : hits[0]));
        }
        List<FileCoverage.BranchHits> branches = new ArrayList<>();
        for (int block = 0; block < shape.branches().size(); block++) {
            ContractShape.Branch b = shape.branches().get(block);
            long[] taken = c.branches.get(b.span());
            boolean reached = taken != null || c.expressions.containsKey(b.span());
            for (int arm = 0; arm < b.arms(); arm++) {
                long n = !reached ? FileCoverage.BranchHits.NOT_REACHED : taken == null ? 0 : taken[arm];
                branches.add(new FileCoverage.BranchHits(b.span().startLine(), block, arm, n));
            }
        }
        SortedMap<Integer, Long> lines = new TreeMap<>();
        shape.lines().forEach(l -> lines.put(l, 0L));
        c.expressions.forEach((span, hits) -> {
            if (span.startLine() >= 1 && span.startLine() <= shape.lineCount()) {
                lines.merge(span.startLine(), hits[0], Math::max);
            }
        });
        return new FileCoverage(path, functions, branches, lines);
    }

    private static String hash(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

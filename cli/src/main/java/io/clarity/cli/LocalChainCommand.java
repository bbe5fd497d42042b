package io.clarity.cli;

import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.chain.Event;
import io.clarity.cli.console.Environment;
import io.clarity.cli.console.ErrorReport;
import io.clarity.cli.console.Style;
import io.clarity.cli.local.ChainStore;
import io.clarity.error.ClarityError;
import io.clarity.project.ClarinetProject;
import io.clarity.project.ProjectException;
import io.clarity.syntax.LiteralParser;
import io.clarity.value.Value;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * What the commands on the local chain share: the chain kept in {@code .clarity/} under the
 * working folder (see {@link ChainStore}), started on first use with the accounts of the Clarinet
 * project around the working folder (or the standard devnet accounts) in epoch 3.2, and the way
 * they report results and errors. Exit status: 0 done (a call that returns {@code (err ..)} is
 * done), 1 the input was refused (a Clarity error, an unknown contract, function, account or
 * argument, an unreadable chain), 2 a usage error.
 */
abstract class LocalChainCommand implements Callable<Integer> {

    /** The epoch a new local chain starts in. */
    static final Epoch DEFAULT_EPOCH = Epoch.E3_2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final Environment env;
    private final ChainStore.Fault fault;

    LocalChainCommand(Environment env, ChainStore.Fault fault) {
        this.env = env;
        this.fault = fault;
    }

    ChainStore store() {
        return new ChainStore(env.workingDir().resolve(ChainStore.FOLDER), fault);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Style style() {
        return new Style(env.colour());
    }

    /** The command's name, for messages: {@code clarity call}. */
    String name() {
        return spec.qualifiedName();
    }

    /** Refuses the input: prints {@code message} and returns exit status 1. */
    int refuse(String message) {
        out().flush();
        err().println(name() + ": " + message);
        return 1;
    }

    /** The saved chain, or a new one (saved by the caller with its first change). */
    Simnet loadOrStart(ChainStore store) throws IOException, ProjectException {
        Optional<Simnet> saved = store.load();
        if (saved.isPresent()) {
            return saved.get();
        }
        return start(DEFAULT_EPOCH);
    }

    /** Work on a saved chain. */
    @FunctionalInterface
    interface OnChain {
        int run(Simnet simnet) throws IOException;
    }

    /**
     * Runs {@code work}, which only reads, on the saved chain; refuses when there is none yet. It
     * takes no lock and opens nothing for writing, so that it works on a chain in a read-only
     * folder: a save replaces the file by an atomic rename, so what is read is one whole chain,
     * the one before or the one after a save running meanwhile.
     */
    int onSaved(OnChain work) throws IOException {
        Optional<Simnet> saved = store().load();
        if (saved.isEmpty()) {
            return refuse("no local chain here yet: deploy a contract first (clarity deploy FILE.clar)");
        }
        return work.run(saved.get());
    }

    /**
     * Runs {@code work} on {@code simnet} with the coverage of what runs added to the LCOV file of
     * {@code coverage}, when it names one.
     */
    int covered(CoverageOption coverage, Simnet simnet, OnChain work) throws IOException {
        Instruments instruments = Instruments.of(env, coverage.file, null, "runtime");
        instruments.attach(simnet);
        int status = work.run(simnet);
        try {
            instruments.write();
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
        return status;
    }

    /**
     * A new chain in {@code epoch} (null: in 2.05, where a project's deployment starts), with the
     * accounts of the project around the working folder, if any.
     */
    Simnet start(Epoch epoch) throws ProjectException {
        Optional<Path> manifest = ClarinetProject.find(env.workingDir());
        Simnet simnet;
        if (manifest.isPresent()) {
            simnet = ClarinetProject.chain(ClarinetProject.read(manifest.get()).accounts());
        } else {
            simnet = new Simnet();
        }
        if (epoch != null) {
            simnet.setEpoch(epoch);
        }
        err().println(style().grey(name() + ": started a local chain in " + ChainStore.FOLDER + "/ (epoch " + simnet.epoch()
                + (manifest.isPresent() ? ", the accounts of " + env.workingDir().relativize(manifest.get()) : "")
                + "; `clarity reset` forgets it)"));
        return simnet;
    }

    /** A standard principal (or a contract of one) written without its quote. */
    private static final Pattern ADDRESS = Pattern.compile("S[PMTN][0-9A-Z]{37,40}(\\.[a-zA-Z][a-zA-Z0-9_-]*)?");

    /** Arguments written as Clarity literals ({@code u1}, {@code 'ST...}, {@code (list u1 u2)}, a wallet name). */
    static List<Value> literals(Simnet simnet, List<String> texts) {
        List<Value> out = new ArrayList<>();
        for (String text : texts) {
            LiteralParser p = new LiteralParser(text, simnet.accounts(), simnet::contractId);
            Value v;
            try {
                v = p.value();
            } catch (LiteralParser.LiteralException e) {
                if (ADDRESS.matcher(text).matches()) {
                    throw new IllegalArgumentException("bad argument: " + e.getMessage()
                            + "\n  = help: a principal argument starts with a quote: write \"'" + text + "\" (quoted for the shell)");
                }
                throw e;
            }
            if (!p.atEnd()) {
                throw new IllegalArgumentException("one argument per literal: \"" + text + "\" holds more ("
                        + p.rest().strip() + ")");
            }
            out.add(v);
        }
        return out;
    }

    /** A result as transcripts print it: the value, then one indented line per event. */
    void printResult(Value value, List<Event> events) {
        out().println(style().green(value.toString()));
        events.forEach(e -> out().println("  " + style().grey(e.toString())));
    }

    void printResult(TxResult r) {
        printResult(r.result(), r.events());
    }

    /** A Clarity error with its place in the contract that raised it. */
    int report(ClarityError e, Simnet simnet) {
        out().flush();
        err().print(ErrorReport.render(e, null, null, simnet, Map.of(), style()));
        err().flush();
        return 1;
    }

    /** Runs the command; the failures every command shares become messages and exit status 1. */
    @Override
    public final Integer call() {
        try {
            return run();
        } catch (LiteralParser.LiteralException e) {
            return refuse("bad argument: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        } catch (ChainStore.Unreadable e) {
            return refuse(e.getMessage() + " (`clarity reset` starts a new local chain)");
        } catch (IOException e) {
            return refuse(e.getMessage());
        }
    }

    abstract int run() throws IOException, ProjectException;
}

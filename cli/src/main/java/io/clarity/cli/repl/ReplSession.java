package io.clarity.cli.repl;

import io.clarity.ContractInterface;
import io.clarity.Simnet;
import io.clarity.SnippetResult;
import io.clarity.chain.Event;
import io.clarity.cli.console.ChainViews;
import io.clarity.cli.console.Environment;
import io.clarity.cli.console.ErrorReport;
import io.clarity.cli.console.Style;
import io.clarity.cli.console.TextTable;
import io.clarity.cli.console.VersionProvider;
import io.clarity.error.ClarityError;
import io.clarity.eval.instrument.Attachment;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.project.ClarinetProject;
import io.clarity.project.ContractFile;
import io.clarity.project.DeploymentPlan;
import io.clarity.project.Deployments;
import io.clarity.project.ProjectException;
import io.clarity.trace.CallTrace;
import io.clarity.trace.PrintRecorder;
import io.clarity.trace.StepRecorder;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.version.Epoch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One REPL session: a chain in memory, the sender of what is typed, and the contracts loaded at
 * the start (a Clarinet project's, or files given on the command line). {@link #handle} runs one
 * complete input: a {@code ::} command, or Clarity code run as Clarinet's console runs it. No
 * input, however wrong, ends the session: every failure is reported and the session goes on.
 */
public final class ReplSession {

    private final Environment env;
    private final PrintWriter out;
    private final Style style;
    private final Epoch epoch;
    private final Path manifest;
    private final List<Path> files;
    private final ConsoleCommands commands = new ConsoleCommands(this);
    private Simnet simnet;
    private StandardPrincipalValue sender;
    private final Map<String, String> fileLabels = new HashMap<>();
    /** Listeners attached by {@link #instrument}, with their attachment to the current chain. */
    private final Map<ExecutionListener, Attachment> listeners = new LinkedHashMap<>();
    /** Set by {@link Repl#run}; none (end of input) before. */
    private Repl.LineSource input = () -> null;
    private boolean showTimings;
    private boolean showCosts;
    private boolean quit;
    private int failures;

    /**
     * A session in {@code epoch} that loads the project of {@code manifest} (null: none) or
     * {@code files}, printing to {@code out}.
     */
    public ReplSession(Environment env, PrintWriter out, Style style, Epoch epoch, Path manifest, List<Path> files) {
        this.env = env;
        this.out = out;
        this.style = style;
        this.epoch = epoch;
        this.manifest = manifest;
        this.files = List.copyOf(files);
    }

    /** Loads the contracts and prints what the session starts with. */
    public void start() {
        out.println(style.green(new VersionProvider().getVersion()[0] + " REPL") + " (Clarity 1 to 5, epochs 2.0 to 3.4)");
        out.println(style.grey("Enter \"::help\" for usage hints, Ctrl-D to quit."));
        load();
        out.println(style.grey("Connected to a transient in-memory chain: epoch " + simnet.epoch() + ", "
                + simnet.epoch().defaultClarityVersion() + ", tx-sender " + describe(sender) + "."));
        TextTable contracts = ChainViews.contracts(simnet);
        if (!contracts.isEmpty()) {
            out.print(contracts);
        }
        out.print(ChainViews.assets(simnet));
        out.flush();
    }

    /** A new chain with the project's or the files' contracts; reports what could not be deployed. */
    void load() {
        fileLabels.clear();
        ClarinetProject project = null;
        if (manifest != null) {
            try {
                project = ClarinetProject.read(manifest);
                project.notes().forEach(n -> out.println(style.yellow("note: " + n)));
            } catch (ProjectException e) {
                error(e.getMessage());
            }
        }
        List<ContractFile> given = files.stream().map(ContractFile::of).toList();
        simnet = project == null ? new Simnet() : project.chain();
        listeners.replaceAll((listener, old) -> simnet.instrument(listener));
        sender = simnet.deployer();
        List<Deployments.Outcome> outcomes = project == null ? Deployments.deploy(simnet, given, epoch)
                : Deployments.deploy(simnet, project, given, epoch);
        for (Deployments.Outcome o : outcomes) {
            if (o instanceof Deployments.Deployed d) {
                fileLabels.put(d.file().name(), label(d.file().path()));
            } else if (o instanceof Deployments.Rejected r) {
                failures++;
                out.print(ErrorReport.render(r.error(), label(r.file().path()), r.source(), style));
            } else if (o instanceof Deployments.Unreadable u) {
                error(u.reason());
            } else if (o instanceof Deployments.CallFailed f) {
                failures++;
                error(DeploymentPlan.FILE + ": " + f.call() + ": " + f.reason());
            }
        }
        out.flush();
    }

    /** A path as the user knows it: relative to the working folder when inside it. */
    private String label(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(env.workingDir()) ? env.workingDir().relativize(abs).toString() : abs.toString();
    }

    /** Runs one complete input. */
    public void handle(String input) {
        String text = input.strip();
        if (text.isEmpty()) {
            return;
        }
        try {
            if (text.startsWith(":")) {
                commands.run(text);
            } else if (text.equals("exit") || text.equals("quit")) {
                hint("Press Ctrl-D, or type ::quit, to leave.");
            } else {
                run(input);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // the interpreter's own failure: say so, and keep the session
            failures++;
            error("internal error: " + e + " (a bug in the interpreter, not in your input; please report it)");
        }
        out.flush();
    }

    // ---------------------------------------------------------------------------------------
    // Running code
    // ---------------------------------------------------------------------------------------

    /** Runs {@code snippet} and prints its events, its value and the contract it stored. */
    void run(String snippet) {
        run(snippet, showCosts);
    }

    /** Runs {@code snippet} metered as Clarinet's console meters it, and prints the costs table first. */
    void runWithCosts(String snippet) {
        run(snippet, true);
    }

    private void run(String snippet, boolean metered) {
        long start = System.nanoTime();
        PrintRecorder prints = new PrintRecorder();
        SnippetResult o;
        try (Attachment a = simnet.instrument(prints)) {
            o = evaluate(snippet, false, metered, () -> printUnkept(prints.take(), List.of()));
        }
        if (o == null) {
            return;
        }
        // costs are present only when metered
        o.costs().ifPresent(c -> out.print(CostsTable.render(c)));
        print(o, start, prints.take());
    }

    /** Runs {@code snippet} and shows how it evaluated, step by step, before its events and value. */
    void steps(String snippet) {
        long start = System.nanoTime();
        StepRecorder recorder = new StepRecorder();
        Runnable show = () -> recorder.take().forEach(step -> out.println(style.grey(step.toString())));
        SnippetResult o;
        try (Attachment a = simnet.instrument(recorder)) {
            o = evaluate(snippet, false, false, show);
        }
        if (o != null) {
            show.run();
            print(o, start, List.of());
        }
    }

    /**
     * The prints that no transaction kept (of read-only calls, of calls rolled back or failed),
     * with their places: those kept are among the events.
     */
    private void printUnkept(List<PrintRecorder.Printed> heard, List<Event> kept) {
        List<PrintRecorder.Printed> unkept = heard.stream()
                .filter(p -> kept.stream().noneMatch(e -> e == p.event())).toList();
        if (!unkept.isEmpty()) {
            out.println(style.grey("Prints not kept (read-only, rolled back or failed calls)"));
            unkept.forEach(p -> out.println(style.grey(p.toString())));
        }
    }

    private void print(SnippetResult o, long start, List<PrintRecorder.Printed> prints) {
        printEvents(o.events());
        printUnkept(prints, o.events());
        o.value().ifPresent(v -> out.println(style.green(v.toString())));
        o.stored().ifPresent(this::printStored);
        if (o.value().isEmpty() && o.stored().isEmpty()) {
            // definitions alone: the simnet's execute answers none and keeps nothing; say so
            out.println(style.green("none"));
            hint("Nothing was kept: a snippet is kept as a contract only when it defines a function or a trait.");
        }
        if (showTimings) {
            out.println(style.grey(String.format("execution time: %.3f ms", (System.nanoTime() - start) / 1e6)));
        }
    }

    /** Runs {@code snippet} with its call tree recorded, and draws the tree. */
    void trace(String snippet) {
        SnippetResult o = evaluate(snippet, true, false);
        CallTrace trace = simnet.lastTrace().orElse(null);
        if (o != null) {
            out.print(TraceTree.draw(style, snippet, trace, o.value().orElse(null), "no value"));
        } else if (trace != null) {
            out.print(TraceTree.draw(style, snippet, trace, null, "the call failed"));
        }
    }

    /** Runs a snippet; reports a failure and returns null. */
    SnippetResult evaluate(String snippet, boolean traced, boolean metered) {
        return evaluate(snippet, traced, metered, () -> { });
    }

    /** Runs a snippet; on a failure, does {@code beforeReport}, reports the failure and returns null. */
    private SnippetResult evaluate(String snippet, boolean traced, boolean metered, Runnable beforeReport) {
        simnet.setTracing(traced);
        try {
            return metered ? simnet.evaluateWithCosts(snippet, sender) : simnet.evaluate(snippet, sender);
        } catch (ClarityError e) {
            beforeReport.run();
            failures++;
            out.print(ErrorReport.render(e, "<stdin>", snippet, simnet, fileLabels, style));
            return null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            error(e.getMessage());
            return null;
        } finally {
            simnet.setTracing(false);
        }
    }

    private void printEvents(List<Event> events) {
        if (!events.isEmpty()) {
            out.println(style.grey("Events emitted"));
            events.forEach(e -> out.println(style.grey(e.toString())));
        }
    }

    private void printStored(ContractPrincipalValue id) {
        out.println(style.green("\u2192 " + id.address() + " contract successfully stored. Use (contract-call? ...) for "
                + "invoking the public and read-only functions:"));
        ContractInterface iface = simnet.getContractInterface(id);
        if (iface != null) {
            ChainViews.callable(iface).forEach(f -> out.println("    " + f));
        }
    }

    // ---------------------------------------------------------------------------------------
    // For the commands
    // ---------------------------------------------------------------------------------------

    Simnet simnet() {
        return simnet;
    }

    /** Where the inputs come from (the debugger's prompt reads its commands there too). */
    void input(Repl.LineSource source) {
        this.input = source;
    }

    Repl.LineSource input() {
        return input;
    }

    /**
     * Attaches {@code listener} to this session's chain, and to the chain of every reload
     * ({@code ::reload}), until the returned attachment is closed.
     */
    Attachment instrument(ExecutionListener listener) {
        listeners.put(listener, simnet.instrument(listener));
        return () -> {
            Attachment current = listeners.remove(listener);
            if (current != null) {
                current.close();
            }
        };
    }

    StandardPrincipalValue sender() {
        return sender;
    }

    void setSender(StandardPrincipalValue p) {
        this.sender = p;
    }

    Environment env() {
        return env;
    }

    PrintWriter out() {
        return out;
    }

    Style style() {
        return style;
    }

    boolean toggleTimings() {
        showTimings = !showTimings;
        return showTimings;
    }

    boolean toggleCosts() {
        showCosts = !showCosts;
        return showCosts;
    }

    /** Starts again from a new chain with the contracts read again from their files. */
    void reload() {
        load();
        out.println(style.green("Contracts reloaded on a new chain: epoch " + simnet.epoch() + ", tx-sender "
                + describe(sender) + "."));
        TextTable contracts = ChainViews.contracts(simnet);
        if (!contracts.isEmpty()) {
            out.print(contracts);
        }
    }

    void requestQuit() {
        quit = true;
    }

    /** Whether {@code ::quit} was typed. */
    public boolean quitRequested() {
        return quit;
    }

    /** How many inputs failed (errors, refused commands) so far. */
    public int failures() {
        return failures;
    }

    /** Every command's name ({@code ::help} ...), for completion. */
    List<String> commandNames() {
        return commands.names();
    }

    /** An address with its account name, if it has one. */
    String describe(StandardPrincipalValue p) {
        for (Map.Entry<String, StandardPrincipalValue> a : simnet.accounts().entrySet()) {
            if (a.getValue().equals(p)) {
                return p.address() + " (" + a.getKey() + ")";
            }
        }
        return p.address();
    }

    void error(String message) {
        failures++;
        out.println(style.red("error: ") + message);
    }

    void hint(String message) {
        out.println(style.yellow(message));
    }
}

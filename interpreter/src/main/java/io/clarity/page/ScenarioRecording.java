package io.clarity.page;

import io.clarity.chain.DeployedContract;
import io.clarity.chain.Event;
import io.clarity.cost.ExecutionCost;
import io.clarity.error.ClarityError;
import io.clarity.error.Span;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.scenario.StepOutcome;
import io.clarity.trace.Step;
import io.clarity.value.ErrValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.DefineKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts what a scenario does on a page, step by step ({@link #record}), or what a test's contract
 * calls do, call by call ({@link #entry(PageRecorder.Call)}).
 */
public final class ScenarioRecording {

    /** A trace longer than this many steps is cut there (a page stays small enough to open). */
    static final int MAX_TRACE_STEPS = 2_000;

    /** The commands that only look at the chain or move it on. */
    private static final Set<String> LOOKS = Set.of("var", "map", "stx-balance", "info", "mine", "epoch");

    /** Why a step is rolled back. */
    private static final String ROLLED_BACK = "the function returned (err ...): everything the transaction did is rolled back";

    /** The longest title a step gets (a {@code deploy-inline} echoes its whole contract). */
    private static final int TITLE_WIDTH = 160;

    private ScenarioRecording() {
    }

    /**
     * Records every step {@code runner} runs from now on in a new section {@code title} of
     * {@code page}, and the contracts it deploys. Attaches a listener to the runner's chain.
     */
    public static void record(ScenarioRunner runner, Page page, String title) {
        PageRecorder recorder = new PageRecorder();
        runner.simnet().instrument(recorder);
        Page.Section section = page.section(title);
        runner.onStep(o -> {
            PageRecorder.Capture c = recorder.take();
            if (o.deployed() != null) {
                section.contract(o.deployed().name(), o.deployed().label(), o.deployed().source());
            }
            section.add(entry(o, c));
        });
    }

    /** The entry of a scenario step. */
    static Entry entry(StepOutcome o, PageRecorder.Capture c) {
        Entry.Status status;
        String result = null;
        String reason = null;
        if (o.failed()) {
            status = Entry.Status.FAILED;
            reason = o.failure();
        } else {
            result = o.shown();
            if ((o.command().equals("call") || o.command().equals("call-private")) && o.result() instanceof ErrValue) {
                // the simnet rolls back a transaction whose function returns (err ..), a private one too
                status = Entry.Status.ROLLED_BACK;
                reason = ROLLED_BACK;
            } else {
                status = LOOKS.contains(o.command()) ? Entry.Status.INFO : Entry.Status.OK;
            }
        }
        List<String> events = new ArrayList<>();
        if (status.undone()) {
            // the transcript has no events of a call undone: show those it emitted, dropped since
            c.events().forEach(e -> events.add(e.toString()));
        } else {
            for (String line : o.lines().subList(Math.min(1, o.lines().size()), o.lines().size())) {
                if (!line.startsWith("  costs ")) {
                    events.add(line.strip());
                }
            }
        }
        ExecutionCost cost = o.costs().map(x -> x.total()).orElse(null);
        ExecutionCost limit = o.costs().map(x -> x.limit()).orElse(null);
        return new Entry(title(o), o.step().line(), status, result, reason, events, cost, limit,
                status.undone() ? c.changes() : c.keptChanges(),
                cut(c.steps()), Math.max(0, c.steps().size() - MAX_TRACE_STEPS), place(o, c));
    }

    /** The step as written, on one line, cut when long. */
    private static String title(StepOutcome o) {
        String text = o.step().text().strip();
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline).strip() + " ...";
        }
        return text.length() <= TITLE_WIDTH ? text : text.substring(0, TITLE_WIDTH - 4) + " ...";
    }

    /** Where the step failed: where its error arose while running, else the deployed contract's span. */
    private static Entry.Place place(StepOutcome o, PageRecorder.Capture c) {
        if (!o.failed()) {
            return null;
        }
        if (c.failure() != null) {
            return c.failure();
        }
        ClarityError e = o.error();
        if (e != null && o.deployed() != null && e.span() != null && !e.span().isNone()) {
            Span s = e.span();
            return new Entry.Place(o.deployed().name(), s.startLine(), s.startColumn());
        }
        return null;
    }

    /**
     * The entry of a contract call a test made: its title names the function, its arguments and
     * its sender; a public function's {@code (err ..)} is rolled back.
     */
    public static Entry entry(PageRecorder.Call call) {
        // the scenario's words for the three kinds of function a transaction can call
        StringBuilder title = new StringBuilder(call.kind() == DefineKind.DEFINE_PUBLIC ? "call "
                : call.kind() == DefineKind.DEFINE_READ_ONLY ? "read " : "call-private ");
        title.append(call.contract().name()).append(' ').append(call.function());
        for (Value a : call.args()) {
            title.append(' ').append(a);
        }
        title.append(" as ").append(call.sender());
        Entry.Status status;
        String reason = null;
        if (call.error() != null) {
            status = Entry.Status.FAILED;
            reason = call.error().describe();
        } else if (call.kind() != DefineKind.DEFINE_READ_ONLY && call.result() instanceof ErrValue) {
            status = Entry.Status.ROLLED_BACK;
            reason = ROLLED_BACK;
        } else {
            status = Entry.Status.OK;
        }
        List<String> events = new ArrayList<>();
        for (Event e : call.capture().events()) {
            events.add(e.toString());
        }
        String t = title.toString();
        // a chain that tracks no costs measures nothing
        boolean measured = !call.cost().equals(ExecutionCost.ZERO);
        PageRecorder.Capture c = call.capture();
        return new Entry(t.length() <= TITLE_WIDTH ? t : t.substring(0, TITLE_WIDTH - 4) + " ...", 0, status,
                call.result() == null ? null : call.result().toString(), reason, events, measured ? call.cost() : null,
                measured ? ExecutionCost.BLOCK_LIMIT : null, status.undone() ? c.changes() : c.keptChanges(),
                cut(c.steps()),
                Math.max(0, c.steps().size() - MAX_TRACE_STEPS), status == Entry.Status.FAILED ? c.failure() : null);
    }

    /** Shows the source of {@code contract} in {@code section}. */
    public static void show(Page.Section section, DeployedContract contract) {
        section.contract(contract.name(), contract.name(), contract.source());
    }

    private static List<Step> cut(List<Step> steps) {
        return steps.size() <= MAX_TRACE_STEPS ? steps : steps.subList(0, MAX_TRACE_STEPS);
    }
}

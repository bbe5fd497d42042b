package io.clarity.cli.dap;

import io.clarity.Simnet;
import io.clarity.chain.Event;
import io.clarity.debug.Breakpoint.Kind;
import io.clarity.debug.Debugger;
import io.clarity.debug.Driver;
import io.clarity.debug.Frame;
import io.clarity.debug.Resume;
import io.clarity.error.ClarityError;
import io.clarity.eval.CallContext;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.value.Value;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.debug.Breakpoint;
import org.eclipse.lsp4j.debug.Capabilities;
import org.eclipse.lsp4j.debug.ConfigurationDoneArguments;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.ContinueResponse;
import org.eclipse.lsp4j.debug.DisconnectArguments;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.eclipse.lsp4j.debug.EvaluateResponse;
import org.eclipse.lsp4j.debug.ExitedEventArguments;
import org.eclipse.lsp4j.debug.FunctionBreakpoint;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.NextArguments;
import org.eclipse.lsp4j.debug.OutputEventArguments;
import org.eclipse.lsp4j.debug.OutputEventArgumentsCategory;
import org.eclipse.lsp4j.debug.Scope;
import org.eclipse.lsp4j.debug.ScopesArguments;
import org.eclipse.lsp4j.debug.ScopesResponse;
import org.eclipse.lsp4j.debug.SetBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetBreakpointsResponse;
import org.eclipse.lsp4j.debug.SetFunctionBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetFunctionBreakpointsResponse;
import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.SourceBreakpoint;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.StackTraceArguments;
import org.eclipse.lsp4j.debug.StackTraceResponse;
import org.eclipse.lsp4j.debug.StepInArguments;
import org.eclipse.lsp4j.debug.StepOutArguments;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.StoppedEventArgumentsReason;
import org.eclipse.lsp4j.debug.TerminatedEventArguments;
import org.eclipse.lsp4j.debug.ThreadsResponse;
import org.eclipse.lsp4j.debug.Variable;
import org.eclipse.lsp4j.debug.VariablesArguments;
import org.eclipse.lsp4j.debug.VariablesResponse;
import org.eclipse.lsp4j.debug.launch.DSPLauncher;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.debug.services.IDebugProtocolServer;
import org.eclipse.lsp4j.jsonrpc.Launcher;

/**
 * The server side of the Debug Adapter Protocol for one debug session: the client launches a
 * scenario or a call ({@link Launch}), sets breakpoints by source file and line (and on
 * functions), and after {@code configurationDone} the code runs on a thread of its own under a
 * {@link Debugger}, which this adapter drives: at each pause it sends {@code stopped} and waits
 * for next, stepIn, stepOut or continue. Stack frames carry each contract's file, line and column;
 * each frame's scopes are its locals (a caller's: those of its call in progress), its contract's
 * data vars, and the transaction ({@code tx-sender}, {@code contract-caller}) as that frame sees
 * it. Prints and the scenario's transcript come as output events; the end as {@code terminated}
 * and {@code exited}. One thread (id 1): Clarity has one.
 */
public final class DebugAdapter implements IDebugProtocolServer, Driver {

    private static final int THREAD = 1;
    /** A variables reference is a frame id times this plus the scope's kind. */
    private static final int SCOPES = 10;
    private static final int LOCALS = 1;
    private static final int DATA = 2;
    private static final int TRANSACTION = 3;

    private final Path workingDir;
    private final Debugger debugger = new Debugger();
    private final BlockingQueue<Resume> resumes = new LinkedBlockingQueue<>();
    /** Runs the launch; a daemon, so that a session the client drops does not keep the process. */
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        var t = Executors.defaultThreadFactory().newThread(r);
        t.setDaemon(true);
        return t;
    });
    /** Breakpoint ids of each source file, to replace them all when the client sets that file's anew. */
    private final Map<Path, List<Integer>> bySource = new HashMap<>();
    private final List<Integer> functionBreakpoints = new ArrayList<>();
    private IDebugProtocolClient client;
    private Launch launch;
    /** The frame the code is paused at, or null while it runs. */
    private volatile Frame paused;
    private volatile boolean entered;

    public DebugAdapter(Path workingDir) {
        this.workingDir = workingDir;
        debugger.driver(this);
    }

    /** Serves one session on {@code in} and {@code out} until the client closes the stream. */
    public static void serve(Path workingDir, InputStream in, OutputStream out)
            throws InterruptedException, ExecutionException {
        DebugAdapter adapter = new DebugAdapter(workingDir);
        Launcher<IDebugProtocolClient> launcher = DSPLauncher.createServerLauncher(adapter, in, out);
        adapter.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        listening.get();
        adapter.resumes.offer(Resume.DETACH);
    }

    /** The client to send events to. */
    public void connect(IDebugProtocolClient remote) {
        this.client = remote;
    }

    @Override
    public CompletableFuture<Capabilities> initialize(InitializeRequestArguments args) {
        Capabilities c = new Capabilities();
        c.setSupportsConfigurationDoneRequest(true);
        c.setSupportsFunctionBreakpoints(true);
        c.setSupportsEvaluateForHovers(true);
        c.setSupportsTerminateRequest(false);
        return CompletableFuture.completedFuture(c);
    }

    @Override
    public CompletableFuture<Void> launch(Map<String, Object> args) {
        try {
            launch = Launch.of(args, workingDir);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        Simnet simnet = launch.simnet(this::stdout);
        simnet.instrument(debugger.listener());
        simnet.instrument(new Prints());
        // the client sends its breakpoints once told the adapter is ready for them; told after
        // this response, from the thread that will run the code (which configurationDone awaits)
        runner.submit(() -> client.initialized());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<SetBreakpointsResponse> setBreakpoints(SetBreakpointsArguments args) {
        Path file = Path.of(args.getSource().getPath()).toAbsolutePath().normalize();
        bySource.getOrDefault(file, List.of()).forEach(debugger::remove);
        List<Integer> ids = new ArrayList<>();
        List<Breakpoint> answer = new ArrayList<>();
        List<String> contracts = launch == null ? List.of() : launch.contractsOf(file);
        SourceBreakpoint[] asked = args.getBreakpoints() == null ? new SourceBreakpoint[0] : args.getBreakpoints();
        for (SourceBreakpoint sb : asked) {
            Breakpoint b = new Breakpoint();
            b.setLine(sb.getLine());
            b.setSource(args.getSource());
            b.setVerified(!contracts.isEmpty());
            if (contracts.isEmpty()) {
                b.setMessage("no contract of this launch comes from " + file.getFileName());
            }
            for (String contract : contracts) {
                int id = debugger.breakAt(contract, sb.getLine()).id();
                ids.add(id);
                b.setId(id);
            }
            answer.add(b);
        }
        bySource.put(file, ids);
        SetBreakpointsResponse r = new SetBreakpointsResponse();
        r.setBreakpoints(answer.toArray(new Breakpoint[0]));
        return CompletableFuture.completedFuture(r);
    }

    @Override
    public CompletableFuture<SetFunctionBreakpointsResponse> setFunctionBreakpoints(SetFunctionBreakpointsArguments args) {
        functionBreakpoints.forEach(debugger::remove);
        functionBreakpoints.clear();
        List<Breakpoint> answer = new ArrayList<>();
        for (FunctionBreakpoint fb : args.getBreakpoints()) {
            Breakpoint b = new Breakpoint();
            try {
                int id = debugger.breakOn(fb.getName()).id();
                functionBreakpoints.add(id);
                b.setId(id);
                b.setVerified(true);
            } catch (IllegalArgumentException e) {
                b.setVerified(false);
                b.setMessage(e.getMessage());
            }
            answer.add(b);
        }
        SetFunctionBreakpointsResponse r = new SetFunctionBreakpointsResponse();
        r.setBreakpoints(answer.toArray(new Breakpoint[0]));
        return CompletableFuture.completedFuture(r);
    }

    @Override
    public CompletableFuture<Void> configurationDone(ConfigurationDoneArguments args) {
        if (launch == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("configurationDone before launch"));
        }
        debugger.startWith(launch.stopOnEntry() ? Resume.STEP : Resume.CONTINUE);
        entered = !launch.stopOnEntry();
        runner.submit(this::run);
        return CompletableFuture.completedFuture(null);
    }

    /** Runs the launch on the runner's thread, then says the session is over. */
    private void run() {
        int status;
        try {
            status = launch.run(this::stdout);
        } catch (ClarityError e) {
            output(OutputEventArgumentsCategory.STDERR, e.describe() + "\n");
            status = 1;
        } catch (RuntimeException e) {
            output(OutputEventArgumentsCategory.STDERR, "internal error: " + e + "\n");
            status = 70;
        }
        client.terminated(new TerminatedEventArguments());
        ExitedEventArguments exited = new ExitedEventArguments();
        exited.setExitCode(status);
        client.exited(exited);
    }

    @Override
    public Resume paused(Frame frame) {
        paused = frame;
        StoppedEventArguments stopped = new StoppedEventArguments();
        stopped.setThreadId(THREAD);
        stopped.setAllThreadsStopped(true);
        stopped.setReason(reason(frame));
        entered = true;
        if (frame.reason() == Frame.Reason.WATCH) {
            stopped.setDescription(String.valueOf(frame.write()));
        } else if (frame.reason() == Frame.Reason.EXIT) {
            stopped.setDescription(frame.expression().headName() + " => " + frame.value());
        }
        client.stopped(stopped);
        try {
            return resumes.take();
        } catch (InterruptedException e) {
            // only shutting the session down interrupts the run: let it finish unobserved
            return Resume.DETACH;
        } finally {
            paused = null;
        }
    }

    private String reason(Frame frame) {
        if (!entered) {
            return StoppedEventArgumentsReason.ENTRY;
        }
        return switch (frame.reason()) {
            case STEP, EXIT -> StoppedEventArgumentsReason.STEP;
            case BREAKPOINT -> frame.breakpoint().kind() == Kind.FUNCTION
                    ? StoppedEventArgumentsReason.FUNCTION_BREAKPOINT : StoppedEventArgumentsReason.BREAKPOINT;
            case WATCH -> StoppedEventArgumentsReason.DATA_BREAKPOINT;
        };
    }

    @Override
    public CompletableFuture<ThreadsResponse> threads() {
        return CompletableFuture.completedFuture(Threads.one(THREAD, "clarity"));
    }

    @Override
    public CompletableFuture<StackTraceResponse> stackTrace(StackTraceArguments args) {
        Frame f = paused;
        List<StackFrame> frames = new ArrayList<>();
        if (f != null) {
            List<Frame.Site> sites = f.stack();
            for (int i = 0; i < sites.size(); i++) {
                Frame.Site s = sites.get(i);
                StackFrame sf = new StackFrame();
                sf.setId(i + 1);
                sf.setName(s.function() == null ? s.contract().name() + " (top level)" : s.contract().name() + "." + s.function());
                sf.setLine(s.line());
                sf.setColumn(s.column());
                sf.setSource(source(s.contract().name()));
                frames.add(sf);
            }
        }
        StackTraceResponse r = new StackTraceResponse();
        r.setStackFrames(frames.toArray(new StackFrame[0]));
        r.setTotalFrames(frames.size());
        return CompletableFuture.completedFuture(r);
    }

    private Source source(String contract) {
        Path file = launch.source(contract);
        Source s = new Source();
        s.setName(file == null ? contract : file.getFileName().toString());
        if (file != null) {
            s.setPath(file.toString());
        }
        return s;
    }

    @Override
    public CompletableFuture<ScopesResponse> scopes(ScopesArguments args) {
        List<Scope> scopes = new ArrayList<>();
        int frameId = args.getFrameId();
        // every frame's: a caller's locals and context are those of its call in progress
        scopes.add(scope("Locals", frameId * SCOPES + LOCALS));
        scopes.add(scope("Data vars", frameId * SCOPES + DATA));
        scopes.add(scope("Transaction", frameId * SCOPES + TRANSACTION));
        ScopesResponse r = new ScopesResponse();
        r.setScopes(scopes.toArray(new Scope[0]));
        return CompletableFuture.completedFuture(r);
    }

    private static Scope scope(String name, int reference) {
        Scope s = new Scope();
        s.setName(name);
        s.setVariablesReference(reference);
        s.setExpensive(false);
        return s;
    }

    @Override
    public CompletableFuture<VariablesResponse> variables(VariablesArguments args) {
        Frame f = paused;
        Map<String, String> shown = new LinkedHashMap<>();
        if (f != null) {
            int frameId = args.getVariablesReference() / SCOPES;
            int kind = args.getVariablesReference() % SCOPES;
            List<Frame.Site> sites = f.stack();
            int i = frameId - 1;
            if (i >= 0 && i < sites.size()) {
                if (kind == LOCALS) {
                    f.locals(i).forEach((k, v) -> shown.put(k, v.toString()));
                } else if (kind == DATA) {
                    f.dataVars(sites.get(i).contract().name()).forEach((k, v) -> shown.put(k, v.toString()));
                } else if (kind == TRANSACTION) {
                    shown.put("tx-sender", f.sender(i).toString());
                    shown.put("contract-caller", f.caller(i).toString());
                }
            }
        }
        List<Variable> vars = new ArrayList<>();
        shown.forEach((k, v) -> {
            Variable var = new Variable();
            var.setName(k);
            var.setValue(v);
            var.setVariablesReference(0);
            vars.add(var);
        });
        VariablesResponse r = new VariablesResponse();
        r.setVariables(vars.toArray(new Variable[0]));
        return CompletableFuture.completedFuture(r);
    }

    @Override
    public CompletableFuture<EvaluateResponse> evaluate(EvaluateArguments args) {
        Frame f = paused;
        EvaluateResponse r = new EvaluateResponse();
        r.setVariablesReference(0);
        if (f == null) {
            r.setResult("(not paused)");
            return CompletableFuture.completedFuture(r);
        }
        try {
            Value v = f.evaluate(args.getExpression());
            r.setResult(v.toString());
        } catch (ClarityError e) {
            r.setResult("error: " + e.describe());
        } catch (RuntimeException e) {
            r.setResult("error: cannot evaluate " + args.getExpression() + " here: " + e.getMessage());
        }
        return CompletableFuture.completedFuture(r);
    }

    @Override
    public CompletableFuture<Void> next(NextArguments args) {
        return resume(Resume.NEXT);
    }

    @Override
    public CompletableFuture<Void> stepIn(StepInArguments args) {
        return resume(Resume.STEP);
    }

    @Override
    public CompletableFuture<Void> stepOut(StepOutArguments args) {
        return resume(Resume.OUT);
    }

    @Override
    public CompletableFuture<ContinueResponse> continue_(ContinueArguments args) {
        resumes.offer(Resume.CONTINUE);
        ContinueResponse r = new ContinueResponse();
        r.setAllThreadsContinued(true);
        return CompletableFuture.completedFuture(r);
    }

    private CompletableFuture<Void> resume(Resume how) {
        resumes.offer(how);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> disconnect(DisconnectArguments args) {
        debugger.clear();
        resumes.offer(Resume.DETACH);
        runner.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    private void stdout(String line) {
        output(OutputEventArgumentsCategory.STDOUT, line + "\n");
    }

    private void output(String category, String text) {
        OutputEventArguments o = new OutputEventArguments();
        o.setCategory(category);
        o.setOutput(text);
        client.output(o);
    }

    /** Sends each print as it happens, with its place in the source (also in calls that fail or roll back). */
    private final class Prints implements ExecutionListener {
        @Override
        public void event(Event e, CallContext ctx) {
            if (!(e instanceof Event.Print p)) {
                return;
            }
            OutputEventArguments o = new OutputEventArguments();
            o.setCategory(OutputEventArgumentsCategory.CONSOLE);
            String contract = ctx.contract().name();
            var expr = ctx.exec().expression();
            int line = expr == null ? 0 : expr.span().startLine();
            o.setOutput("print " + contract + ":" + line + ": " + p.value() + "\n");
            o.setSource(source(contract));
            if (line > 0) {
                o.setLine(line);
                o.setColumn(expr.span().startColumn());
            }
            client.output(o);
        }
    }
}

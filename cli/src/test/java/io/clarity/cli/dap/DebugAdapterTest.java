package io.clarity.cli.dap;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.cli.SharedSeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.debug.ConfigurationDoneArguments;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.DisconnectArguments;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.eclipse.lsp4j.debug.ExitedEventArguments;
import org.eclipse.lsp4j.debug.FunctionBreakpoint;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.NextArguments;
import org.eclipse.lsp4j.debug.OutputEventArguments;
import org.eclipse.lsp4j.debug.Scope;
import org.eclipse.lsp4j.debug.ScopesArguments;
import org.eclipse.lsp4j.debug.SetBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetFunctionBreakpointsArguments;
import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.SourceBreakpoint;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.StackTraceArguments;
import org.eclipse.lsp4j.debug.StepInArguments;
import org.eclipse.lsp4j.debug.StepOutArguments;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.TerminatedEventArguments;
import org.eclipse.lsp4j.debug.Variable;
import org.eclipse.lsp4j.debug.VariablesArguments;
import org.eclipse.lsp4j.debug.launch.DSPLauncher;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.debug.services.IDebugProtocolServer;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives {@code clarity dap}'s adapter as an editor would, in-process over piped streams with
 * LSP4J's client side (over channel pipes): on the seed contract and on the realistic topic's escrow scenario.
 */
class DebugAdapterTest {

    private static final Path REALISTIC = Path.of("../interpreter/src/test/resources/conformance/realistic")
            .toAbsolutePath().normalize();
    private static final long WAIT = 20;

    /** What the editor hears. */
    private static final class Client implements IDebugProtocolClient {
        final CompletableFuture<Void> initialized = new CompletableFuture<>();
        final BlockingQueue<StoppedEventArguments> stopped = new LinkedBlockingQueue<>();
        final BlockingQueue<String> output = new LinkedBlockingQueue<>();
        final CompletableFuture<TerminatedEventArguments> terminated = new CompletableFuture<>();
        final CompletableFuture<ExitedEventArguments> exited = new CompletableFuture<>();

        @Override
        public void initialized() {
            initialized.complete(null);
        }

        @Override
        public void stopped(StoppedEventArguments args) {
            stopped.add(args);
        }

        @Override
        public void output(OutputEventArguments args) {
            output.add(args.getOutput() + (args.getSource() == null ? "" : " @" + args.getSource().getName() + ":" + args.getLine()));
        }

        @Override
        public void terminated(TerminatedEventArguments args) {
            terminated.complete(args);
        }

        @Override
        public void exited(ExitedEventArguments args) {
            exited.complete(args);
        }
    }

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private Client client;
    private IDebugProtocolServer server;

    @BeforeEach
    void connect() throws IOException {
        // channel pipes, not PipedInputStream: that one fails a reader once the last thread that wrote has ended
        Pipe up = Pipe.open();
        Pipe down = Pipe.open();
        InputStream serverIn = Channels.newInputStream(up.source());
        OutputStream toServer = Channels.newOutputStream(up.sink());
        InputStream clientIn = Channels.newInputStream(down.source());
        OutputStream toClient = Channels.newOutputStream(down.sink());
        threads.submit(() -> {
            DebugAdapter.serve(Path.of("").toAbsolutePath(), serverIn, toClient);
            return null;
        });
        client = new Client();
        Launcher<IDebugProtocolServer> launcher = DSPLauncher.createClientLauncher(client, clientIn, toServer, threads, null);
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    @AfterEach
    void disconnect() {
        threads.shutdownNow();
    }

    private void launch(Map<String, Object> args) throws Exception {
        InitializeRequestArguments init = new InitializeRequestArguments();
        init.setAdapterID("clarity");
        init.setLinesStartAt1(true);
        init.setColumnsStartAt1(true);
        assertThat(server.initialize(init).get(WAIT, TimeUnit.SECONDS).getSupportsConfigurationDoneRequest()).isTrue();
        server.launch(args).get(WAIT, TimeUnit.SECONDS);
        client.initialized.get(WAIT, TimeUnit.SECONDS);
    }

    private List<Boolean> setBreakpoints(Path file, int... lines) throws Exception {
        SetBreakpointsArguments a = new SetBreakpointsArguments();
        Source s = new Source();
        s.setPath(file.toString());
        a.setSource(s);
        SourceBreakpoint[] bps = new SourceBreakpoint[lines.length];
        for (int i = 0; i < lines.length; i++) {
            bps[i] = new SourceBreakpoint();
            bps[i].setLine(lines[i]);
        }
        a.setBreakpoints(bps);
        return Arrays.stream(server.setBreakpoints(a).get(WAIT, TimeUnit.SECONDS).getBreakpoints())
                .map(b -> b.isVerified()).toList();
    }

    private void setFunctionBreakpoints(String... names) throws Exception {
        SetFunctionBreakpointsArguments a = new SetFunctionBreakpointsArguments();
        FunctionBreakpoint[] fbs = new FunctionBreakpoint[names.length];
        for (int i = 0; i < names.length; i++) {
            fbs[i] = new FunctionBreakpoint();
            fbs[i].setName(names[i]);
        }
        a.setBreakpoints(fbs);
        server.setFunctionBreakpoints(a).get(WAIT, TimeUnit.SECONDS);
    }

    private StoppedEventArguments stopped() throws InterruptedException {
        StoppedEventArguments s = client.stopped.poll(WAIT, TimeUnit.SECONDS);
        assertThat(s).as("a stopped event").isNotNull();
        assertThat(s.getThreadId()).isEqualTo(1);
        return s;
    }

    private StackFrame[] stack() throws Exception {
        StackTraceArguments a = new StackTraceArguments();
        a.setThreadId(1);
        return server.stackTrace(a).get(WAIT, TimeUnit.SECONDS).getStackFrames();
    }

    private Scope[] scopes(int frameId) throws Exception {
        ScopesArguments a = new ScopesArguments();
        a.setFrameId(frameId);
        return server.scopes(a).get(WAIT, TimeUnit.SECONDS).getScopes();
    }

    private Map<String, String> variables(Scope scope) throws Exception {
        VariablesArguments a = new VariablesArguments();
        a.setVariablesReference(scope.getVariablesReference());
        Map<String, String> out = new LinkedHashMap<>();
        for (Variable v : server.variables(a).get(WAIT, TimeUnit.SECONDS).getVariables()) {
            out.put(v.getName(), v.getValue());
        }
        return out;
    }

    private String evaluate(String expr) throws Exception {
        EvaluateArguments a = new EvaluateArguments();
        a.setExpression(expr);
        a.setFrameId(1);
        return server.evaluate(a).get(WAIT, TimeUnit.SECONDS).getResult();
    }

    private void next() throws Exception {
        NextArguments a = new NextArguments();
        a.setThreadId(1);
        server.next(a).get(WAIT, TimeUnit.SECONDS);
    }

    private void stepIn() throws Exception {
        StepInArguments a = new StepInArguments();
        a.setThreadId(1);
        server.stepIn(a).get(WAIT, TimeUnit.SECONDS);
    }

    private void stepOut() throws Exception {
        StepOutArguments a = new StepOutArguments();
        a.setThreadId(1);
        server.stepOut(a).get(WAIT, TimeUnit.SECONDS);
    }

    private void continueRun() throws Exception {
        ContinueArguments a = new ContinueArguments();
        a.setThreadId(1);
        server.continue_(a).get(WAIT, TimeUnit.SECONDS);
    }

    private String outputUntil(String text) throws InterruptedException {
        StringBuilder all = new StringBuilder();
        while (!all.toString().contains(text)) {
            String o = client.output.poll(WAIT, TimeUnit.SECONDS);
            assertThat(o).as("output containing " + text + " after: " + all).isNotNull();
            all.append(o).append('\n');
        }
        return all.toString();
    }

    @Test
    void theSeedContractStopsStepsShowsVariablesAndTerminates() throws Exception {
        Path seed = SharedSeed.computeSharing().toAbsolutePath().normalize();
        launch(Map.of("contracts", List.of(seed.toString()), "expression",
                "(begin (unwrap-panic (contract-call? .compute-sharing register-provider u1000 u10))\n"
                        + "(unwrap-panic (contract-call? .compute-sharing add-funds u500))\n"
                        + "(contract-call? .compute-sharing request-compute tx-sender u10))"));
        assertThat(setBreakpoints(seed, 125)).containsExactly(true);
        server.configurationDone(new ConfigurationDoneArguments()).get(WAIT, TimeUnit.SECONDS);

        assertThat(stopped().getReason()).isEqualTo("breakpoint");
        StackFrame[] frames = stack();
        assertThat(frames).hasSize(2);
        assertThat(frames[0].getName()).isEqualTo("compute-sharing.request-compute");
        assertThat(frames[0].getLine()).isEqualTo(125);
        assertThat(frames[0].getColumn()).isEqualTo(5);
        assertThat(frames[0].getSource().getPath()).isEqualTo(seed.toString());
        assertThat(frames[1].getName()).endsWith("(top level)");
        Scope[] scopes = scopes(frames[0].getId());
        assertThat(scopes).extracting(Scope::getName).containsExactly("Locals", "Data vars", "Transaction");
        assertThat(variables(scopes[0])).containsEntry("total-cost", "u100").containsEntry("new-job-id", "u1")
                .containsKeys("provider", "resources", "provider-data", "consumer-data");
        assertThat(variables(scopes[1])).containsEntry("last-job-id", "u0");
        assertThat(variables(scopes[2])).containsKeys("tx-sender", "contract-caller");
        assertThat(evaluate("(+ new-job-id u41)")).isEqualTo("u42");

        next();
        assertThat(stopped().getReason()).isEqualTo("step");
        assertThat(stack()[0].getLine()).isEqualTo(129);
        stepIn();
        assertThat(stopped().getReason()).isEqualTo("step");
        assertThat(stack()[0].getLine()).isEqualTo(130);
        assertThat(variables(scopes(1)[1])).containsEntry("last-job-id", "u1");

        continueRun();
        assertThat(client.terminated.get(WAIT, TimeUnit.SECONDS)).isNotNull();
        assertThat(client.exited.get(WAIT, TimeUnit.SECONDS).getExitCode()).isZero();
        assertThat(outputUntil("(ok u1)")).contains("deployed compute-sharing");
        server.disconnect(new DisconnectArguments()).get(WAIT, TimeUnit.SECONDS);
    }

    @Test
    void aRealisticScenarioBreaksOnLinesAndFunctionsAndStepsOut() throws Exception {
        Path escrow = REALISTIC.resolve("escrow.clar");
        launch(Map.of("scenario", REALISTIC.resolve("escrow.scn").toString()));
        assertThat(setBreakpoints(escrow, 49)).containsExactly(true);
        assertThat(setBreakpoints(REALISTIC.resolve("dao.clar"), 3)).as("a file this launch deploys nothing from")
                .containsExactly(false);
        server.configurationDone(new ConfigurationDoneArguments()).get(WAIT, TimeUnit.SECONDS);

        assertThat(stopped().getReason()).isEqualTo("breakpoint");
        StackFrame top = stack()[0];
        assertThat(top.getName()).isEqualTo("escrow.open");
        assertThat(top.getLine()).isEqualTo(49);
        assertThat(top.getSource().getPath()).isEqualTo(escrow.toString());
        next();
        assertThat(stopped().getReason()).isEqualTo("step");
        assertThat(stack()[0].getLine()).isEqualTo(50);
        assertThat(outputUntil("print escrow:49: ")).contains("@escrow.clar:49");

        // no more line breakpoints; stop in the private log function instead
        assertThat(setBreakpoints(escrow)).isEmpty();
        setFunctionBreakpoints("escrow.log");
        continueRun();
        assertThat(stopped().getReason()).isEqualTo("function breakpoint");
        StackFrame[] frames = stack();
        assertThat(frames).extracting(StackFrame::getName).containsExactly("escrow.log", "escrow.release");
        assertThat(frames[1].getLine()).isEqualTo(56);
        Scope[] caller = scopes(frames[1].getId());
        assertThat(caller).extracting(Scope::getName).containsExactly("Locals", "Data vars", "Transaction");
        assertThat(variables(caller[0])).as("the caller's locals at its call in progress").containsKeys("id", "d")
                .containsEntry("id", "0xdd90ffc3223982bf446d8446338b6bdd51fa3ec50cec1ea6f36c3f35e57d146f");
        assertThat(variables(scopes(frames[0].getId())[0])).as("the paused function's own").containsKeys("d", "state")
                .doesNotContainKey("id");
        assertThat(variables(caller[1])).containsKey("nonce");
        Map<String, String> tx = variables(caller[2]);
        assertThat(tx).as("a public function called by a wallet: sender and caller are the wallet")
                .containsKeys("tx-sender", "contract-caller").containsEntry("contract-caller", tx.get("tx-sender"));
        stepOut();
        StoppedEventArguments out = stopped();
        assertThat(out.getReason()).isEqualTo("step");
        assertThat(out.getDescription()).startsWith("log => ");
        assertThat(stack()).extracting(StackFrame::getName).containsExactly("escrow.release");

        setFunctionBreakpoints();
        continueRun();
        assertThat(client.exited.get(WAIT, TimeUnit.SECONDS).getExitCode()).isZero();
        assertThat(outputUntil("call escrow release")).isNotEmpty();
    }
}

package io.clarity.debug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.error.ClarityError;
import io.clarity.eval.instrument.StateAccess;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.support.SharedDir;
import io.clarity.value.OkValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The debugger's core on the seed contract and on the realistic topic: breakpoints, watches, stepping, frames. */
class DebuggerTest {

    private static final Path REALISTIC = Path.of("src/test/resources/conformance/realistic");

    /** The steps of escrow.scn that call escrow.open (its batch may call it more). */
    private static final int OPEN_CALLS = 10;

    private Simnet simnet;

    @BeforeEach
    void deploySeed() throws IOException {
        simnet = Simnet.inEpoch(Epoch.E3_2);
        String seed = Files.readString(SharedDir.require().resolve("seed/compute-sharing.clar"));
        simnet.deploy("compute-sharing", seed, ClarityVersion.CLARITY3, "deployer");
        simnet.callPublic("compute-sharing", "register-provider", List.of(Cl.uint(1000), Cl.uint(10)), "wallet_1");
        simnet.callPublic("compute-sharing", "add-funds", List.of(Cl.uint(500)), "wallet_2");
    }

    private TxResult requestCompute() {
        return simnet.callPublic("compute-sharing", "request-compute", List.of(simnet.account("wallet_1"), Cl.uint(10)),
                "wallet_2");
    }

    @Test
    void aLineBreakpointSeesLocalsStackAndChainMidway() {
        List<Frame> hits = new ArrayList<>();
        List<Value> seen = new ArrayList<>();
        simnet.debugger().breakAt("compute-sharing", 129, frame -> {
            hits.add(frame);
            assertThat(frame.function()).isEqualTo("request-compute");
            assertThat(frame.sourceLine()).contains("(var-set last-job-id new-job-id)");
            assertThat(frame.locals()).containsKeys("provider", "resources", "provider-data", "consumer-data",
                    "total-cost", "new-job-id");
            assertThat(frame.local("total-cost")).contains(UIntValue.of(100));
            seen.add(frame.dataVar("last-job-id"));
            seen.add(frame.mapEntry("consumers", Cl.tuple(Map.of("consumer", simnet.account("wallet_2")))).orElseThrow());
            seen.add(frame.evaluate("(+ new-job-id u41)"));
            assertThat(frame.stack()).hasSize(1);
            assertThat(frame.stack().get(0).line()).isEqualTo(129);
            assertThat(frame.sender().address()).isEqualTo(simnet.account("wallet_2").address());
        });
        TxResult r = requestCompute();
        assertThat(r.result()).isEqualTo(Cl.ok(Cl.uint(1)));
        assertThat(hits).hasSize(1);
        assertThat(seen).containsExactly(UIntValue.of(0), Cl.tuple(Map.of("balance", Cl.uint(400))), UIntValue.of(42));
        assertThat(hits.get(0).reason()).isEqualTo(Frame.Reason.BREAKPOINT);
        assertThat(hits.get(0).toString()).isEqualTo("compute-sharing:129:5 (request-compute)");
    }

    @Test
    void evaluatingInAFrameChangesNothingAndCostsNothing() {
        Simnet quiet = simnet.copy();
        List<String> failures = new ArrayList<>();
        simnet.debugger().breakAt("compute-sharing", 129, frame -> {
            assertThatThrownBy(() -> frame.evaluate("(var-set last-job-id u9)")).isInstanceOf(ClarityError.class);
            failures.add("refused");
            assertThat(frame.evaluate("(print u7)")).isEqualTo(UIntValue.of(7));
            assertThat(frame.dataVar("last-job-id")).isEqualTo(UIntValue.of(0));
        });
        TxResult debugged = requestCompute();
        TxResult plain = quiet.callPublic("compute-sharing", "request-compute",
                List.of(simnet.account("wallet_1"), Cl.uint(10)), "wallet_2");
        assertThat(failures).containsExactly("refused");
        assertThat(simnet.getDataVar("compute-sharing", "last-job-id")).isEqualTo(UIntValue.of(1));
        assertThat(debugged.events()).isEqualTo(plain.events());
        assertThat(debugged.costs()).isEqualTo(plain.costs());
    }

    @Test
    void aFunctionBreakpointStopsAtEachCallsFirstExpression() {
        List<String> hits = new ArrayList<>();
        simnet.debugger().breakOn("compute-sharing.get-consumer-balance",
                f -> hits.add(f.function() + " " + f.line() + " " + f.locals()));
        simnet.callReadOnly("compute-sharing", "get-consumer-balance", List.of(simnet.account("wallet_2")), "wallet_1");
        simnet.callReadOnly("compute-sharing", "get-consumer-balance", List.of(simnet.account("wallet_3")), "wallet_1");
        assertThat(hits).containsExactly(
                "get-consumer-balance 181 {consumer=" + simnet.account("wallet_2") + "}",
                "get-consumer-balance 181 {consumer=" + simnet.account("wallet_3") + "}");
    }

    @Test
    void aWatchStopsAfterEachWriteWithBeforeAndAfter() {
        List<StateAccess> writes = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        simnet.debugger().watch("last-job-id", f -> {
            writes.add(f.write());
            lines.add(f.line());
        });
        requestCompute();
        requestCompute();
        assertThat(writes).extracting(StateAccess::toString)
                .containsExactly("last-job-id: u0 -> u1", "last-job-id: u1 -> u2");
        assertThat(lines).containsExactly(129, 129);
    }

    @Test
    void aFailedAssertionInACallbackFailsTheTestAndLeavesTheChainAsItWas() {
        simnet.debugger().breakAt("compute-sharing", 129, f -> assertThat(f.local("total-cost")).contains(UIntValue.of(1)));
        assertThatThrownBy(this::requestCompute).isInstanceOf(AssertionError.class).hasMessageContaining("u100");
        assertThat(simnet.getDataVar("compute-sharing", "last-job-id")).isEqualTo(UIntValue.of(0));
        // the debugger starts afresh: the next call's frame has a stack of one
        simnet.debugger().clear();
        List<Integer> depths = new ArrayList<>();
        simnet.debugger().breakAt("compute-sharing", 129, f -> depths.add(f.stack().size()));
        requestCompute();
        assertThat(depths).containsExactly(1);
    }

    @Test
    void removedBreakpointsStopNoMore() {
        List<Integer> hits = new ArrayList<>();
        Breakpoint b = simnet.debugger().breakAt("compute-sharing", 129, f -> hits.add(f.line()));
        requestCompute();
        assertThat(simnet.debugger().remove(b.id())).isTrue();
        requestCompute();
        assertThat(hits).containsExactly(129);
        assertThat(simnet.debugger().breakpoints()).isEmpty();
    }

    /** A driver that answers a scripted list of moves and records where each pause was. */
    private static final class Script implements Driver {
        final List<Resume> moves;
        final List<String> pauses = new ArrayList<>();

        Script(Resume... moves) {
            this.moves = new ArrayList<>(List.of(moves));
        }

        @Override
        public Resume paused(Frame f) {
            pauses.add(f.reason() + " " + f.line() + ":" + f.column() + " " + f.expression().headName()
                    + (f.value() == null ? "" : " => " + f.value()) + " depth " + f.stack().size());
            return moves.isEmpty() ? Resume.CONTINUE : moves.remove(0);
        }
    }

    @Test
    void stepNextFinishAndOutMoveAsDocumented() {
        Debugger d = simnet.debugger();
        Script script = new Script(Resume.STEP, Resume.NEXT, Resume.NEXT, Resume.FINISH, Resume.CONTINUE);
        d.driver(script);
        d.breakAt("compute-sharing", 102);
        requestCompute();
        assertThat(script.pauses).containsExactly(
                // the breakpoint: unwrap! on line 102
                "BREAKPOINT 102:22 unwrap! depth 1",
                // step: into its first argument
                "STEP 102:31 map-get? depth 1",
                // next: to the next expression at that depth or above (the next binding's)
                "STEP 103:22 default-to depth 1",
                // next: over default-to's own map-get?, to the binding after it
                "STEP 104:19 * depth 1",
                // finish: * ends with its value
                "EXIT 104:19 * => u100 depth 1");
    }

    @Test
    void stepOutReturnsToTheCallerWithTheCallsValue() {
        simnet.deploy("caller", "(define-public (go) (let ((b (contract-call? .compute-sharing get-consumer-balance tx-sender)))\n"
                + "  (ok (get balance b))))", ClarityVersion.CLARITY3, "deployer");
        Debugger d = simnet.debugger();
        Script script = new Script(Resume.OUT, Resume.CONTINUE);
        d.driver(script);
        d.breakOn("get-consumer-balance");
        TxResult r = simnet.callPublic("caller", "go", List.of(), "wallet_2");
        assertThat(r.result()).isEqualTo(Cl.ok(Cl.uint(500)));
        assertThat(script.pauses).containsExactly("BREAKPOINT 181:3 default-to depth 2",
                "EXIT 1:30 contract-call? => { balance: u500 } depth 1");
    }

    @Test
    void aCallersLocalsAndContextAreThoseOfItsCallInProgress() {
        simnet.deploy("caller", String.join("\n",
                "(define-public (go (n uint))",
                "  (let ((twice (* n u2)))",
                "    (ok (contract-call? .compute-sharing get-consumer-balance tx-sender))))",
                "(define-public (go-as-contract (n uint))",
                "  (let ((thrice (* n u3)))",
                "    (ok (as-contract (contract-call? .compute-sharing get-consumer-balance tx-sender)))))"),
                ClarityVersion.CLARITY3, "deployer");
        Value wallet = simnet.account("wallet_2");
        Value contract = Cl.contractPrincipal(((StandardPrincipalValue) simnet.account("deployer")).address(), "caller");
        List<String> seen = new ArrayList<>();
        simnet.debugger().breakOn("get-consumer-balance", f -> {
            assertThat(f.stack()).hasSize(2);
            assertThat(f.function()).isEqualTo("get-consumer-balance");
            assertThat(f.locals(0)).isEqualTo(f.locals()).containsOnlyKeys("consumer");
            assertThat(f.sender(0)).isEqualTo(f.sender());
            assertThat(f.caller(0)).isEqualTo(f.caller()).isEqualTo(contract);
            seen.add(f.stack().get(1).function() + " " + f.locals(1) + " sender " + f.sender(1) + " caller " + f.caller(1)
                    + " / callee sender " + f.sender(0));
        });
        assertThat(simnet.callPublic("caller", "go", List.of(Cl.uint(7)), "wallet_2").result()).isInstanceOf(OkValue.class);
        assertThat(simnet.callPublic("caller", "go-as-contract", List.of(Cl.uint(5)), "wallet_2").result())
                .isInstanceOf(OkValue.class);
        assertThat(seen).containsExactly(
                "go {n=u7, twice=u14} sender " + wallet + " caller " + wallet + " / callee sender " + wallet,
                "go-as-contract {n=u5, thrice=u15} sender " + contract + " caller " + contract + " / callee sender " + contract);
    }

    @Test
    void stepsThroughAScenarioOfTheRealisticTopic() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(REALISTIC, Epoch.E3_2, line -> { });
        Debugger d = runner.simnet().debugger();
        List<String> releases = new ArrayList<>();
        d.breakAt("escrow", 57, f -> releases.add(f.sender().address() + " amount "
                + f.evaluate("(get amount d)") + " state " + f.evaluate("(get state (unwrap-panic (map-get? deals id)))")));
        Script script = new Script(Resume.STEP, Resume.STEP, Resume.DETACH);
        d.driver(script);
        d.breakOn("escrow.open");
        runner.run(Files.readString(REALISTIC.resolve("escrow.scn")));
        // detached for the rest of the first call; each later call of open stops again
        assertThat(script.pauses).startsWith("BREAKPOINT 39:3 let depth 1", "STEP 39:12 var-get depth 1",
                "STEP 40:13 deal-id depth 1", "BREAKPOINT 39:3 let depth 1");
        assertThat(script.pauses).filteredOn(p -> p.startsWith("BREAKPOINT")).hasSizeGreaterThanOrEqualTo(OPEN_CALLS);
        assertThat(releases).isNotEmpty().allMatch(s -> s.contains("state \"released\""));
    }
}

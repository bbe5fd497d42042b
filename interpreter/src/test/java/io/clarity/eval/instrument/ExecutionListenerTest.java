package io.clarity.eval.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.ast.ListExpr;
import io.clarity.chain.DeployedContract;
import io.clarity.chain.Event;
import io.clarity.cost.ExecutionCost;
import io.clarity.definitions.Definition;
import io.clarity.error.ClarityError;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.value.Value;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.NativeFunction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every callback of the seam fires, with the data a listener needs, in the order things happen. */
class ExecutionListenerTest {

    private static final String D = "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";
    private static final String W1 = "'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5";

    private static final String SOURCE = """
            (define-data-var counter uint u0)
            (define-map owners uint principal)
            (define-fungible-token gold)
            (define-non-fungible-token badge uint)
            (define-private (double (n uint)) (* n u2))
            (define-public (bump (by uint))
              (let ((old (var-get counter)) (new (+ old by)))
                (var-set counter new)
                (print new)
                (if (< new u1000) (ok new) (err u1))))
            (define-public (guarded (x uint))
              (begin
                (print x)
                (asserts! (> x u10) (err u7))
                (ok x)))
            (define-read-only (pick (flag bool) (o (optional uint)))
              (if flag (default-to u0 o) (match o v (double v) u99)))
            (define-read-only (logic (a bool) (b bool))
              (list (and a b true) (or a b false)))
            (define-public (unwrapping (o (optional uint)))
              (let ((v (unwrap! o (err u1)))) (ok (+ v (try! (if (> v u0) (ok v) (err u2)))))))
            (define-public (assets)
              (begin
                (map-set owners u1 tx-sender)
                (map-delete owners u1)
                (try! (ft-mint? gold u10 tx-sender))
                (try! (ft-transfer? gold u4 tx-sender 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG))
                (try! (nft-mint? badge u1 tx-sender))
                (try! (stx-transfer? u5 tx-sender 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG))
                (ok (map-get? owners u1))))
            (define-public (boom) (if true (ok (unwrap-panic (some (- u0 u1)))) (err u0)))
            (define-read-only (shout) (begin (print "read-only") true))
            (define-public (relay) (contract-call? .callee who))
            """;

    private static final String CALLEE = """
            (define-public (who) (if true (ok { sender: tx-sender, caller: contract-caller }) (err u0)))
            """;

    /** Writes every callback as a line. */
    private static final class Recorder implements ExecutionListener {
        final List<String> lines = new ArrayList<>();
        final List<String> places = new ArrayList<>();
        final List<ExecutionCost> enterCosts = new ArrayList<>();
        final List<ExecutionCost> exitCosts = new ArrayList<>();
        Locals lastLocals;

        @Override
        public void enter(ListExpr expr, CallContext ctx, Locals locals) {
            lines.add("enter " + expr.headName() + " " + ctx.contract().name() + ":" + expr.span().start());
            lastLocals = locals;
            enterCosts.add(ctx.exec().costs().total());
        }

        @Override
        public void exit(ListExpr expr, CallContext ctx, Value value) {
            lines.add("exit " + expr.headName() + " => " + value);
            exitCosts.add(ctx.exec().costs().total());
        }

        @Override
        public void exitEarly(ListExpr expr, CallContext ctx, Value value, String form) {
            lines.add("early " + expr.headName() + " " + form + " " + value);
        }

        @Override
        public void fail(ListExpr expr, CallContext ctx, ClarityError error) {
            lines.add("fail " + expr.headName() + " " + error.kind());
        }

        @Override
        public void branch(NativeFunction form, int taken, int arms, CallContext ctx) {
            lines.add("branch " + form.clarityName() + " " + taken + "/" + arms);
        }

        @Override
        public void bind(String name, Value value, CallContext ctx) {
            lines.add("bind " + name + " = " + value);
        }

        @Override
        public void call(DeployedContract contract, Definition.Function f, List<Value> args, CallContext ctx) {
            lines.add("call " + contract.name() + "." + f.name() + " " + f.kind() + " " + args
                    + " sender " + ctx.sender() + " caller " + ctx.caller());
        }

        @Override
        public void returned(DeployedContract contract, Definition.Function f, Value result, CallContext ctx) {
            lines.add("returned " + f.name() + " " + result);
        }

        @Override
        public void failed(DeployedContract contract, Definition.Function f, ClarityError error, CallContext ctx) {
            lines.add("failed " + f.name() + " " + error.kind());
        }

        @Override
        public void state(StateAccess access, CallContext ctx) {
            lines.add("state " + (access.write() ? "write " : "read ") + access);
        }

        @Override
        public void event(Event e, CallContext ctx) {
            lines.add("event " + e.type() + " in " + ctx.contract().name());
            ListExpr at = ctx.exec().expression();
            places.add(at.headName() + " " + ctx.contract().name() + ":" + at.span().startLine());
        }

        List<String> starting(String prefix) {
            return lines.stream().filter(l -> l.startsWith(prefix)).toList();
        }
    }

    private static Simnet chain() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.deploy("callee", CALLEE);
        s.deploy("c", SOURCE);
        return s;
    }

    private static Recorder attach(Simnet s) {
        Recorder r = new Recorder();
        s.instrument(r);
        return r;
    }

    @Test
    void expressionsAreEnteredAndExitedInnermostFirstWithTheirValues() {
        Simnet s = chain();
        Recorder r = attach(s);
        s.execute("(+ u1 (* u2 u3))");
        assertThat(r.lines).hasSize(4).containsSubsequence("exit * => u6", "exit + => u7");
        assertThat(r.lines.get(0)).matches("enter \\+ contract-\\d+:1:1");
        assertThat(r.lines.get(1)).matches("enter \\* contract-\\d+:1:7");
    }

    @Test
    void aFunctionCallReportsItsArgumentsSenderCallerAndResultAndTheLocalsAreVisible() {
        Simnet s = chain();
        Recorder r = attach(s);
        s.callPublic("c", "bump", List.of(Cl.uint(5)), "wallet_1");
        assertThat(r.lines.get(0)).isEqualTo("call c.bump DEFINE_PUBLIC [u5] sender " + W1 + " caller " + W1);
        assertThat(r.lines).containsSubsequence("bind old = u0", "bind new = u5",
                "state write counter: u0 -> u5", "event print_event in c", "returned bump (ok u5)");
        assertThat(r.lines).contains("state read counter = u0");
        // the last expression entered is (ok new), with both let bindings and the argument in scope
        assertThat(r.lastLocals.lookup("new")).isEqualTo(Cl.uint(5));
        assertThat(r.lastLocals.lookup("by")).isEqualTo(Cl.uint(5));
    }

    @Test
    void anEarlyReturnLeavesEachExpressionUpToTheFunctionWithItsValue() {
        Simnet s = chain();
        Recorder r = attach(s);
        s.callPublic("c", "guarded", List.of(Cl.uint(3)), "wallet_1");
        assertThat(r.lines).containsSubsequence("exit > => false", "branch asserts! 1/2", "exit err => (err u7)",
                "early asserts! asserts! (err u7)", "early begin asserts! (err u7)",
                "returned guarded (err u7)");
        r.lines.clear();
        s.callPublic("c", "guarded", List.of(Cl.uint(30)), "wallet_1");
        assertThat(r.lines).contains("branch asserts! 0/2", "exit asserts! => true").doesNotContain("early");
    }

    @Test
    void branchesReportTheArmTakenEvenWhenTheArmIsAnAtom() {
        Simnet s = chain();
        Recorder r = attach(s);
        s.callReadOnly("c", "pick", List.of(Cl.bool(true), Cl.none()), "wallet_1");
        assertThat(r.starting("branch")).containsExactly("branch if 0/2", "branch default-to 1/2");
        r.lines.clear();
        s.callReadOnly("c", "pick", List.of(Cl.bool(false), Cl.some(Cl.uint(4))), "wallet_1");
        assertThat(r.starting("branch")).containsExactly("branch if 1/2", "branch match 0/2");
        assertThat(r.lines).contains("bind v = u4", "returned double u8");
        r.lines.clear();
        s.callReadOnly("c", "pick", List.of(Cl.bool(false), Cl.none()), "wallet_1");
        assertThat(r.starting("branch")).containsExactly("branch if 1/2", "branch match 1/2");
    }

    @Test
    void andAndOrReportWhereTheyShortCircuited() {
        Simnet s = chain();
        Recorder r = attach(s);
        s.callReadOnly("c", "logic", List.of(Cl.bool(false), Cl.bool(true)), "wallet_1");
        assertThat(r.starting("branch")).containsExactly("branch and 0/4", "branch or 1/4");
        r.lines.clear();
        s.callReadOnly("c", "logic", List.of(Cl.bool(true), Cl.bool(true)), "wallet_1");
        assertThat(r.starting("branch")).containsExactly("branch and 3/4", "branch or 0/4");
    }

    @Test
    void unwrappingFormsReportWhetherTheyReturnedEarly() {
        Simnet s = chain();
        Recorder r = attach(s);
        s.callPublic("c", "unwrapping", List.of(Cl.some(Cl.uint(2))), "wallet_1");
        assertThat(r.starting("branch")).containsExactly("branch unwrap! 0/2", "branch if 0/2", "branch try! 0/2");
        r.lines.clear();
        s.callPublic("c", "unwrapping", List.of(Cl.none()), "wallet_1");
        assertThat(r.starting("branch")).containsExactly("branch unwrap! 1/2");
        assertThat(r.lines).contains("early unwrap! unwrap! (err u1)", "early let unwrap! (err u1)");
    }

    @Test
    void aRuntimeErrorFailsTheExpressionsAndTheFunction() {
        Simnet s = chain();
        Recorder r = attach(s);
        try {
            s.callPublic("c", "boom", List.of(), "wallet_1");
        } catch (ClarityError expected) {
            // the call fails; what the listener heard is checked below
        }
        assertThat(r.lines).containsSubsequence("fail - ArithmeticUnderflow", "fail some ArithmeticUnderflow",
                "fail unwrap-panic ArithmeticUnderflow", "fail ok ArithmeticUnderflow", "failed boom ArithmeticUnderflow");
    }

    @Test
    void stateReadsAndWritesCarryTheValuesBeforeAndAfter() {
        Simnet s = chain();
        Recorder r = attach(s);
        s.callPublic("c", "assets", List.of(), "wallet_1");
        String w2 = "'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG";
        assertThat(r.starting("state")).containsExactly(
                "state write owners[u1]: (none) -> " + W1,
                "state write owners[u1]: " + W1 + " -> (none)",
                "state write gold.supply: u0 -> u10",
                "state write gold[" + W1 + "]: u0 -> u10",
                "state write gold[" + W1 + "]: u10 -> u6",
                "state write gold[" + w2 + "]: u0 -> u4",
                "state write badge[u1]: (none) -> " + W1,
                "state write stx[" + W1 + "]: u100000000000000 -> u99999999999995",
                "state write stx[" + w2 + "]: u100000000000000 -> u100000000000005",
                "state read owners[u1] = (none)");
        assertThat(r.starting("event")).containsExactly("event ft_mint_event in c", "event ft_transfer_event in c",
                "event nft_mint_event in c", "event stx_transfer_event in c");
    }

    @Test
    void printsOfReadOnlyAndRolledBackCallsAreHeard() {
        Simnet s = chain();
        Recorder r = attach(s);
        TxResult ro = s.callReadOnly("c", "shout", List.of(), "wallet_1");
        assertThat(ro.events()).isEmpty();
        assertThat(r.starting("event")).containsExactly("event print_event in c");
        r.lines.clear();
        TxResult rolledBack = s.callPublic("c", "guarded", List.of(Cl.uint(3)), "wallet_1");
        assertThat(rolledBack.events()).isEmpty();
        assertThat(r.starting("event")).containsExactly("event print_event in c");
        assertThat(r.places).containsExactly("print c:32", "print c:13");
    }

    @Test
    void aContractCallIsNestedWithTheCallingContractAsCaller() {
        Simnet s = chain();
        Recorder r = attach(s);
        s.callPublic("c", "relay", List.of(), "wallet_1");
        assertThat(r.starting("call")).containsExactly(
                "call c.relay DEFINE_PUBLIC [] sender " + W1 + " caller " + W1,
                "call callee.who DEFINE_PUBLIC [] sender " + W1 + " caller " + D + ".c");
        List<String> heads = r.lines.stream().map(l -> l.replaceAll(" [^ ]*:\\d+:\\d+$| =>.*| DEFINE.*", "")).toList();
        assertThat(heads).containsSubsequence("enter contract-call?", "call callee.who", "enter if", "enter ok",
                "returned who (ok { caller: " + D + ".c, sender: " + W1 + " })", "exit contract-call?",
                "returned relay (ok { caller: " + D + ".c, sender: " + W1 + " })");
        assertThat(r.lines).anyMatch(l -> l.startsWith("enter ok callee:1:"));
    }

    @Test
    void anExpressionsCostIsWhatTheTrackerGainedBetweenItsEnterAndExit() {
        Simnet s = chain();
        Recorder r = attach(s);
        TxResult result = s.callPublic("c", "bump", List.of(Cl.uint(5)), "wallet_1");
        // the body (let ...) is the first expression entered and the last left
        ExecutionCost atEnter = r.enterCosts.get(0);
        ExecutionCost atExit = r.exitCosts.get(r.exitCosts.size() - 1);
        assertThat(atExit.runtime()).isGreaterThan(atEnter.runtime());
        assertThat(atExit.writeCount()).isEqualTo(atEnter.writeCount() + 1);
        assertThat(atExit.readCount()).isGreaterThan(atEnter.readCount());
        // nothing is charged after the body: the transaction's cost is the total at its last exit
        assertThat(result.costs()).get().extracting(c -> c.total()).isEqualTo(atExit);
    }

    @Test
    void severalListenersEachHearEverythingAndAClosedOneNothingMore() {
        Simnet s = chain();
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        Attachment first = s.instrument(a);
        s.instrument(b);
        s.execute("(+ u1 u2)");
        assertThat(a.lines).isNotEmpty().isEqualTo(b.lines);
        first.close();
        first.close();
        a.lines.clear();
        b.lines.clear();
        s.execute("(+ u1 u2)");
        assertThat(a.lines).isEmpty();
        assertThat(b.lines).isNotEmpty();
    }

    @Test
    void deploysAreHeardAndCopiesStartWithoutListeners() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        Recorder r = attach(s);
        s.deploy("d", "(define-constant k (+ u1 u2)) (print k)");
        assertThat(r.lines).contains("exit + => u3", "event print_event in d");
        r.lines.clear();
        s.copy().execute("(+ u1 u2)");
        assertThat(r.lines).isEmpty();
    }

    @Test
    void noListenerIsNullAndOneIsItself() {
        Recorder a = new Recorder();
        assertThat(ExecutionListener.of(List.of())).isNull();
        assertThat(ExecutionListener.of(List.of(a))).isSameAs(a);
        assertThat(ExecutionListener.of(List.of(a, new Recorder()))).isNotSameAs(a).isNotNull();
    }

    @Test
    void theCallTracerIsAListenerBesideTheAttachedOnes() {
        Simnet s = chain();
        Recorder r = attach(s);
        s.setTracing(true);
        s.callPublic("c", "bump", List.of(Cl.uint(1)), "wallet_1");
        assertThat(s.lastTrace()).get().asString().contains("print_event", "=> (ok u1)");
        assertThat(r.lines).contains("returned bump (ok u1)");
    }
}

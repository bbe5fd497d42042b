package io.clarity.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.version.Epoch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Steps show each sub-expression with its value, indented by depth, and what happened between. */
class StepsTest {

    private static final String W1 = "'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5";
    private static final String D = "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";

    private static final String SOURCE = """
            (define-data-var total uint u0)
            (define-private (add (n uint))
              (begin
                (asserts! (> n u0) (err u1))
                (var-set total (+ (var-get total) n))
                (print n)
                (ok (var-get total))))
            (define-public (deposit (n uint)) (add n))
            (define-read-only (choose (o (optional uint)) (a bool) (b bool))
              (match o v (and a b) (or a b)))
            (define-read-only (long) (concat 0x0102030405060708090a0b0c0d0e0f 0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f))
            (define-public (boom (n uint)) (ok (- u0 n)))
            """;

    private static Simnet bank() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.deploy("bank", SOURCE);
        s.deploy("front", "(define-public (relay (n uint)) (contract-call? .bank deposit n))");
        return s;
    }

    @Test
    void eachSubExpressionWithItsValueInnermostFirstIndentedByDepth() {
        Simnet s = bank();
        Steps steps = s.steps(() -> s.execute("(+ 1 (* 2 3))"));
        assertThat(steps).hasToString("""
                  (* 2 3) => 6
                (+ 1 6) => 7
                """);
        assertThat(steps.steps()).extracting(Step::depth).containsExactly(1, 0);
        assertThat(steps.steps().get(1).value()).isEqualTo(Cl.integer(7));
        assertThat(steps.error()).isEmpty();
    }

    @Test
    void letBindingsAreNamedAsTheyAreBoundAndVariablesShowTheirValues() {
        Simnet s = bank();
        Steps steps = s.steps(() -> s.execute("(let ((a 5) (b (* a 2))) (+ a b))"));
        assertThat(steps.lines()).containsExactly(
                "  a = 5",
                "  (* 5 2) => 10",
                "  b = 10",
                "  (+ 5 10) => 15",
                "(let ((a ...) (b ...)) 15) => 15");
    }

    @Test
    void aNameAFormTakesIsNotTakenForTheLocalOfTheSameName() {
        Simnet s = bank();
        Steps steps = s.steps(() -> s.execute("(let ((amount u5)) (+ amount (get amount (tuple (amount u7)))))"));
        assertThat(steps.lines()).contains("    (get amount { amount: u7 }) => u7", "  (+ u5 u7) => u12");
    }

    @Test
    void aCallIsNestedWithSenderAndCallerAndShowsStateWritesEventsAndResult() {
        Simnet s = bank();
        Steps steps = s.steps(() -> s.callPublic("bank", "deposit", List.of(Cl.uint(5)), "wallet_1"));
        assertThat(steps.lines()).containsExactly(
                "call bank.deposit u5  sender " + W1 + " caller " + W1,
                "    call bank.add u5  sender " + W1 + " caller " + W1,
                "          (> u5 u0) => true",
                "          asserts!: holds",
                "        (asserts! true (err u1)) => true",
                "            (var-get total) => u0",
                "          (+ u0 u5) => u5",
                "          write total: u0 -> u5",
                "        (var-set total u5) => true",
                "          print u5",
                "        (print u5) => u5",
                "          (var-get total) => u5",
                "        (ok u5) => (ok u5)",
                "      (begin true true u5 (ok u5)) => (ok u5)",
                "    bank.add returned (ok u5)",
                "  (add u5) => (ok u5)",
                "bank.deposit returned (ok u5)");
        assertThat(steps.of(Step.Kind.STATE)).singleElement().extracting(Step::place).isEqualTo("bank:5:5");
        assertThat(steps.of(Step.Kind.EVENT)).singleElement().extracting(Step::place).isEqualTo("bank:6:5");
    }

    @Test
    void aContractCallShowsTheCallingContractAsCaller() {
        Simnet s = bank();
        Steps steps = s.steps(() -> s.callPublic("front", "relay", List.of(Cl.uint(2)), "wallet_1"));
        assertThat(steps.of(Step.Kind.CALL)).extracting(Step::text).containsExactly(
                "call front.relay u2  sender " + W1 + " caller " + W1,
                "call bank.deposit u2  sender " + W1 + " caller " + D + ".front",
                "call bank.add u2  sender " + W1 + " caller " + D + ".front");
    }

    @Test
    void anEarlyReturnIsAShortReturnWithItsValue() {
        Simnet s = bank();
        Steps steps = s.steps(() -> s.callPublic("bank", "deposit", List.of(Cl.uint(0)), "wallet_1"));
        assertThat(steps.lines()).containsSubsequence(
                "          asserts!: fails, returns early",
                "          (err u1) => (err u1)",
                "        (asserts! false (err u1)) => short return (err u1)",
                "    bank.add returned (err u1)");
        assertThat(steps.of(Step.Kind.SHORT_RETURN)).singleElement().extracting(Step::value).isEqualTo(Cl.err(Cl.uint(1)));
    }

    @Test
    void branchesShowTheArmTakenAndWhatWasSkipped() {
        Simnet s = bank();
        Steps some = s.steps(() -> s.callReadOnly("bank", "choose", List.of(Cl.some(Cl.uint(1)), Cl.bool(false),
                Cl.bool(true)), "wallet_1"));
        assertThat(some.of(Step.Kind.BRANCH)).extracting(Step::text).containsExactly(
                "match: some, skipped (or a b)", "and: argument 1 of 2 decided, skipped 1");
        assertThat(some.of(Step.Kind.BIND)).extracting(Step::text).containsExactly("v = u1");
        Steps none = s.steps(() -> s.callReadOnly("bank", "choose", List.of(Cl.none(), Cl.bool(false),
                Cl.bool(false)), "wallet_1"));
        assertThat(none.of(Step.Kind.BRANCH)).extracting(Step::text).containsExactly(
                "match: none, skipped (and a b)", "or: no argument decided, all 2 evaluated");
        Steps ifs = s.steps(() -> s.execute("(if (> 2 1) \"yes\" \"no\")"));
        assertThat(ifs.lines()).containsExactly(
                "  (> 2 1) => true",
                "  if: took then, skipped \"no\"",
                "(if true \"yes\" \"no\") => \"yes\"");
    }

    @Test
    void aRuntimeErrorIsShownAtItsStepAndKept() {
        Simnet s = bank();
        Steps steps = s.steps(() -> s.callPublic("bank", "boom", List.of(Cl.uint(1)), "wallet_1"));
        assertThat(steps.of(Step.Kind.ERROR)).singleElement().satisfies(e -> {
            assertThat(e.text()).startsWith("(- u0 u1) !! ArithmeticUnderflow");
            assertThat(e.place()).isEqualTo("bank:12:36");
        });
        assertThat(steps.lines()).last().isEqualTo("bank.boom failed");
        assertThat(steps.error()).get().extracting(e -> e.kind()).isEqualTo(RuntimeErrorKind.ArithmeticUnderflow);
    }

    @Test
    void longValuesAreAbbreviated() {
        Simnet s = bank();
        Steps steps = s.steps(() -> s.callReadOnly("bank", "long", List.of(), "wallet_1"));
        String line = steps.of(Step.Kind.VALUE).get(0).text();
        assertThat(line).isEqualTo("(concat 0x0102030405060708090a0b0c0d0e0f "
                + "0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d...) "
                + "=> 0x0102030405060708090a0b0c0d0e0f0102030405060708090a0b0c0d0e...");
    }
}

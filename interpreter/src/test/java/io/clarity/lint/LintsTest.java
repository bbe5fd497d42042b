package io.clarity.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Deployment;
import io.clarity.Simnet;
import io.clarity.chain.DeployedContract;
import io.clarity.version.Epoch;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each lint on a contract where it fires and on one where it must not. Every contract here
 * deploys (lints only see contracts that pass analysis); a finding is written
 * {@code name line:column message}.
 */
class LintsTest {

    /** Deployed first, for the trait rows. */
    private static final String TRAITS = "(define-trait getter ((get-n () (response uint uint))))";

    /** The findings of {@code lint} alone on {@code source}. */
    static List<String> lint(Lint lint, String source) {
        return findings(LintSettings.none().with(lint, Level.WARNING), source);
    }

    static List<String> findings(LintSettings settings, String source) {
        Simnet simnet = Simnet.inEpoch(Epoch.of("3.2"));
        simnet.deploy("traits", TRAITS);
        Deployment d = simnet.deploy("c", source);
        DeployedContract c = simnet.contract(d.contract());
        return Linter.run(c.definitions(), c.source(), settings).stream()
                .map(f -> (f.name() == null ? "-" : f.name()) + " " + f.span().start() + " " + f.message()).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            unused_const      | (define-constant A u1) (define-read-only (f) u2)                                 | unused_const 1:1 constant `A` never used
            unused_const      | (define-constant A u1) (define-read-only (f) A)                                  |
            unused_const      | (define-constant A u1) (define-constant B (+ A u1)) (define-read-only (f) B)     |
            unused_const      | (define-read-only (f) A) (define-constant A u1)                                  |
            unused_const      | (define-constant A u1) (define-private (g) A) (define-read-only (f) u2)          |
            unused_const      | (define-constant A_ u1) (define-read-only (f) u2)                                |
            unused_const      | (define-constant a u1) (define-read-only (f) {a: u2})                            | unused_const 1:1 constant `a` never used
            unused_data_var   | (define-data-var v uint u0) (define-read-only (f) u1)                            | unused_data_var 1:1 data variable `v` never used
            unused_data_var   | (define-data-var v uint u0) (define-read-only (f) (var-get v))                   | unused_data_var 1:1 data variable `v` never modified
            unused_data_var   | (define-data-var v uint u0) (define-public (f) (ok (var-set v u1)))              | unused_data_var 1:1 data variable `v` never read
            unused_data_var   | (define-data-var v uint u0) (define-public (f) (ok (var-set v (+ (var-get v) u1)))) |
            unused_map        | (define-map m uint uint) (define-read-only (f) u1)                               | unused_map 1:1 map `m` never used
            unused_map        | (define-map m uint uint) (define-read-only (f) (map-get? m u1))                  | unused_map 1:1 map `m` is read from but never written to
            unused_map        | (define-map m uint uint) (define-public (f) (ok (map-set m u1 u2)))              | unused_map 1:1 map `m` never read from
            unused_map        | (define-map m uint uint) (define-public (f) (ok (map-insert m u1 u2)))           |
            unused_map        | (define-map m uint uint) (define-public (f) (ok (map-set m u1 (default-to u0 (map-get? m u1))))) |
            unused_map        | (define-map m uint uint) (define-public (f) (begin (map-set m u1 u2) (ok (map-delete m u1)))) |
            unused_private_fn | (define-private (g) u1) (define-read-only (f) u2)                                | unused_private_fn 1:1 private function `g` is never used
            unused_private_fn | (define-private (g) u1) (define-read-only (f) (g))                               |
            unused_private_fn | (define-private (g (x uint)) (+ x u1)) (define-read-only (f) (map g (list u1)))  |
            unused_private_fn | (define-private (g (x uint) (a uint)) (+ x a)) (define-read-only (f) (fold g (list u1) u0)) |
            unused_private_fn | (define-private (g_) u1) (define-read-only (f) u2)                               |
            unused_token      | (define-fungible-token t) (define-read-only (f) (ft-get-supply t))               | unused_token 1:1 fungible token `t` never used
            unused_token      | (define-non-fungible-token n uint) (define-read-only (f) u1)                     | unused_token 1:1 non-fungible token `n` never used
            unused_token      | (define-fungible-token t) (define-public (f) (ft-mint? t u1 tx-sender))          |
            unused_token      | (define-non-fungible-token n uint) (define-public (f) (nft-mint? n u1 tx-sender)) |
            unused_trait      | (use-trait g .traits.getter) (define-read-only (f) u1)                           | unused_trait 1:1 imported trait `g` is never used
            unused_trait      | (use-trait g .traits.getter) (define-private (h (x <g>)) u1) (define-public (f) (ok u1)) | unused_trait 1:1 imported trait `g` only appears in private functions, so cannot be used
            unused_trait      | (use-trait g .traits.getter) (define-public (f (x <g>)) (contract-call? x get-n)) |
            unused_binding    | (define-read-only (f (x uint)) u1)                                               | unused_binding 1:23 function parameter `x` is never used
            unused_binding    | (define-read-only (f (x uint)) (let ((y x)) u1))                                 | unused_binding 1:39 `let` binding `y` is never used
            unused_binding    | (define-read-only (f (x uint)) (let ((y x)) y))                                  |
            unused_binding    | (define-read-only (f (x_ uint) (y_ uint)) u1)                                      |
            unused_binding    | (define-read-only (f (x uint)) {x: u1})                                          | unused_binding 1:23 function parameter `x` is never used
            unused_binding    | (define-read-only (f (x (optional uint))) (match x v v u0))                      |
            noop              | (define-read-only (f (x uint)) (+ x))                                            | noop 1:32 `+` with fewer than 2 operands has no effect
            noop              | (define-read-only (f (x uint)) (+ x u0))                                         | noop 1:32 adding zero has no effect
            noop              | (define-read-only (f (x int)) (+ x 1 -1))                                        | noop 1:31 adding zero has no effect
            noop              | (define-read-only (f (x uint)) (- x u0))                                         | noop 1:32 subtracting zero has no effect
            noop              | (define-read-only (f (x uint)) (* x u1))                                         | noop 1:32 multiplying by one has no effect
            noop              | (define-read-only (f (x uint)) (* x u0))                                         | noop 1:32 multiplying by zero always evaluates to `u0`
            noop              | (define-read-only (f (x uint)) (/ x u1))                                         | noop 1:32 dividing by one has no effect
            noop              | (define-read-only (f (x uint)) (/ u0 x))                                         | noop 1:32 dividing zero always evaluates to `u0`
            noop              | (define-read-only (f (x bool)) (is-eq x true))                                   | noop 1:32 comparing with `true` is unnecessary
            noop              | (define-read-only (f (x bool)) (is-eq x false))                                  | noop 1:32 comparing with `false` is unnecessary, use `not` instead
            noop              | (define-read-only (f (x bool)) (not (not x)))                                    | noop 1:32 double negation is unnecessary
            noop              | (define-read-only (f (x bool)) (and x))                                          | noop 1:32 `and` with fewer than 2 operands has no effect
            noop              | (define-read-only (f (x bool)) (or x true))                                      | noop 1:32 `or` with a `true` operand always evaluates to `true`
            noop              | (define-read-only (f (x bool)) (and x true))                                     | noop 1:32 `true` is the identity element for `and` and has no effect
            noop              | (define-read-only (f (x int)) (- x))                                             |
            noop              | (define-read-only (f (x uint)) (+ x u1))                                         |
            noop              | (define-read-only (f (x bool) (y bool)) (and x y))                               |
            noop              | (define-read-only (f (x uint)) (sqrti x))                                        |
            """)
    void firesOrNot(String name, String source, String expected) {
        Lint lint = Lint.named(name);
        assertThat(lint(lint, source)).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void allowAnnotationOnTheLineAboveSilencesALint() {
        String source = """
                ;; #[allow(unused_const)]
                (define-constant A u1)
                (define-constant B u2)
                (define-read-only (f)
                  ;; #[allow(noop)]
                  (+ u1))
                """;
        assertThat(findings(LintSettings.projectDefaults(), source))
                .containsExactly("unused_const 3:1 constant `B` never used");
    }

    @Test
    void aMalformedAnnotationIsAWarningWithoutAName() {
        String source = """
                ;; #[allow(no_such_lint)]
                (define-read-only (f) u1) ;; #[allow(noop)]
                """;
        assertThat(findings(LintSettings.none(), source)).containsExactly(
                "- 1:4 unknown warning kind 'no_such_lint' in 'allow' annotation",
                "- 2:27 annotation at end of line will be ignored");
    }

    @Test
    void aSimnetOnlyPrivateFunctionIsNotUnused() {
        String source = """
                ;; #[env(simnet)]
                (define-private (test-helper) u1)
                (define-read-only (f) u2)
                """;
        assertThat(lint(Lint.UNUSED_PRIVATE_FN, source)).isEmpty();
    }

    @Test
    void levelsAndGroupsAreClarinets() {
        LintSettings defaults = LintSettings.projectDefaults();
        assertThat(defaults.lints()).hasSize(Lint.values().length).containsValue(Level.WARNING).doesNotContainValue(Level.NOTE);
        assertThat(defaults.checkChecker()).isFalse();
        assertThat(LintSettings.fileDefaults().checkChecker()).isTrue();
        assertThat(defaults.with(LintGroup.UNUSED, null).lints()).containsOnlyKeys(Lint.NOOP);
        assertThat(defaults.with(Lint.UNUSED_CONST, Level.ERROR).level(Lint.UNUSED_CONST)).isEqualTo(Level.ERROR);
        assertThat(new CheckCheckerSettings(true, true, true, true)).isEqualTo(new CheckCheckerSettings(true, false, false, false));
    }
}

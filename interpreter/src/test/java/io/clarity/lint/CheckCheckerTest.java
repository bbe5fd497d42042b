package io.clarity.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Deployment;
import io.clarity.Simnet;
import io.clarity.chain.DeployedContract;
import io.clarity.version.Epoch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check_checker pass: where untrusted input is reported, where a check makes it trusted,
 * and its options and annotations. A finding is written {@code line:column <- sources}.
 */
class CheckCheckerTest {

    private static final String HEADER = """
            (define-data-var v uint u0)
            (define-map m principal uint)
            (define-fungible-token tok)
            """;

    private static List<String> check(CheckCheckerSettings settings, String body) {
        Simnet simnet = Simnet.inEpoch(Epoch.of("3.2"));
        Deployment d = simnet.deploy("c", HEADER + body);
        DeployedContract c = simnet.contract(d.contract());
        LintSettings s = LintSettings.none().withCheckChecker(true).withCheckCheckerSettings(settings);
        return Linter.run(c.definitions(), c.source(), s).stream()
                .map(f -> {
                    assertThat(f.name()).isEqualTo("unchecked_data");
                    assertThat(f.message()).isEqualTo("use of potentially unchecked data");
                    return f.span().start() + " <- " + String.join(",", f.sources().stream().map(x -> x.start()).toList());
                })
                .toList();
    }

    private static List<String> check(String body) {
        return check(CheckCheckerSettings.DEFAULT, body);
    }

    @Test
    void aParameterWrittenUncheckedIsReportedWithItsSource() {
        assertThat(check("(define-public (f (amount uint)) (ok (var-set v amount)))"))
                .containsExactly("4:49 <- 4:20");
    }

    @Test
    void whatIsComputedFromItToo() {
        assertThat(check("(define-public (f (amount uint)) (let ((x (+ amount u1))) (ok (var-set v x))))"))
                .containsExactly("4:74 <- 4:20");
    }

    @Test
    void anAssertionChecksItEvenAfterTheWrite() {
        assertThat(check("(define-public (f (amount uint)) (begin (asserts! (< amount u10) (err u1)) (ok (var-set v amount))))"))
                .isEmpty();
        assertThat(check("(define-public (f (amount uint)) (begin (var-set v amount) (asserts! (< amount u10) (err u1)) (ok true)))"))
                .isEmpty();
    }

    @Test
    void anIfConditionChecksWhatFollowsOnly() {
        assertThat(check("(define-public (f (amount uint)) (ok (if (< amount u10) (var-set v amount) false)))")).isEmpty();
        assertThat(check("(define-public (f (amount uint)) (begin (var-set v amount) (ok (if (< amount u10) true false))))"))
                .containsExactly("4:52 <- 4:20");
    }

    @Test
    void theSendersOwnAssetsMayMoveUnchecked() {
        assertThat(check("(define-public (f (amount uint)) (stx-transfer? amount tx-sender (as-contract tx-sender)))")).isEmpty();
        assertThat(check("(define-public (f (amount uint)) (as-contract (stx-transfer? amount tx-sender 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)))"))
                .containsExactly("4:62 <- 4:20");
        assertThat(check("(define-public (f (amount uint) (to principal)) (ft-mint? tok amount to))"))
                .containsExactly("4:63 <- 4:20", "4:70 <- 4:34");
    }

    @Test
    void mapWritesAreCheckedFieldByFieldAndBoolsAreTrusted() {
        assertThat(check("(define-public (f (who principal)) (ok (and (is-eq who tx-sender) (map-set m who u1))))"))
                .isEmpty();
        assertThat(check("(define-private (g (x bool)) x) (define-public (f (flag bool)) (ok (g flag)))")).isEmpty();
        assertThat(check("(define-public (f (who principal) (n uint)) (ok (map-set m tx-sender n)))"))
                .containsExactly("4:70 <- 4:36");
        assertThat(check("(define-public (f (n uint)) (ok (var-set v (get a {a: n}))))"))
                .containsExactly("4:44 <- 4:20");
    }

    @Test
    void annotationsAllowAndFilter() {
        assertThat(check("""
                (define-public (f (amount uint))
                  ;; #[allow(unchecked_data)]
                  (ok (var-set v amount)))
                """)).isEmpty();
        assertThat(check("""
                (define-public (f (amount uint) (n uint))
                  (begin
                    ;; #[filter(amount)]
                    (print amount)
                    (ok (var-set v (+ amount n)))))
                """)).containsExactly("8:20 <- 4:34");
        assertThat(check("""
                (define-public (f (amount uint) (n uint))
                  (begin
                    ;; #[filter(*)]
                    (print amount)
                    (ok (var-set v (+ amount n)))))
                """)).isEmpty();
    }

    @Test
    void privateFunctionArgumentsMustBeCheckedUnlessItSaysOtherwise() {
        String callee = "(define-private (set (x uint)) (ok (var-set v x)))\n";
        assertThat(check(callee + "(define-public (f (amount uint)) (set amount))")).containsExactly("5:39 <- 5:20");
        assertThat(check(";; #[allow(unchecked_params)]\n" + callee + "(define-public (f (amount uint)) (set amount))"))
                .containsExactly("5:32 <- 5:23", "5:47 <- 5:23");
    }

    @Test
    void calleeFilterLetsAPrivateFunctionsCheckCount() {
        String body = """
                (define-private (valid (x uint)) (if (< x u10) (ok x) (err u1)))
                (define-public (f (amount uint)) (begin (try! (valid amount)) (ok (var-set v amount))))
                """;
        assertThat(check(body)).containsExactly("5:54 <- 5:20", "5:78 <- 5:20");
        assertThat(check(new CheckCheckerSettings(false, false, false, true), body)).isEmpty();
        String unchecked = """
                (define-private (log-it (x uint)) (begin (print x) x))
                (define-public (f (amount uint)) (begin (log-it amount) (ok (var-set v amount))))
                """;
        assertThat(check(new CheckCheckerSettings(false, false, false, true), unchecked))
                .containsExactly("4:35 <- 4:26", "5:49 <- 5:20", "5:72 <- 5:20");
    }

    @Test
    void trustedSenderTrustsEverythingAfterASenderCheck() {
        String body = """
                (define-constant owner tx-sender)
                (define-public (f (amount uint)) (begin (asserts! (is-eq tx-sender owner) (err u1)) (ok (var-set v amount))))
                """;
        assertThat(check(body)).containsExactly("5:100 <- 5:20");
        assertThat(check(new CheckCheckerSettings(false, true, false, false), body)).isEmpty();
        assertThat(check(new CheckCheckerSettings(true, true, false, false), body)).containsExactly("5:100 <- 5:20");
    }
}

package io.clarity.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.error.ClarityError;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each hint ({@code help:} under a diagnostic) fires on the mistake it is for, and stays away from
 * a neighbouring error that is not that mistake.
 */
class HintsTest {

    private static final String DEPLOYER = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";

    /** The hints of the error that deploying {@code source} raises, as one text ("" when none). */
    private static String hintsOfDeploy(String epoch, String source) {
        Simnet simnet = Simnet.inEpoch(Epoch.of(epoch));
        simnet.deploy("other", "(define-private (p) (ok u1)) (define-map m {id: uint} uint)");
        simnet.deploy("elsewhere", "(define-public (f) (ok u1))", null, "wallet_1");
        ClarityError e = catchThrowableOfType(() -> simnet.deploy("c", source), ClarityError.class);
        assertThat(e).as("deploying %s fails", source).isNotNull();
        return String.join("\n", e.help());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3.2 | (define-read-only (f) (+ u1 1))                              | 1 is an int; write u1 for a uint
            3.2 | (define-read-only (f) (- 1 u1))                              | u1 is a uint; write 1 for an int
            3.2 | (define-read-only (f) (- u1 -5))                             | -5 is a negative int; a uint cannot be negative
            3.3 | (define-public (a) (restrict-assets? tx-sender ((with-stx 1)) u1)) | 1 is an int; write u1 for a uint
            3.2 | (define-read-only (f) block-height)                          | block-height was removed in Clarity 3: use stacks-block-height
            3.3 | (define-read-only (f) block-height)                          | or tenure-height (the number of tenures
            3.2 | (define-read-only (f) (get-block-info? time u1))             | use get-stacks-block-info? (id-header-hash, header-hash, time) for a Stacks block, or get-tenure-info?
            3.3 | (define-public (f) (as-contract (ok u1)))                    | as-contract was removed in Clarity 4: use (as-contract? ((with-stx u100)) body)
            3.2 | (define-public (f) (contract-call? .other p))                | p is private in other (define-private)
            3.2 | (define-public (f) u1)                                       | wrap the result as (ok value)
            3.2 | (define-public (f) (begin (stx-burn? u1 tx-sender) (ok u1))) | (try! expr) passes an err on to the caller
            3.2 | (define-data-var v uint u0) (define-read-only (f) (begin (var-set v u1) u1)) | a function that writes must be define-public
            3.2 | (define-map m {id: uint} uint) (define-read-only (f) (map-get? m u1))   | map m takes keys of type {id: uint} and values of type uint
            3.2 | (define-map m uint {a: int}) (define-public (f) (ok (map-set m u1 u2))) | map m takes keys of type uint and values of type {a: int}
            3.2 | (define-read-only (f) (is-eq tx-sender ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)) | a principal literal starts with a quote: write 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5
            3.2 | (define-read-only (f) (stx-get-balance other))               | to name the contract other as a principal, write .other
            3.2 | (define-read-only (f) (stx-get-balance elsewhere))           | write its full id 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.elsewhere
            3.2 | (define-read-only (f) (sha256 "abc"))                        | a string is not a buffer: a buffer is written in hex, 0x616263 for the bytes of "abc"
            3.2 | (define-read-only (g (b (buff 2))) b) (define-read-only (f) (g "hi")) | 0x6869 for the bytes of "hi"
            3.2 | (define-read-only (f) (to-ascii? u1))                        | to-ascii? arrived in Clarity 4 and this contract is Clarity 3: deploy it with clarity-version 4 (epoch 3.3 or later)
            2.5 | (define-read-only (f) stacks-block-height)                   | stacks-block-height arrived in Clarity 3 and this contract is Clarity 2
            3.2 | (define-public (f) (contract-call? .elsewhere f))            | .elsewhere names ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.elsewhere, a contract of this contract's own deployer; the contract elsewhere on this chain was deployed by another sender: write its full id 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.elsewhere
            """)
    void aHintFiresOnTheMistakeItIsFor(String epoch, String source, String hint) {
        assertThat(hintsOfDeploy(epoch, source)).contains(hint);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3.2 | (define-read-only (f (a int)) (+ u1 a))
            3.2 | (define-read-only (f) blok-height)
            3.2 | (define-read-only (f) (get-blok-info? time u1))
            3.2 | (define-public (f) (contract-call? .other nothing))
            3.2 | (define-public (f) (contract-call? .nowhere f))
            3.2 | (define-public (f) (if true (ok u1) (ok 1)))
            3.2 | (define-read-only (f) (is-eq tx-sender counter))
            3.2 | (define-read-only (f) (sha256 true))
            3.2 | (define-read-only (f) (+ (len (list u1)) (to-int u1)))
            """)
    void noHintWhereTheMistakeIsAnother(String epoch, String source) {
        assertThat(hintsOfDeploy(epoch, source)).isEmpty();
    }

    @Test
    void removedNamesDeployWhereTheyStillExist() {
        assertThatCode(() -> Simnet.inEpoch(Epoch.of("2.5")).deploy("c",
                "(define-read-only (f) block-height) (define-read-only (g) (get-block-info? time u1))")).doesNotThrowAnyException();
        assertThatCode(() -> Simnet.inEpoch(Epoch.of("3.2")).deploy("c", "(define-public (f) (as-contract (ok u1)))"))
                .doesNotThrowAnyException();
    }

    private static ClarityError call(String function, List<Value> args) {
        Simnet simnet = new Simnet();
        simnet.deploy("c", "(define-public (add (n uint)) (ok n)) (define-private (p) (ok u1)) (define-read-only (r) u1)"
                + " (define-public (b (x (buff 3))) (ok x)) (define-public (i (n int)) (ok n))");
        return catchThrowableOfType(() -> simnet.callPublic("c", function, args, DEPLOYER), ClarityError.class);
    }

    @Test
    void aTransactionsArgumentsGetTheLiteralHints() {
        assertThat(call("add", List.of(Cl.integer(5))).help()).containsExactly("argument 1 of add: 5 is an int; write u5 for a uint");
        assertThat(call("i", List.of(Cl.uint(5))).help())
                .containsExactly("argument 1 of i: u5 is a uint; write 5 for an int (or convert with to-int)");
        assertThat(call("b", List.of(Cl.ascii("abc"))).help())
                .containsExactly("argument 1 of b: a string is not a buffer: a buffer is written in hex, 0x616263 for the bytes of \"abc\"");
        assertThat(call("b", List.of(Cl.uint(5))).help()).isEmpty();
    }

    @Test
    void aPrivateFunctionCalledFromOutsideSaysSoButAReadOnlyOneSaysReadIt() {
        assertThat(call("p", List.of()).help()).singleElement().asString().startsWith("p is private (define-private): "
                + "no transaction can call it");
        assertThat(call("r", List.of()).help()).singleElement().asString().startsWith("r is read-only: read it instead")
                .doesNotContain("private");
        assertThat(call("add", List.of()).help()).isEmpty();
    }

    @Test
    void theLibrarysMessageCarriesTheHint() {
        assertThat(call("add", List.of(Cl.integer(5))).toString()).contains("\n  = help: argument 1 of add: 5 is an int; write u5")
                .endsWith("\n  = see: clarity explain TypeValueError");
        assertThat(call("add", List.of(Cl.integer(5))).describe()).doesNotContain("help");
    }

    @Test
    void aVersionAskedForStaysTheVersionNamed() {
        Simnet simnet = Simnet.inEpoch(Epoch.of("3.3"));
        ClarityError e = catchThrowableOfType(() -> simnet.deploy("c", "(define-read-only (f) block-height)",
                ClarityVersion.CLARITY4, DEPLOYER), ClarityError.class);
        assertThat(e.help()).singleElement().asString().startsWith("block-height was removed in Clarity 3");
    }
}

package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.support.Snippets;
import io.clarity.version.Epoch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Clarity 4 asset guards, one row per case: epoch | snippet | printed result, or !ErrorKind.
 * The snippet runs as the deployer with a fungible token {@code g} (1000 minted to the deployer)
 * and a non-fungible token {@code n} (ids 1 to 3 minted to the deployer). Expectations follow the
 * reference's post_conditions.rs and were checked against the oracle.
 */
class PostConditionsTest {

    private static final String SETUP = "(define-fungible-token g) (define-non-fungible-token n uint) "
            + "(ft-mint? g u1000 tx-sender) (nft-mint? n u1 tx-sender) (nft-mint? n u2 tx-sender) "
            + "(nft-mint? n u3 tx-sender) ";
    private static final String W1 = "'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5";

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3.3 | (restrict-assets? tx-sender () u1)                                                             | (ok u1)
            3.3 | (restrict-assets? tx-sender () (unwrap-panic (stx-transfer? u1 tx-sender W1)))                 | (err u128)
            3.3 | (restrict-assets? tx-sender ((with-stx u5)) (unwrap-panic (stx-transfer? u5 tx-sender W1)))    | (ok true)
            3.3 | (restrict-assets? tx-sender ((with-stx u5)) (unwrap-panic (stx-transfer? u6 tx-sender W1)))    | (err u0)
            3.3 | (restrict-assets? tx-sender ((with-stx u5)) (unwrap-panic (stx-transfer? u6 tx-sender W1))) (stx-get-balance W1) | u100000000000000
            3.3 | (restrict-assets? tx-sender ((with-stx u9) (with-stx u5)) (unwrap-panic (stx-transfer? u6 tx-sender W1))) | (err u1)
            3.3 | (restrict-assets? tx-sender ((with-stx u5)) (unwrap-panic (stx-burn? u6 tx-sender)))           | (err u0)
            3.3 | (restrict-assets? tx-sender ((with-stx u9)) (unwrap-panic (stx-burn? u6 tx-sender)) (unwrap-panic (stx-transfer? u6 tx-sender W1))) | !Internal
            3.4 | (restrict-assets? tx-sender ((with-stx u9)) (unwrap-panic (stx-burn? u6 tx-sender)) (unwrap-panic (stx-transfer? u6 tx-sender W1))) | (err u0)
            3.4 | (restrict-assets? tx-sender ((with-stx u20) (with-stx u9)) (unwrap-panic (stx-burn? u6 tx-sender)) (unwrap-panic (stx-transfer? u6 tx-sender W1))) | (err u1)
            3.3 | (restrict-assets? tx-sender ((with-stx u9) (with-ft current-contract "g" u0)) (unwrap-panic (stx-burn? u6 tx-sender)) (unwrap-panic (stx-transfer? u6 tx-sender W1)) (unwrap-panic (ft-burn? g u1 tx-sender))) | (err u1)
            3.3 | (restrict-assets? W1 () (unwrap-panic (stx-transfer? u6 tx-sender W1)))                         | (ok true)
            3.3 | (restrict-assets? tx-sender ((with-ft current-contract "g" u10)) (unwrap-panic (ft-transfer? g u10 tx-sender W1))) | (ok true)
            3.3 | (restrict-assets? tx-sender ((with-ft current-contract "g" u10)) (unwrap-panic (ft-transfer? g u11 tx-sender W1))) | (err u0)
            3.3 | (restrict-assets? tx-sender ((with-ft current-contract "*" u10)) (unwrap-panic (ft-burn? g u11 tx-sender))) | (err u0)
            3.3 | (restrict-assets? tx-sender ((with-ft current-contract "*" u20) (with-ft current-contract "g" u10)) (unwrap-panic (ft-burn? g u11 tx-sender))) | (err u1)
            3.3 | (restrict-assets? tx-sender ((with-ft current-contract "other" u10)) (unwrap-panic (ft-burn? g u1 tx-sender))) | (err u128)
            3.3 | (restrict-assets? tx-sender ((with-ft current-contract "g" u10)) (unwrap-panic (ft-transfer? g u10 tx-sender W1)) (unwrap-panic (ft-transfer? g u10 W1 tx-sender))) | (ok true)
            3.3 | (restrict-assets? tx-sender ((with-ft current-contract "g" u10)) (unwrap-panic (ft-transfer? g u10 tx-sender W1)) (unwrap-panic (ft-transfer? g u10 W1 tx-sender)) (unwrap-panic (ft-transfer? g u1 tx-sender W1))) | (err u0)
            3.3 | (restrict-assets? tx-sender () (unwrap-panic (ft-mint? g u10 tx-sender)) (unwrap-panic (nft-mint? n u9 tx-sender))) | (ok true)
            3.3 | (restrict-assets? tx-sender ((with-nft current-contract "n" (list u1))) (unwrap-panic (nft-transfer? n u1 tx-sender W1))) | (ok true)
            3.3 | (restrict-assets? tx-sender ((with-nft current-contract "n" (list u1))) (unwrap-panic (nft-burn? n u2 tx-sender))) | (err u0)
            3.3 | (restrict-assets? tx-sender ((with-stx u1) (with-nft current-contract "n" (list u1)) (with-nft current-contract "n" (list u2))) (unwrap-panic (nft-burn? n u2 tx-sender))) | (ok true)
            3.3 | (restrict-assets? tx-sender ((with-stx u1) (with-nft current-contract "n" (list u1)) (with-nft current-contract "n" (list u2))) (unwrap-panic (nft-burn? n u3 tx-sender))) | (err u1)
            3.3 | (restrict-assets? tx-sender ((with-nft current-contract "*" (list u3))) (unwrap-panic (nft-burn? n u3 tx-sender))) | (ok true)
            3.3 | (restrict-assets? tx-sender ((with-nft current-contract "n" (list 3))) (unwrap-panic (nft-burn? n u3 tx-sender))) | (err u0)
            3.3 | (restrict-assets? tx-sender ((with-stacking u0)) (stx-get-balance tx-sender))                     | (ok u100000000000000)
            3.3 | (restrict-assets? tx-sender () (unwrap-panic (stx-transfer? u1 tx-sender W1)) (unwrap-panic (if true none (some u1)))) | (err u128)
            3.3 | (restrict-assets? tx-sender ((with-stx u1)) (unwrap-panic (stx-transfer? u1 tx-sender W1)) (unwrap-panic (if true none (some u1)))) | !UnwrapFailure
            3.3 | (restrict-assets? tx-sender ((with-ft tx-sender "g" u1)) u1)                                    | !ExpectedContractPrincipalValue
            3.3 | (restrict-assets? tx-sender ((with-ft current-contract "9g" u1)) u1)                           | !BadTokenName
            3.3 | (restrict-assets? tx-sender ((with-nft current-contract "" (list u1))) u1)                     | !BadTokenName
            3.3 | (is-eq (restrict-assets? tx-sender () u1) (ok u1))                                             | true
            3.3 | (as-contract? () tx-sender)                                                                    | (ok 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-0)
            3.3 | (as-contract? () contract-caller)                                                              | (ok 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-0)
            3.3 | (unwrap-panic (stx-transfer? u10 tx-sender current-contract)) (as-contract? ((with-stx u10)) (unwrap-panic (stx-transfer? u10 tx-sender W1))) | (ok true)
            3.3 | (unwrap-panic (stx-transfer? u10 tx-sender current-contract)) (as-contract? () (unwrap-panic (stx-transfer? u10 tx-sender W1))) | (err u128)
            3.3 | (unwrap-panic (stx-transfer? u10 tx-sender current-contract)) (as-contract? ((with-all-assets-unsafe)) (unwrap-panic (stx-transfer? u10 tx-sender W1))) | (ok true)
            3.3 | (restrict-assets? tx-sender ((with-stx u10)) (match (restrict-assets? tx-sender ((with-stx u5)) (unwrap-panic (stx-transfer? u6 tx-sender W1))) v u0 e e)) | (ok u0)
            3.3 | (restrict-assets? tx-sender ((with-stx u10)) (unwrap-panic (stx-transfer? u6 tx-sender W1)) (match (restrict-assets? tx-sender ((with-stx u5)) (unwrap-panic (stx-transfer? u5 tx-sender W1))) v u7 e e)) | (err u0)
            3.3 | (restrict-assets? tx-sender () (ok u1))                                                        | !UncheckedIntermediaryResponses
            3.3 | (restrict-assets? tx-sender () (ok u1) u2)                                                     | !UncheckedIntermediaryResponses
            3.3 | (restrict-assets? tx-sender ())                                                                | !RequiresAtLeastArguments
            3.3 | (as-contract? ())                                                                              | !RequiresAtLeastArguments
            3.3 | (restrict-assets? tx-sender tx-sender u1)                                                      | !ExpectedListOfAllowances
            3.3 | (as-contract? u1 u1)                                                                           | !ExpectedListOfAllowances
            3.3 | (restrict-assets? tx-sender (with-stx u1) u1)                                                  | !ExpectedListApplication
            3.3 | (restrict-assets? tx-sender (()) u1)                                                           | !NonFunctionApplication
            3.3 | (restrict-assets? tx-sender ((+ u1 u2)) u1)                                                    | !ExpectedAllowanceExpr
            3.3 | (restrict-assets? tx-sender ((with-all-assets-unsafe)) u1)                                     | !WithAllAllowanceNotAllowed
            3.3 | (as-contract? ((with-all-assets-unsafe) (with-stx u1)) u1)                                     | !WithAllAllowanceNotAlone
            3.3 | (as-contract? ((with-stx u1) (with-all-assets-unsafe)) u1)                                     | !WithAllAllowanceNotAlone
            3.3 | (as-contract? ((with-all-assets-unsafe u1)) u1)                                                | !IncorrectArgumentCount
            3.3 | (restrict-assets? tx-sender ((with-stx u1 u2)) u1)                                             | !IncorrectArgumentCount
            3.3 | (restrict-assets? tx-sender ((with-stx 1)) u1)                                                 | !TypeError
            3.3 | (restrict-assets? u1 () u1)                                                                    | !TypeError
            3.3 | (restrict-assets? tx-sender ((with-nft current-contract "n" u1)) u1)                           | !WithNftExpectedListOfIdentifiers
            3.3 | (with-stx u1)                                                                                  | !AllowanceExprNotAllowed
            3.3 | (with-all-assets-unsafe)                                                                       | !AllowanceExprNotAllowed
            3.3 | (restrict-assets? tx-sender ((with-pox)) u1)                                                   | !UnknownFunction
            3.2 | (restrict-assets? tx-sender () u1)                                                             | !UnknownFunction
            3.2 | (as-contract? () u1)                                                                           | !UnknownFunction
            """)
    void guards(String epoch, String snippet, String expected) {
        assertThat(Snippets.eval(Epoch.of(epoch), SETUP + snippet.replace("W1", W1))).isEqualTo(expected);
    }
}

package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.support.Snippets;
import io.clarity.version.Epoch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fungible and non-fungible tokens and the STX natives beyond transfer and balance, one row per
 * case: snippet | printed result, or !ErrorKind. Expectations follow the reference's assets.rs
 * and were checked against the oracle.
 */
class TokensTest {

    private static final String FT = "(define-fungible-token g u100) (define-fungible-token free) ";
    private static final String NFT = "(define-non-fungible-token n uint) (define-non-fungible-token s (string-ascii 5)) ";
    private static final String W1 = "'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (ft-mint? g u5 tx-sender)                                           | (ok true)
            (ft-mint? g u0 tx-sender)                                           | (err u1)
            (ft-mint? g u100 tx-sender)                                         | (ok true)
            (ft-mint? g u101 tx-sender)                                         | !SupplyOverflow
            (ft-mint? free u340282366920938463463374607431768211455 tx-sender) (ft-mint? free u1 tx-sender) | !ArithmeticOverflow
            (ft-mint? g u60 tx-sender) (ft-mint? g u41 tx-sender)               | !SupplyOverflow
            (ft-mint? g u60 tx-sender) (ft-get-supply g)                        | u60
            (ft-mint? g u60 tx-sender) (ft-get-balance g tx-sender)             | u60
            (ft-get-balance g tx-sender)                                        | u0
            (ft-get-supply free)                                                | u0
            (ft-mint? g u10 tx-sender) (ft-transfer? g u0 tx-sender W1)         | (err u3)
            (ft-mint? g u10 tx-sender) (ft-transfer? g u0 tx-sender tx-sender)  | (err u3)
            (ft-mint? g u10 tx-sender) (ft-transfer? g u11 tx-sender tx-sender) | (err u2)
            (ft-mint? g u10 tx-sender) (ft-transfer? g u11 tx-sender W1)        | (err u1)
            (ft-mint? g u10 tx-sender) (ft-transfer? g u10 tx-sender W1)        | (ok true)
            (ft-mint? g u10 tx-sender) (ft-transfer? g u4 tx-sender W1) (ft-get-balance g W1) | u4
            (ft-mint? g u10 W1) (ft-transfer? g u4 W1 tx-sender)                | (ok true)
            (ft-mint? g u10 tx-sender) (ft-burn? g u0 tx-sender)                | (err u1)
            (ft-mint? g u10 tx-sender) (ft-burn? g u11 tx-sender)               | (err u1)
            (ft-mint? g u10 tx-sender) (ft-burn? g u4 tx-sender) (ft-get-supply g) | u6
            (ft-mint? g u100 tx-sender) (ft-burn? g u50 tx-sender) (ft-mint? g u50 tx-sender) | (ok true)
            (ft-mint? free u340282366920938463463374607431768211455 tx-sender) (ft-burn? free u340282366920938463463374607431768211455 tx-sender) (ft-mint? free u340282366920938463463374607431768211455 tx-sender) (ft-burn? free u340282366920938463463374607431768211455 tx-sender) | !ArithmeticOverflow
            (nft-mint? n u1 tx-sender)                                          | (ok true)
            (nft-mint? n u1 tx-sender) (nft-mint? n u1 W1)                      | (err u1)
            (nft-mint? n u1 tx-sender) (nft-get-owner? n u1)                    | (some 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)
            (nft-get-owner? n u1)                                               | none
            (nft-mint? n u1 tx-sender) (nft-transfer? n u1 tx-sender tx-sender) | (err u2)
            (nft-transfer? n u1 tx-sender tx-sender)                            | (err u2)
            (nft-transfer? n u1 tx-sender W1)                                   | (err u3)
            (nft-mint? n u1 W1) (nft-transfer? n u1 tx-sender W1)               | (err u1)
            (nft-mint? n u1 tx-sender) (nft-transfer? n u1 tx-sender W1) (nft-get-owner? n u1) | (some 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)
            (nft-burn? n u1 tx-sender)                                          | (err u3)
            (nft-mint? n u1 W1) (nft-burn? n u1 tx-sender)                      | (err u1)
            (nft-mint? n u1 tx-sender) (nft-burn? n u1 tx-sender) (nft-get-owner? n u1) | none
            (nft-mint? n u1 tx-sender) (nft-burn? n u1 tx-sender) (nft-mint? n u1 W1) | (ok true)
            (nft-mint? s "ab" tx-sender) (nft-get-owner? s "ab")                | (some 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)
            (nft-mint? s "abcdef" tx-sender)                                    | !TypeError
            (nft-mint? n 1 tx-sender)                                           | !TypeError
            (ft-mint? nope u1 tx-sender)                                        | !NoSuchFT
            (ft-mint? nope 1 tx-sender)                                         | !TypeError
            (ft-get-balance nope 1)                                             | !NoSuchFT
            (ft-get-supply n)                                                   | !NoSuchFT
            (nft-mint? g u1 tx-sender)                                          | !NoSuchNFT
            (nft-get-owner? nope 1)                                             | !NoSuchNFT
            (ft-get-supply "g")                                                 | !BadTokenName
            (nft-burn? u1 u1 tx-sender)                                         | !BadTokenName
            (ft-transfer? g u1 tx-sender)                                       | !IncorrectArgumentCount
            (nft-get-owner? n)                                                  | !IncorrectArgumentCount
            """)
    void tokens(String snippet, String expected) {
        assertThat(Snippets.eval(Epoch.E3_3, FT + NFT + snippet.replace("W1", W1))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (stx-account tx-sender)                                             | { locked: u0, unlock-height: u0, unlocked: u100000000000000 }
            (stx-account 'ST000000000000000000002AMW42H)                        | { locked: u0, unlock-height: u0, unlocked: u0 }
            (stx-account 1)                                                     | !TypeError
            (stx-burn? u10 tx-sender) (stx-account tx-sender)                   | { locked: u0, unlock-height: u0, unlocked: u99999999999990 }
            (stx-burn? u10 tx-sender) stx-liquid-supply                         | u999999999999990
            (stx-burn? u0 tx-sender)                                            | (err u3)
            (stx-burn? u0 W1)                                                   | (err u3)
            (stx-burn? u1 W1)                                                   | (err u4)
            (stx-burn? u100000000000001 tx-sender)                              | (err u1)
            (stx-burn? u100000000000000 tx-sender)                              | (ok true)
            (stx-burn? 1 tx-sender)                                             | !TypeError
            (stx-transfer-memo? u5 tx-sender W1 0x01)                           | (ok true)
            (stx-transfer-memo? u5 tx-sender W1 0x) (stx-get-balance W1)        | u100000000000005
            (stx-transfer-memo? u0 tx-sender tx-sender 0x)                      | (err u3)
            (stx-transfer-memo? u5 tx-sender tx-sender 0x)                      | (err u2)
            (stx-transfer-memo? u5 W1 tx-sender 0x)                             | (err u4)
            (stx-transfer-memo? u100000000000001 tx-sender W1 0x)               | (err u1)
            (stx-transfer-memo? u5 tx-sender W1 0x0102030405060708091011121314151617181920212223242526272829303132333435) | !TypeError
            (stx-transfer-memo? u5 tx-sender W1)                                | !IncorrectArgumentCount
            """)
    void stx(String snippet, String expected) {
        assertThat(Snippets.eval(Epoch.E3_3, snippet.replace("W1", W1))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (stx-account tx-sender)                                             | !UnknownFunction
            (stx-transfer-memo? u5 tx-sender tx-sender 0x)                      | !UnknownFunction
            (stx-burn? u5 tx-sender)                                            | (ok true)
            """)
    void clarity1(String snippet, String expected) {
        assertThat(Snippets.eval(Epoch.E2_05, snippet)).isEqualTo(expected);
    }
}

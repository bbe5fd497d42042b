package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Simnet;
import io.clarity.error.ClarityError;
import io.clarity.version.Epoch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keywords, evaluated at the epoch's default Clarity version: epoch | blocks mined first |
 * snippet | printed result, or !ErrorKind. A fresh chain starts in epoch 2.05 at height 0 and
 * entering an epoch from 3.0 adds a block.
 */
class KeywordsTest {

    @ParameterizedTest(name = "{0} +{1}: {2} = {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2.05 | 0 | stx-liquid-supply                 | u1000000000000000
            2.05 | 0 | is-in-regtest                     | false
            2.05 | 0 | is-in-mainnet                     | !UndefinedVariable
            2.05 | 0 | chain-id                          | !UndefinedVariable
            2.05 | 0 | tx-sponsor?                       | !UndefinedVariable
            2.05 | 3 | block-height                      | u3
            2.05 | 3 | burn-block-height                 | u2
            2.05 | 0 | burn-block-height                 | u0
            2.5  | 0 | chain-id                          | u2147483648
            2.5  | 0 | is-in-mainnet                     | false
            2.5  | 0 | tx-sponsor?                       | none
            2.5  | 0 | stacks-block-height               | !UndefinedVariable
            3.0  | 2 | block-height                      | !UndefinedVariable
            3.0  | 2 | stacks-block-height               | u3
            3.0  | 2 | tenure-height                     | u3
            3.0  | 2 | burn-block-height                 | u3
            3.0  | 2 | stacks-block-time                 | !UndefinedVariable
            3.2  | 0 | current-contract                  | !UndefinedVariable
            3.3  | 0 | current-contract                  | 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-0
            3.3  | 0 | (> stacks-block-time u1735689599) | true
            3.3  | 1 | (is-eq (some stacks-block-time) (get-stacks-block-info? time (- stacks-block-height u1))) | false
            3.4  | 0 | chain-id                          | u2147483648
            """)
    void keywords(String epoch, int mined, String snippet, String expected) {
        Simnet s = Simnet.inEpoch(Epoch.of(epoch));
        s.mineEmptyBlocks(mined);
        String actual;
        try {
            actual = s.execute(snippet).result().toString();
        } catch (ClarityError e) {
            actual = "!" + e.kind().name();
        }
        assertThat(actual).isEqualTo(expected);
    }

    /** The liquid supply counts the genesis balances; transfers move STX without changing it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (stx-transfer? u500 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5) | u1000000000000000
            (stx-transfer? u0 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)   | u1000000000000000
            """)
    void liquidSupply(String transfer, String expected) {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.execute(transfer);
        assertThat(s.execute("stx-liquid-supply").result().toString()).isEqualTo(expected);
    }
}

package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Simnet;
import io.clarity.error.ClarityError;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.version.Epoch;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Block information and at-block: epoch | blocks mined first | snippet | printed result, or
 * !ErrorKind. Each row runs on a fresh chain (which starts in epoch 2.05 at height 0; entering an
 * epoch from 3.0 adds a block); the hashes are the simnet's (SHA-512/256 of the height with a
 * marker byte), as the oracle shows them.
 */
class BlockInfoTest {

    @ParameterizedTest(name = "{0} +{1}: {2} = {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2.05 | 0 | (get-block-info? id-header-hash u0)       | none
            2.05 | 2 | (get-block-info? id-header-hash u0)       | (some 0xb5e076ab7609c7f8c763b5c571d07aea80b06b41452231b1437370f4964ed66e)
            2.05 | 2 | (get-block-info? header-hash u0)          | (some 0xb5e076ab7609c7f8c763b5c571d07aea80b06b41452231b1437370f4964ed66e)
            2.05 | 2 | (get-block-info? header-hash u1)          | (some 0x016bba1c55132a8aff8589a426ed83e12915495a215a4a0d6ae0dd1966e4b033)
            2.05 | 2 | (get-block-info? id-header-hash u1)       | (some 0xb36bba1c55132a8aff8589a426ed83e12915495a215a4a0d6ae0dd1966e4b033)
            2.05 | 2 | (get-block-info? burnchain-header-hash u1) | (some 0x026bba1c55132a8aff8589a426ed83e12915495a215a4a0d6ae0dd1966e4b033)
            2.05 | 2 | (get-block-info? vrf-seed u1)             | (some 0x046bba1c55132a8aff8589a426ed83e12915495a215a4a0d6ae0dd1966e4b033)
            2.05 | 2 | (get-block-info? miner-address u0)        | (some 'ST000000000000000000002AMW42H)
            2.05 | 2 | (get-block-info? miner-address u1)        | (some 'SP000000000000000000002Q6VF78)
            2.05 | 2 | (get-block-info? time u2)                 | none
            2.05 | 2 | (get-block-info? time u4294967296)        | none
            2.05 | 2 | (> (unwrap-panic (get-block-info? time u1)) (unwrap-panic (get-block-info? time u0))) | true
            2.05 | 2 | (get-block-info? miner-spend-total u1)    | !NoSuchBlockInfoProperty
            2.05 | 2 | (get-block-info? time 1)                  | !TypeError
            2.05 | 2 | (get-block-info? time u0 u1)              | !IncorrectArgumentCount
            2.5  | 2 | (get-block-info? miner-spend-total u1)    | (some u2000)
            2.5  | 2 | (get-block-info? miner-spend-winner u0)   | (some u0)
            2.5  | 2 | (get-block-info? miner-spend-winner u1)   | !Internal
            2.5  | 2 | (get-block-info? block-reward u1)         | none
            2.5  | 103 | (get-block-info? block-reward u1)       | (some u5000)
            2.5  | 103 | (get-block-info? block-reward u2)       | none
            2.5  | 2 | (get-burn-block-info? header-hash u2)     | (some 0x02ca897b77927c7cb957d07f93b8523579f60eb7bc1fa5f96c0a5a9fc91c44b4)
            2.5  | 2 | (get-burn-block-info? header-hash u3)     | none
            2.5  | 2 | (get-burn-block-info? pox-addrs u1)       | (some { addrs: (list), payout: u0 })
            2.5  | 2 | (get-burn-block-info? vrf-seed u1)        | !NoSuchBlockInfoProperty
            3.2  | 0 | (get-stacks-block-info? id-header-hash u0) | (some 0xb5e076ab7609c7f8c763b5c571d07aea80b06b41452231b1437370f4964ed66e)
            3.2  | 0 | (get-stacks-block-info? header-hash u1)   | none
            3.2  | 2 | (get-stacks-block-info? header-hash u1)   | (some 0x016bba1c55132a8aff8589a426ed83e12915495a215a4a0d6ae0dd1966e4b033)
            3.2  | 2 | (get-stacks-block-info? vrf-seed u1)      | !NoSuchStacksBlockInfoProperty
            3.2  | 2 | (get-tenure-info? vrf-seed u2)            | (some 0x04ca897b77927c7cb957d07f93b8523579f60eb7bc1fa5f96c0a5a9fc91c44b4)
            3.2  | 2 | (get-tenure-info? miner-spend-total u0)   | (some u0)
            3.2  | 2 | (get-tenure-info? miner-spend-winner u2)  | !Internal
            3.2  | 2 | (get-tenure-info? header-hash u1)         | !NoSuchTenureInfoProperty
            3.2  | 2 | (>= (unwrap-panic (get-stacks-block-info? time u2)) (unwrap-panic (get-tenure-info? time u2))) | true
            3.2  | 2 | (get-block-info? time u1)                 | !UnknownFunction
            """)
    void blockInfo(String epoch, int mined, String snippet, String expected) {
        assertThat(run(epoch, mined, snippet)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} +{1}: {2} = {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2.5 | 3 | (at-block (unwrap-panic (get-block-info? id-header-hash u1)) block-height) | u1
            2.5 | 3 | (at-block (unwrap-panic (get-block-info? id-header-hash u2)) burn-block-height) | u1
            2.5 | 3 | (at-block (unwrap-panic (get-block-info? id-header-hash u2)) (get-block-info? id-header-hash u2)) | none
            2.5 | 3 | (at-block 0x0000000000000000000000000000000000000000000000000000000000000000 block-height) | u4294967295
            2.5 | 3 | (at-block 0x00 u1)                          | !BadBlockHash
            2.5 | 3 | (at-block u1 u1)                            | !TypeError
            3.2 | 3 | (at-block (unwrap-panic (get-stacks-block-info? id-header-hash u2)) stacks-block-height) | u2
            3.2 | 3 | (at-block (unwrap-panic (get-stacks-block-info? id-header-hash u0)) tenure-height) | !Internal
            3.4 | 3 | (at-block 0x0000000000000000000000000000000000000000000000000000000000000000 u1) | !UnknownFunction
            """)
    void atBlock(String epoch, int mined, String snippet, String expected) {
        assertThat(run(epoch, mined, snippet)).isEqualTo(expected);
    }

    /** at-block reads the state of its block: later writes, and those in progress, are not seen. */
    @ParameterizedTest(name = "at block {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | u0
            2 | u5
            3 | u5
            4 | u7
            """)
    void atBlockHistory(int block, String expected) {
        Simnet s = Simnet.inEpoch(Epoch.E2_5);
        s.deploy("history", """
                (define-data-var level uint u0)
                (define-public (set-level (x uint)) (ok (var-set level x)))
                (define-public (level-at (h uint))
                  (begin (var-set level u99) (ok (at-block (unwrap-panic (get-block-info? id-header-hash h)) (var-get level)))))
                """, null, s.deployer());
        ContractPrincipalValue id = new ContractPrincipalValue(s.deployer(), "history");
        s.callPublic(id, "set-level", List.of(UIntValue.of(5)), s.deployer());
        s.mineEmptyBlocks(1);
        s.callPublic(id, "set-level", List.of(UIntValue.of(7)), s.deployer());
        String actual = s.callPublic(id, "level-at", List.of(UIntValue.of(block)), s.deployer())
                .result().toString();
        assertThat(actual).isEqualTo("(ok " + expected + ")");
    }

    /** A chain restored from a snapshot keeps the history at-block reads. */
    @ParameterizedTest(name = "at block {0} after a restore: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | u0
            2 | u5
            3 | u6
            """)
    void atBlockAfterRestore(int block, String expected) {
        Simnet s = Simnet.inEpoch(Epoch.E2_5);
        s.deploy("history", """
                (define-data-var level uint u0)
                (define-public (set-level (x uint)) (ok (var-set level x)))
                (define-read-only (level-at (h uint)) (at-block (unwrap-panic (get-block-info? id-header-hash h)) (var-get level)))
                """, null, s.deployer());
        ContractPrincipalValue id = new ContractPrincipalValue(s.deployer(), "history");
        s.callPublic(id, "set-level", List.of(UIntValue.of(5)), s.deployer());
        s.callPublic(id, "set-level", List.of(UIntValue.of(6)), s.deployer());
        Simnet restored = Simnet.from(s.snapshot());
        restored.callPublic(id, "set-level", List.of(UIntValue.of(7)), restored.deployer());
        String actual = restored.callReadOnly(id, "level-at", List.of(UIntValue.of(block)), restored.deployer()).result().toString();
        assertThat(actual).isEqualTo(expected);
        // the original chain is at block 3, whose own information it cannot read yet
        if (block < 3) {
            assertThat(s.callReadOnly(id, "level-at", List.of(UIntValue.of(block)), s.deployer()).result().toString())
                    .isEqualTo(expected);
        }
    }

    private static String run(String epoch, int mined, String snippet) {
        Simnet s = Simnet.inEpoch(Epoch.of(epoch));
        s.mineEmptyBlocks(mined);
        try {
            return s.execute(snippet).result().toString();
        } catch (ClarityError e) {
            return "!" + e.kind().name();
        }
    }
}

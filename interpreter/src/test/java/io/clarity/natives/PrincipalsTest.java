package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Simnet;
import io.clarity.support.Snippets;
import io.clarity.version.Epoch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Principals on the simulated testnet, one row per case: snippet | printed result, or
 * !ErrorKind. Expectations recorded from the oracle.
 */
class PrincipalsTest {

    private static final String HASH = "0x6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (is-standard 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)              | true
            (is-standard 'SP000000000000000000002Q6VF78)                          | false
            (is-standard 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.foo)          | true
            (is-standard 'SN1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSTT4NB7A)              | true
            (is-standard 'SZ1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSV4GA553)              | false
            (is-standard 0x00)                                                    | !TypeError
            (principal-destruct? 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)      | (ok { hash-bytes: HASH, name: none, version: 0x1a })
            (principal-destruct? 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.foo)  | (ok { hash-bytes: HASH, name: (some "foo"), version: 0x1a })
            (principal-destruct? 'SP3X6QWWETNBZWGBK6DRGTR1KX50S74D3433WDGJY)      | (err { hash-bytes: 0xfa6bf38ed557fe417333710d6033e9419391a320, name: none, version: 0x16 })
            (principal-destruct? 1)                                               | !TypeError
            (principal-construct? 0x1a HASH)                                      | (ok 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)
            (principal-construct? 0x15 HASH "foo")                                | (ok 'SN1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSTT4NB7A.foo)
            (principal-construct? 0x16 HASH)                                      | (err { error_code: u0, value: (some 'SP1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRCBGD7R) })
            (principal-construct? 0x1f HASH)                                      | (err { error_code: u0, value: (some 'SZ1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSV4GA553) })
            (principal-construct? 0x20 HASH)                                      | (err { error_code: u1, value: none })
            (principal-construct? 0x HASH)                                        | (err { error_code: u1, value: none })
            (principal-construct? 0x1a 0x6d78)                                    | (err { error_code: u1, value: none })
            (principal-construct? 0x1a HASH "")                                   | (err { error_code: u2, value: none })
            (principal-construct? 0x1a HASH "1abc")                               | (err { error_code: u2, value: none })
            (principal-construct? 0x16 HASH "1abc")                               | (err { error_code: u2, value: none })
            (principal-construct? 0x20 HASH "1abc")                               | (err { error_code: u1, value: none })
            (principal-construct? 0x1a HASH "__transient")                        | (ok 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.__transient)
            (principal-construct? 0x1a1a HASH)                                    | !TypeError
            (principal-construct? 0x1a)                                           | !RequiresAtLeastArguments
            (principal-construct? 0x1a HASH "a" "b")                              | !RequiresAtMostArguments
            (principal-of? 0x0246443502b4a4a414994737232101b88f133ef09946a52869e42d0777ecd62b12) | (ok 'ST1D4VAJ7TMBJDEXM9QN4KWQCM1AHYMHXFWX5JGAQ)
            (principal-of? 0x0546443502b4a4a414994737232101b88f133ef09946a52869e42d0777ecd62b12) | (err u1)
            (principal-of? 0x0446443502b4a4a414994737232101b88f133ef09946a52869e42d0777ecd62b12) | (err u1)
            (principal-of? 0x0246443502)                                          | !TypeValueError
            (principal-of? "key")                                                 | !TypeError
            """)
    void principals(String snippet, String expected) {
        assertThat(Snippets.eval(Epoch.E2_5, snippet.replace("HASH", HASH))).isEqualTo(expected.replace("HASH", HASH));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            E2_05 | (principal-of? 0x0246443502b4a4a414994737232101b88f133ef09946a52869e42d0777ecd62b12) | (ok 'ST1D4VAJ7TMBJDEXM9QN4KWQCM1AHYMHXFWX5JGAQ)
            E2_05 | (is-standard tx-sender)                     | !UnknownFunction
            E3_2  | (contract-hash? tx-sender)                  | !UnknownFunction
            E3_3  | (contract-hash? tx-sender)                  | (err u1)
            E3_3  | (contract-hash? .nowhere)                   | (err u2)
            E3_3  | (contract-hash? u1)                         | !TypeError
            """)
    void byEpoch(Epoch epoch, String snippet, String expected) {
        assertThat(Snippets.eval(epoch, snippet)).isEqualTo(expected);
    }

    @Test
    void contractHashIsTheSha512256OfTheSourceAsDeployed() {
        Simnet simnet = Simnet.inEpoch(Epoch.E3_3);
        simnet.deploy("a", "(define-read-only (h (p principal)) (contract-hash? p))", null, simnet.deployer());
        assertThat(simnet.execute("(contract-hash? .a)").result().toString())
                .isEqualTo("(ok 0x39b19db2fff067ff0b7b8efea1a412254772c86f5d4f9ea484d083d891a9ccec)");
    }
}

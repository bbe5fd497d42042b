package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.support.Snippets;
import io.clarity.version.Epoch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hashes and signatures, one row per case: snippet | printed result, or !ErrorKind.
 * Expectations recorded from the oracle; the signatures were made for these tests.
 */
class CryptoTest {

    private static final String HASH = "0x9081d0bceaae3122d9d039743951d78740437c9bfe42ffac85371cb681c9d2f7";
    private static final String SIG = "0xb011e2cefc59ddc3184dd1e26aea1b2cc101e1319ac6a1213e6efb5c8e423071"
            + "632e5a95bc1f2658333b709a3880313bcdbf5e91db8d456d1a62682bf09fc211";
    private static final String HIGH_S = "0xb011e2cefc59ddc3184dd1e26aea1b2cc101e1319ac6a1213e6efb5c8e423071"
            + "9cd1a56a43e0d9a7ccc48f65c77fcec2ecef7e54d3bb5acea56ff660df967f30";
    private static final String KEY = "0x0246443502b4a4a414994737232101b88f133ef09946a52869e42d0777ecd62b12";

    private static final String R1_HASH = "0xd5b0c9e8932333d78ea91d3cbc7f1de1a4aa943a4bbc04e35ec254b4e33f28e5";
    private static final String R1_KEY = "0x02c1a92206cdf2eae20c10bfbf3b13b1d0c65b4875ef1c9d1a871e61cc654366e6";
    /** Signs sha256 of the hash: what Clarity 4 verifies. */
    private static final String R1_SIG4 = "0x6098b32ed429f0d3e486889bf248a39c5c423e2a880349090cb9545c9854c33d"
            + "ca35453ab190bf800b879ab0deb5652d499ddf3a74988d695c4df0713200ec82";
    /** Signs the hash itself: what Clarity 5 verifies. */
    private static final String R1_SIG5 = "0xc1f6cdd23145e7e022cabf53cbba7d2d690ea4bfa45c3019ef61a4e57eaaee15"
            + "6a99f20261d30bb8451e01d5b6a4b53b338da1f0d77013e203bf9b6c0ff8ac02";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (sha256 0x)                  | 0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            (sha256 0x616263)            | 0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
            (sha256 1)                   | 0x4cbbd8ca5215b8d161aec181a74b694f4e24b001d5b081dc0030ed797a8973e0
            (sha256 u1)                  | 0x4cbbd8ca5215b8d161aec181a74b694f4e24b001d5b081dc0030ed797a8973e0
            (hash160 0x)                 | 0xb472a266d0bd89c13706a4132ccfb16f7c3b9fcb
            (sha512 0x616263)            | 0xddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
            (sha512/256 0x616263)        | 0x53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23
            (keccak256 0x)               | 0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470
            (keccak256 -1)               | 0xcdb56c384a9682c600315e3470157a4cf7638d0d33e9dae5c40ffd2644fc5a80
            (sha256 "abc")               | !UnionTypeError
            (sha256 0x00 0x01)           | !IncorrectArgumentCount
            (sha256)                     | !IncorrectArgumentCount
            """)
    void hashes(String snippet, String expected) {
        assertThat(Snippets.eval(snippet)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (secp256k1-recover? HASH SIG01)                  | (ok KEY)
            (secp256k1-recover? HASH HIGH00)                 | (ok KEY)
            (secp256k1-recover? HASH SIG00)                  | (ok 0x0327e408845f1cd0e0ccacfee46476adab156dd30a1399e806b7f57f57da962ad0)
            (secp256k1-recover? HASH SIG03)                  | (err u1)
            (secp256k1-recover? HASH SIG04)                  | (err u2)
            (secp256k1-recover? HASH SIG)                    | (err u2)
            (secp256k1-recover? HASH ZERO65)                 | (err u1)
            (secp256k1-recover? 0x9081d0 SIG01)              | !TypeValueError
            (secp256k1-verify HASH SIG01 KEY)                | true
            (secp256k1-verify HASH SIG KEY)                  | true
            (secp256k1-verify HASH HIGH KEY)                 | true
            (secp256k1-verify HASH SIG07 KEY)                | false
            (secp256k1-verify HASH SIG01 ODD_KEY)            | false
            (secp256k1-verify HASH 0x00 (unwrap-panic (if true none (some KEY)))) | false
            (secp256k1-verify HASH SIG01 0x0246443502)       | !TypeValueError
            (secp256k1-verify 0x9081 SIG01 KEY)              | !TypeValueError
            (secp256k1-verify HASH SIG01)                    | !IncorrectArgumentCount
            (secp256k1-recover? HASH SIG0000)                | !TypeError
            """)
    void secp256k1(String snippet, String expected) {
        assertThat(Snippets.eval(k1(snippet))).isEqualTo(k1(expected));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            E3_3 | (secp256r1-verify HASH SIG4 KEY)                 | true
            E3_3 | (secp256r1-verify HASH SIG5 KEY)                 | false
            E3_4 | (secp256r1-verify HASH SIG4 KEY)                 | false
            E3_4 | (secp256r1-verify HASH SIG5 KEY)                 | true
            E3_3 | (secp256r1-verify HASH 0x00 KEY)                 | false
            E3_3 | (secp256r1-verify HASH SIG4 0x02c1)              | !TypeValueError
            E3_3 | (secp256r1-verify 0xd5b0 SIG4 KEY)              | !TypeValueError
            E3_3 | (secp256r1-verify HASH SIG400 KEY)               | !TypeError
            E3_2 | (secp256r1-verify HASH SIG4 KEY)                 | !UnknownFunction
            """)
    void secp256r1(Epoch epoch, String snippet, String expected) {
        String code = snippet.replace("HASH", R1_HASH).replace("SIG400", R1_SIG4 + "00").replace("SIG4", R1_SIG4).replace("SIG5", R1_SIG5)
                .replace("KEY", R1_KEY);
        assertThat(Snippets.eval(epoch, code)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (ed25519-verify 0x 0x 0x)
            (secp256k1-decompress? 0x02)
            (verify-merkle-proof 0x 0x u0 u1 (list))
            (get-bitcoin-tx-output? 0x u0)
            """)
    void clarity6NamesAreUnknown(String snippet) {
        assertThat(Snippets.eval(Epoch.E3_4, snippet)).isEqualTo("!UnknownFunction");
    }

    /** Expands the placeholders of the secp256k1 rows. */
    private static String k1(String s) {
        return s.replace("SIG0000", SIG + "0000").replace("HIGH00", HIGH_S + "00").replace("HIGH", HIGH_S)
                .replace("SIG00", SIG + "00").replace("SIG01", SIG + "01").replace("SIG03", SIG + "03")
                .replace("SIG04", SIG + "04").replace("SIG07", SIG + "07").replace("SIG", SIG)
                .replace("ZERO65", "0x" + "00".repeat(65))
                .replace("ODD_KEY", "0x03" + KEY.substring(4)).replace("HASH", HASH).replace("KEY", KEY);
    }
}

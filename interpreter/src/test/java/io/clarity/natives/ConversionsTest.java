package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.support.Snippets;
import io.clarity.version.Epoch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conversions, one row per case: snippet | printed result, or !ErrorKind. The expectations are
 * the oracle's answers (see the conformance topic {@code conversions}).
 */
class ConversionsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (buff-to-int-le 0x0100)                                     | 1
            (buff-to-int-be 0x0100)                                     | 256
            (buff-to-uint-le 0x)                                        | u0
            (buff-to-int-be 0xff)                                       | 255
            (buff-to-int-le 0xffffffffffffffffffffffffffffffff)         | -1
            (buff-to-uint-le 0xffffffffffffffffffffffffffffffff)        | u340282366920938463463374607431768211455
            (buff-to-int-be 0x80000000000000000000000000000000)         | -170141183460469231731687303715884105728
            (buff-to-uint-be 0x0102030405060708090a0b0c0d0e0f10)        | u1339673755198158349044581307228491536
            (buff-to-int-le 0x0102030405060708090a0b0c0d0e0f10)         | 21345817372864405881847059188222722561
            (buff-to-uint-be 0x0102030405060708090a0b0c0d0e0f1011)      | !TypeError
            (buff-to-int-le "a")                                        | !TypeError
            (string-to-int? "42")                                       | (some 42)
            (string-to-int? "-42")                                      | (some -42)
            (string-to-int? "+7")                                       | (some 7)
            (string-to-uint? "-0")                                      | none
            (string-to-int? "-0")                                       | (some 0)
            (string-to-uint? "0007")                                    | (some u7)
            (string-to-int? "")                                         | none
            (string-to-int? "-")                                        | none
            (string-to-int? " 1")                                       | none
            (string-to-int? "1_000")                                    | none
            (string-to-int? u"\\u{661}")                                | none
            (string-to-int? u"12")                                      | (some 12)
            (string-to-int? "170141183460469231731687303715884105727")  | (some 170141183460469231731687303715884105727)
            (string-to-int? "170141183460469231731687303715884105728")  | none
            (string-to-int? "-170141183460469231731687303715884105728") | (some -170141183460469231731687303715884105728)
            (string-to-uint? "340282366920938463463374607431768211456") | none
            (string-to-uint? "00000000000000000000000000000000000000000000000001") | (some u1)
            (string-to-int? 5)                                          | !UnionTypeError
            (int-to-ascii -5)                                           | "-5"
            (int-to-utf8 u340282366920938463463374607431768211455)      | u"340282366920938463463374607431768211455"
            (int-to-ascii "a")                                          | !UnionTypeError
            (to-consensus-buff? u1)                                     | (some 0x0100000000000000000000000000000001)
            (to-consensus-buff? (some -5))                              | (some 0x0a00fffffffffffffffffffffffffffffffb)
            (to-consensus-buff? (err "e"))                              | (some 0x080d0000000165)
            (to-consensus-buff? u"h\\u{e9}")                            | (some 0x0e0000000368c3a9)
            (to-consensus-buff? (list (list) (list u1)))                | (some 0x0b000000020b000000000b000000010100000000000000000000000000000001)
            (to-consensus-buff? {b: 1, a: u2, a-b: true})               | (some 0x0c000000030161010000000000000000000000000000000203612d620301620000000000000000000000000000000001)
            (to-consensus-buff? tx-sender)                              | (some 0x051a6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce)
            (to-consensus-buff? (list))                                 | !CouldNotDetermineSerializationType
            (from-consensus-buff? int 0x0000000000000000000000000000000001) | (some 1)
            (from-consensus-buff? int 0x000000000000000000000000000000000101) | none
            (from-consensus-buff? int 0x00000000000000000000000000000001)   | none
            (from-consensus-buff? (optional int) 0x0a09)                | none
            (from-consensus-buff? (response int uint) 0x080100000000000000000000000000000007) | (some (err u7))
            (from-consensus-buff? (string-ascii 3) 0x0d00000003610063)  | none
            (from-consensus-buff? (string-utf8 3) 0x0e00000003eda080)   | none
            (from-consensus-buff? (string-utf8 1) 0x0e00000004f09f9880) | (some u"😀")
            (from-consensus-buff? {a: int} 0x0c000000020161000000000000000000000000000000000101620000000000000000000000000000000002) | (some { a: 1 })
            (from-consensus-buff? {a: int, b: int} 0x0c000000020161000000000000000000000000000000000101610000000000000000000000000000000002) | (some { a: 2 })
            (from-consensus-buff? principal 0x061a11111111111111111111111111111111111111110431616263) | none
            (from-consensus-buff? principal 0x05201111111111111111111111111111111111111111) | !UnexpectedSerialization
            (from-consensus-buff? int "a")                              | !TypeError
            """)
    void conversions(String snippet, String expected) {
        assertThat(Snippets.eval(snippet)).isEqualTo(expected);
    }

    /** Clarity 4: to-ascii?; epoch 3.4: an unreadable principal version is none. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (to-ascii? -12)                                             | (ok "-12")
            (to-ascii? u12)                                             | (ok "u12")
            (to-ascii? false)                                           | (ok "false")
            (to-ascii? tx-sender)                                       | (ok "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM")
            (to-ascii? 0x00ab)                                          | (ok "0x00ab")
            (to-ascii? u"tab\\there")                                   | (ok "tab\\there")
            (to-ascii? u"caf\\u{e9}")                                   | (err u1)
            (to-ascii? "text")                                          | !UnionTypeError
            (from-consensus-buff? principal 0x05201111111111111111111111111111111111111111) | none
            """)
    void clarity5(String snippet, String expected) {
        assertThat(Snippets.eval(Epoch.E3_4, snippet)).isEqualTo(expected);
    }

    /** Before epoch 2.4, a tuple must have exactly the declared fields. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (from-consensus-buff? {a: int} 0x0c0000000101610000000000000000000000000000000001) | (some { a: 1 })
            (from-consensus-buff? {a: int} 0x0c000000020161000000000000000000000000000000000101620000000000000000000000000000000002) | none
            (to-ascii? 1)                                               | !UnknownFunction
            (buff-to-int-le 0x01)                                       | 1
            """)
    void epoch21(String snippet, String expected) {
        assertThat(Snippets.eval(Epoch.E2_1, snippet)).isEqualTo(expected);
    }
}

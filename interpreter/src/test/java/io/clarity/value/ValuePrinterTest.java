package io.clarity.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.support.Snippets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical printed form of every kind of value: literal | printed. */
class ValuePrinterTest {

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            -5                                                          | -5
            u0                                                          | u0
            u340282366920938463463374607431768211455                    | u340282366920938463463374607431768211455
            -170141183460469231731687303715884105728                    | -170141183460469231731687303715884105728
            true                                                        | true
            0x                                                          | 0x
            0xDEADbeef                                                  | 0xdeadbeef
            "a\\"b\\\\c\\nd\\te"                                        | "a\\"b\\\\c\\nd\\te"
            u"caf\\u{e9} \\u{1F600}"                                    | u"café 😀"
            u"\\u{1}"                                                   | u"\\u0001"
            'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM                  | 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM
            'SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7.token            | 'SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7.token
            .my-contract                                                | 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.my-contract
            none                                                        | none
            (some (ok (err u1)))                                        | (some (ok (err u1)))
            (list (list) (list 1))                                      | (list (list) (list 1))
            {a: {b: none}, a-b: 1}                                      | { a: { b: none }, a-b: 1 }
            """)
    void prints(String literal, String expected) {
        assertThat(Snippets.eval(literal)).isEqualTo(expected);
    }
}

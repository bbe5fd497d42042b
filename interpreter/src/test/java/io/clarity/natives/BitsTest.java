package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.support.Snippets;
import io.clarity.version.Epoch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bitwise operations on 128-bit integers, one row per case: snippet | printed result, or
 * !ErrorKind. Expectations recorded from the oracle (epoch 2.5, Clarity 2).
 */
class BitsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (xor 5 3)                                                   | 6
            (xor u5 u3)                                                 | u6
            (xor -1 5)                                                  | -6
            (bit-and 12 10 8)                                           | 8
            (bit-and -1 -170141183460469231731687303715884105728)       | -170141183460469231731687303715884105728
            (bit-or u1 u2 u4)                                           | u7
            (bit-xor 1 2 3)                                             | 0
            (bit-xor u1)                                                | u1
            (bit-not 0)                                                 | -1
            (bit-not u0)                                                | u340282366920938463463374607431768211455
            (bit-not -170141183460469231731687303715884105728)          | 170141183460469231731687303715884105727
            (bit-shift-left 1 u127)                                     | -170141183460469231731687303715884105728
            (bit-shift-left u1 u128)                                    | u1
            (bit-shift-left u1 u129)                                    | u2
            (bit-shift-left u3 u340282366920938463463374607431768211455) | u170141183460469231731687303715884105728
            (bit-shift-left -1 u64)                                     | -18446744073709551616
            (bit-shift-right -5 u2)                                     | -2
            (bit-shift-right -1 u200)                                   | -1
            (bit-shift-right u340282366920938463463374607431768211455 u127) | u1
            (bit-shift-right -170141183460469231731687303715884105728 u127) | -1
            (bit-shift-right 1 1)                                       | !TypeError
            (bit-and 1 u1)                                              | !TypeError
            (bit-and)                                                   | !RequiresAtLeastArguments
            (bit-not 1 2)                                               | !IncorrectArgumentCount
            (xor 1 2 3)                                                 | !IncorrectArgumentCount
            (bit-or true)                                               | !UnionTypeError
            (bit-shift-left "a" u1)                                     | !UnionTypeError
            """)
    void bits(String snippet, String expected) {
        assertThat(Snippets.eval(Epoch.E2_5, snippet)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (xor 6 3)                                                   | 5
            (xor 1 u1)                                                  | !TypeError
            (bit-and 1 1)                                               | !UnknownFunction
            (bit-shift-left u1 u1)                                      | !UnknownFunction
            """)
    void clarity1(String snippet, String expected) {
        assertThat(Snippets.eval(Epoch.E2_05, snippet)).isEqualTo(expected);
    }
}

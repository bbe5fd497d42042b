package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.support.Snippets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 128-bit arithmetic, one row per case: snippet | printed result, or !ErrorKind. */
class ArithmeticTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (+ 1 2 3)                                                   | 6
            (+ u1 u2)                                                   | u3
            (+ 5)                                                       | 5
            (+ -5 3)                                                    | -2
            (+ 170141183460469231731687303715884105727 1)               | !ArithmeticOverflow
            (+ -170141183460469231731687303715884105728 -1)             | !ArithmeticOverflow
            (+ u340282366920938463463374607431768211455 u1)             | !ArithmeticOverflow
            (+ 9223372036854775807 1)                                   | 9223372036854775808
            (+ u18446744073709551615 u1)                                | u18446744073709551616
            (- 10 3 2)                                                  | 5
            (- 5)                                                       | -5
            (- u0)                                                      | u0
            (- u1)                                                      | !ArithmeticUnderflow
            (- u0 u1)                                                   | !ArithmeticUnderflow
            (- -170141183460469231731687303715884105728)                | !ArithmeticUnderflow
            (- 170141183460469231731687303715884105727 -1)              | !ArithmeticUnderflow
            (- -170141183460469231731687303715884105728 1)              | !ArithmeticUnderflow
            (- -9223372036854775808 1)                                  | -9223372036854775809
            (* 2 3 4)                                                   | 24
            (* -3 4)                                                    | -12
            (* 9223372036854775807 9223372036854775807)                 | 85070591730234615847396907784232501249
            (* u340282366920938463463374607431768211455 u2)             | !ArithmeticOverflow
            (* 170141183460469231731687303715884105727 -1)              | -170141183460469231731687303715884105727
            (* -170141183460469231731687303715884105728 -1)             | !ArithmeticOverflow
            (/ 7 2)                                                     | 3
            (/ -7 2)                                                    | -3
            (/ 4 2 2)                                                   | 1
            (/ u7 u2)                                                   | u3
            (/ 1 0)                                                     | !DivisionByZero
            (/ -170141183460469231731687303715884105728 -1)             | !DivisionByZero
            (/ -9223372036854775808 -1)                                 | 9223372036854775808
            (mod 7 3)                                                   | 1
            (mod -7 3)                                                  | -1
            (mod 7 -3)                                                  | 1
            (mod u7 u0)                                                 | !DivisionByZero
            (mod -170141183460469231731687303715884105728 -1)           | !DivisionByZero
            (pow 2 10)                                                  | 1024
            (pow 2 127)                                                 | !ArithmeticOverflow
            (pow -2 127)                                                | -170141183460469231731687303715884105728
            (pow u2 u127)                                               | u170141183460469231731687303715884105728
            (pow u2 u128)                                               | !ArithmeticOverflow
            (pow 0 0)                                                   | 1
            (pow 0 -1)                                                  | 0
            (pow 1 -5)                                                  | 1
            (pow 5 1)                                                   | 5
            (pow 2 -1)                                                  | !Arithmetic
            (pow u1 u4294967296)                                        | u1
            (pow u2 u4294967296)                                        | !Arithmetic
            (pow -1 2147483648)                                         | 1
            (pow -1 2147483649)                                         | -1
            (pow -1 4294967294)                                         | 1
            (pow -1 4294967295)                                         | -1
            (pow -1 4294967296)                                         | !Arithmetic
            (pow -1 -2147483648)                                        | !Arithmetic
            (pow -2 2147483648)                                         | !ArithmeticOverflow
            (pow 2 4294967295)                                          | !ArithmeticOverflow
            (pow 0 4294967296)                                          | 0
            (sqrti 17)                                                  | 4
            (sqrti u0)                                                  | u0
            (sqrti -1)                                                  | !Arithmetic
            (log2 u1024)                                                | u10
            (log2 0)                                                    | !Arithmetic
            (log2 -8)                                                   | !Arithmetic
            (to-int u5)                                                 | 5
            (to-int u170141183460469231731687303715884105728)           | !ArithmeticOverflow
            (to-uint 5)                                                 | u5
            (to-uint -1)                                                | !ArithmeticUnderflow
            (< 1 2)                                                     | true
            (>= u2 u2)                                                  | true
            (> -1 -2)                                                   | true
            (<= 170141183460469231731687303715884105727 -1)             | false
            (< u18446744073709551616 u18446744073709551615)             | false
            """)
    void arithmetic(String snippet, String expected) {
        assertThat(Snippets.eval(snippet)).isEqualTo(expected);
    }
}

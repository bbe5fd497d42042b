package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.support.Snippets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Control flow, logic, optionals, responses and tuples: snippet | printed result, or !ErrorKind. */
class ControlFlowTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (if true 1 2)                                               | 1
            (if false 1 2)                                              | 2
            (if (> 1 2) (/ 1 0) 3)                                      | 3
            (and true false (is-eq (/ 1 0) 1))                          | false
            (or false true (is-eq (/ 1 0) 1))                           | true
            (and true true)                                             | true
            (not true)                                                  | false
            (is-eq 1 1 1)                                               | true
            (is-eq 1 1 2)                                               | false
            (is-eq (some u1) (some u1))                                 | true
            (is-eq "a" "a")                                             | true
            (let ((a 1) (b (+ a 1))) (+ a b))                           | 3
            (let ((get 1)) get)                                         | !NameAlreadyUsed
            (begin 1 2 3)                                               | 3
            (ok u1)                                                     | (ok u1)
            (err "no")                                                  | (err "no")
            (some (some none))                                          | (some (some none))
            (is-ok (ok 1))                                              | true
            (is-err (ok 1))                                             | false
            (is-some none)                                              | false
            (is-none none)                                              | true
            (default-to 5 none)                                         | 5
            (default-to 5 (some 6))                                     | 6
            (unwrap-panic (some 3))                                     | 3
            (unwrap-panic (if true none (some 1)))                      | !UnwrapFailure
            (unwrap-err-panic (err u3))                                 | u3
            (unwrap-err-panic (if true (ok u1) (err u2)))               | !UnwrapFailure
            (unwrap! (some 1) (err u1))                                 | 1
            (asserts! false (err u1))                                   | !EarlyReturn
            (asserts! true (err u1))                                    | true
            (match (some 5) x (+ x 1) 0)                                | 6
            (match (if true none (some 5)) x (+ x 1) 0)                 | 0
            (match (if true (ok 1) (err u2)) v (+ v 10) e 0)            | 11
            (match (if false (ok 1) (err u2)) v 10 e (to-int e))        | 2
            {b: 2, a: 1}                                                | { a: 1, b: 2 }
            (tuple (a-b 1) (a 2))                                       | { a: 2, a-b: 1 }
            (get a {a: 1})                                              | 1
            (get a (some {a: 1}))                                       | (some 1)
            (merge {a: 1, b: 2} {b: 3, c: 4})                           | { a: 1, b: 3, c: 4 }
            (list 1 2 3)                                                | (list 1 2 3)
            (list)                                                      | (list)
            (+ 1 u1)                                                    | !TypeError
            (if 1 2 3)                                                  | !TypeError
            (if true 1 u1)                                              | !IfArmsMustMatch
            (unwrap-panic none)                                         | !CouldNotDetermineResponseOkType
            (nope 1)                                                    | !UnknownFunction
            """)
    void controlFlow(String snippet, String expected) {
        assertThat(Snippets.eval(snippet)).isEqualTo(expected);
    }
}

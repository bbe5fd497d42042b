package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.support.Snippets;
import io.clarity.version.Epoch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sequences, one row per case: snippet | printed result, or !ErrorKind. The expectations are the
 * oracle's answers (see the conformance topic {@code sequences}).
 */
class SequencesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (map + (list 1 2 3) (list 10 20 30))                                  | (list 11 22 33)
            (map + (list 1 2 3) (list 10 20))                                     | (list 11 22)
            (map + (list 1 2 3) (list 10 20) (list 100))                          | (list 111)
            (map - (list 1 2))                                                    | (list -1 -2)
            (map not (list true false))                                           | (list false true)
            (map and (list true false) (list true true))                          | (list true false)
            (map or (list true false) (list false false))                         | (list true false)
            (map < (list 1 5) (list 2 4))                                         | (list true false)
            (map to-int (list u1 u2))                                             | (list 1 2)
            (map int-to-ascii (list 1 -2))                                        | (list "1" "-2")
            (map buff-to-uint-be 0x00ff)                                          | (list u0 u255)
            (define-private (f (x int)) (* x 2)) (map f (list 1 2 3))             | (list 2 4 6)
            (define-private (up (c (string-ascii 1))) (concat c c)) (map up "ab") | (list "aa" "bb")
            (map some (list 1))                                                   | !IllegalOrUnknownFunctionApplication
            (map is-eq (list 1) (list 1))                                         | !IllegalOrUnknownFunctionApplication
            (map concat (list "a") (list "b"))                                    | !IllegalOrUnknownFunctionApplication
            (map nope (list 1))                                                   | !UnknownFunction
            (map + 5)                                                             | !ExpectedSequence
            (map not (list true) (list false))                                    | !IncorrectArgumentCount
            (map - (list 1) (list u1))                                            | !TypeError
            (map + (list 1) (list))                                               | !TypeError
            (map +)                                                               | !RequiresAtLeastArguments
            (filter not (list true false true))                                   | (list false)
            (define-private (odd (x int)) (is-eq (mod x 2) 1)) (filter odd (list 1 2 3)) | (list 1 3)
            (define-private (hi (b (buff 1))) (> (buff-to-uint-be b) u127)) (filter hi 0x01ff80) | 0xff80
            (filter + (list 1))                                                   | !TypeError
            (filter not 5)                                                        | !ExpectedSequence
            (fold + (list 1 2 3) 0)                                               | 6
            (fold - (list 3 7 11) 2)                                              | 5
            (fold + (list 170141183460469231731687303715884105727 1) 0)           | !ArithmeticOverflow
            (fold + (list 1) u0)                                                  | !TypeError
            (fold concat (list "a") "")                                           | !IllegalOrUnknownFunctionApplication
            (append (list 1 2) 3)                                                 | (list 1 2 3)
            (append (list) 1)                                                     | (list 1)
            (append "a" "b")                                                      | !ExpectedListApplication
            (append (list 1) u1)                                                  | !TypeError
            (concat (list 1) (list 2 3))                                          | (list 1 2 3)
            (concat 0x01 0x0203)                                                  | 0x010203
            (concat "ab" "cd")                                                    | "abcd"
            (concat u"\\u{e9}" u"t")                                              | u"ét"
            (concat "a" u"b")                                                     | !TypeError
            (concat 5 "a")                                                        | !ExpectedSequence
            (concat "a" "b" "c")                                                  | !IncorrectArgumentCount
            (as-max-len? (list 1 2 3) u2)                                         | none
            (as-max-len? (list 1 2 3) u3)                                         | (some (list 1 2 3))
            (as-max-len? u"a" u262144)                                            | (some u"a")
            (as-max-len? 0x01 u1048577)                                           | !ValueTooLarge
            (as-max-len? (list 1) u4294967296)                                    | !MaxLengthOverflow
            (as-max-len? 0x01 (+ u1 u1))                                          | !TypeError
            (len u"h\\u{e9}llo")                                                  | u5
            (len 0x010203)                                                        | u3
            (len 5)                                                               | !ExpectedSequence
            (element-at? (list 10 20) u1)                                         | (some 20)
            (element-at? (list 10 20) u2)                                         | none
            (element-at "abc" u340282366920938463463374607431768211455)           | none
            (element-at? u"\\u{e9}t\\u{e9}" u2)                                   | (some u"é")
            (element-at? 0xa1b2 u1)                                               | (some 0xb2)
            (element-at? (list 1) 0)                                              | !TypeError
            (index-of? (list 1 2 3 2) 2)                                          | (some u1)
            (index-of "banana" "n")                                               | (some u2)
            (index-of? "abc" "")                                                  | none
            (index-of? 0x00ff 0xff)                                               | (some u1)
            (index-of? u"na\\u{ef}ve" u"\\u{ef}")                                 | (some u2)
            (index-of? "abc" "bc")                                                | !TypeError
            (slice? "blockchain" u5 u10)                                          | (some "chain")
            (slice? "abc" u0 u0)                                                  | (some "")
            (slice? "abc" u3 u3)                                                  | none
            (slice? "abc" u2 u1)                                                  | none
            (slice? (list 1 2 3) u1 u4)                                           | none
            (slice? u"\\u{1F600}ab" u1 u3)                                        | (some u"ab")
            (slice? 5 u1 u2)                                                      | !ExpectedSequence
            (replace-at? (list 1 2 3) u1 9)                                       | (some (list 1 9 3))
            (replace-at? (list 1 2) u2 9)                                         | none
            (replace-at? u"h\\u{e9}llo" u1 u"a")                                  | (some u"hallo")
            (replace-at? 0x0102 u0 0xff)                                          | (some 0xff02)
            (replace-at? "abc" u5 "")                                             | none
            (replace-at? "abc" u0 "")                                             | !Unreachable
            (replace-at? 0x0102 u1 0x)                                            | !Unreachable
            (replace-at? "abc" u1 "xy")                                           | !TypeError
            """)
    void sequences(String snippet, String expected) {
        assertThat(Snippets.eval(snippet)).isEqualTo(expected);
    }

    /**
     * Before epoch 4.0, map over sequences of unequal length keeps one element more than the
     * shortest sequence seen so far: with an empty sequence, the function gets fewer arguments.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (sums (list) (list 1 2))                      | (list 1)
            (sums (list 5 6) (list))                      | (list 5 6)
            (diffs (list) (list 1 2))                     | (list -1)
            (sums3 (list) (list 1 2) (list 3 4))          | (list 4)
            (sums3 (list 1 2) (list 3 4) (list))          | (list 4 6)
            (sums3 (list 1 2 3) (list 1) (list 3 4 5))    | (list 5)
            (pairs (list 1) (list 10 20 30))              | (list 11)
            (pairs (list) (list 1 2))                     | !IncorrectArgumentCount
            (lesser (list 1 2) (list))                    | !IncorrectArgumentCount
            """)
    void legacyMap(String call, String expected) {
        String contract = """
                (define-private (add (a int) (b int)) (+ a b))
                (define-private (sums (xs (list 5 int)) (ys (list 5 int))) (map + xs ys))
                (define-private (diffs (xs (list 5 int)) (ys (list 5 int))) (map - xs ys))
                (define-private (sums3 (xs (list 5 int)) (ys (list 5 int)) (zs (list 5 int))) (map + xs ys zs))
                (define-private (pairs (xs (list 5 int)) (ys (list 5 int))) (map add xs ys))
                (define-private (lesser (xs (list 5 int)) (ys (list 5 int))) (map < xs ys))
                """;
        assertThat(Snippets.eval(contract + call)).isEqualTo(expected);
        assertThat(Snippets.eval(Epoch.E3_4, contract + call)).isEqualTo(expected);
    }

    /** Clarity 1 has only the un-suffixed element-at and index-of, and no slice? or replace-at?. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (element-at (list 1 2) u0)          | (some 1)
            (index-of (list 1 2) 2)             | (some u1)
            (element-at? (list 1 2) u0)         | !UnknownFunction
            (index-of? (list 1 2) 2)            | !UnknownFunction
            (slice? "abc" u0 u1)                | !UnknownFunction
            (replace-at? "abc" u0 "x")          | !UnknownFunction
            (map < (list "a") (list "b"))       | !UnionTypeError
            (map bit-and (list 1) (list 2))     | !UnknownFunction
            """)
    void clarity1(String snippet, String expected) {
        assertThat(Snippets.eval(Epoch.E2_05, snippet)).isEqualTo(expected);
    }
}

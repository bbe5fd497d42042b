package io.clarity.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Simnet;
import io.clarity.error.ClarityError;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deploy-time rules, one contract per row: the kind of the (first) diagnostic and where it
 * points. The kinds are the reference's (each shape was checked against the oracle in the
 * conformance corpus); the positions are ours: the argument, name or expression at fault.
 */
class AnalysisRulesTest {

    /** Deployed first, so that rows can call it and use its trait. */
    private static final String TARGET = """
            (define-trait getter ((get-n () (response uint uint))))
            (define-data-var n uint u0)
            (define-public (bump) (begin (var-set n (+ (var-get n) u1)) (ok (var-get n))))
            (define-read-only (peek) (var-get n))
            (define-private (hidden) u1)
            """;

    private static Simnet simnet(String epoch) {
        Simnet s = Simnet.inEpoch(Epoch.of(epoch));
        s.deploy("target", TARGET);
        return s;
    }

    /** "ok", or the first diagnostic as {@code Kind at line:column}. */
    private static String outcome(String epoch, int clarity, String source) {
        try {
            simnet(epoch).deploy("c", source, ClarityVersion.of(clarity), "deployer");
            return "ok";
        } catch (ClarityError e) {
            return e.kind().name() + " at " + e.span().start();
        }
    }

    @ParameterizedTest(name = "{0}/{1}: {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # types of arguments (A1): the argument at fault
            3.2 | 3 | (define-read-only (f) (+ 1 u1))                                  | TypeError at 1:28
            3.2 | 3 | (define-read-only (f) (+ true 1))                                | UnionTypeError at 1:26
            3.2 | 3 | (define-read-only (f) (not 1))                                   | TypeError at 1:28
            3.2 | 3 | (define-read-only (f) (< 1 u2))                                  | TypeError at 1:28
            3.2 | 3 | (define-read-only (f) (< "a" "b"))                               | ok
            2.05 | 1 | (define-read-only (f) (< "a" "b"))                              | UnionTypeError at 1:26
            3.2 | 3 | (define-read-only (f) (bit-shift-left 1 2))                      | TypeError at 1:41
            3.2 | 3 | (define-read-only (f) (sha256 true))                             | UnionTypeError at 1:31
            2.05 | 1 | (define-read-only (f) (not 1))                                  | TypeError at 1:28
            3.2 | 3 | (define-read-only (f) (is-eq 1 1 u1))                            | TypeError at 1:34
            3.2 | 3 | (define-private (g (a uint)) a) (define-read-only (f) (g 1))     | TypeError at 1:58
            3.2 | 3 | (define-data-var v int 0) (define-public (f) (ok (var-set v u1)))     | TypeError at 1:61
            3.2 | 3 | (define-map m uint uint) (define-read-only (f) (map-get? m 1))   | TypeError at 1:60
            3.2 | 3 | (define-data-var s (string-ascii 3) "abcd")                      | TypeError at 1:37
            3.2 | 3 | (define-read-only (f) (get a 1))                                 | ExpectedTuple at 1:30
            3.2 | 3 | (define-read-only (f) (get b {a: 1}))                            | NoSuchTupleField at 1:28
            3.2 | 3 | (define-read-only (f) (len 1))                                   | ExpectedSequence at 1:28
            3.2 | 3 | (define-read-only (f) (append (list 1) u2))                      | TypeError at 1:40
            3.2 | 3 | (define-read-only (f) (concat "a" 0x01))                         | TypeError at 1:35
            3.2 | 3 | (define-read-only (f) (unwrap-panic 1))                          | ExpectedOptionalOrResponseType at 1:37
            3.2 | 3 | (define-read-only (f) (is-some 1))                               | ExpectedOptionalType at 1:32
            3.2 | 3 | (define-read-only (f) (default-to 1 2))                          | ExpectedOptionalType at 1:37
            3.2 | 3 | (define-read-only (f) (match 1 x x 0))                           | BadMatchInput at 1:30
            # unification (A7, A8, A9)
            3.2 | 3 | (define-read-only (f (b bool)) (if b 1 u1))                      | IfArmsMustMatch at 1:32
            3.2 | 3 | (define-read-only (f (o (optional int))) (match o x x u0))       | MatchArmsMustMatch at 1:42
            3.2 | 3 | (define-read-only (f) (default-to 1 (some u2)))                  | DefaultTypesMustMatch at 1:23
            3.2 | 3 | (define-read-only (f (o (optional uint))) (unwrap! o 0))         | ReturnTypesMustMatch at 1:43
            3.2 | 3 | (define-public (f (b bool)) (begin (asserts! b (err u1)) (err 2)))     | ReturnTypesMustMatch at 1:29
            3.2 | 3 | (define-public (f) (begin (ok 1) (ok 2)))                        | UncheckedIntermediaryResponses at 1:27
            3.2 | 3 | (define-public (f) (let ((a 1)) (err a) (ok a)))                 | UncheckedIntermediaryResponses at 1:33
            3.2 | 3 | (define-public (f) (let ((r (ok u1))) (ok u2)))                  | ok
            3.2 | 3 | (define-read-only (f) (match (ok 1) x x e 0))                    | CouldNotDetermineMatchTypes at 1:30
            3.2 | 3 | (define-read-only (f) (unwrap-err-panic (ok 1)))                 | CouldNotDetermineResponseErrType at 1:41
            3.2 | 3 | (define-read-only (f) (unwrap-panic none))                       | CouldNotDetermineResponseOkType at 1:37
            3.2 | 3 | (define-public (f) u1)                                           | PublicFunctionMustReturnResponse at 1:20
            3.2 | 3 | (define-public (f) (err u1))                                     | ok
            # names (A2, A3, A10, A19, A20)
            3.2 | 3 | (define-read-only (f) (+ a 1))                                   | UndefinedVariable at 1:26
            3.2 | 3 | (define-read-only (f) (foo 1))                                   | UnknownFunction at 1:24
            3.2 | 3 | (define-constant c (foo 1))                                      | UnknownFunction at 1:21
            3.2 | 3 | (define-public (f) (ok (var-set nope 1)))                        | NoSuchDataVariable at 1:33
            3.2 | 3 | (define-read-only (f) (map-get? nope u1))                        | NoSuchMap at 1:33
            3.2 | 3 | (define-read-only (f) (ft-get-supply nope))                      | NoSuchFT at 1:38
            3.2 | 3 | (define-read-only (f) (nft-get-owner? nope u1))                  | NoSuchNFT at 1:39
            3.2 | 3 | (define-constant x 1) (define-constant x 2)                      | NameAlreadyUsed at 1:40
            3.2 | 3 | (define-constant a 1) (define-read-only (f (a int)) a)           | NameAlreadyUsed at 1:45
            3.2 | 3 | (define-read-only (f (a int)) (let ((a 1)) a))                   | NameAlreadyUsed at 1:38
            3.2 | 3 | (define-read-only (f (o (optional int))) (match o o o 0))        | NameAlreadyUsed at 1:42
            3.2 | 3 | (define-read-only (f (t {a: int, a: int})) u1)                   | NameAlreadyUsed at 1:25
            3.2 | 3 | (define-read-only (get) 1)                                       | NameAlreadyUsed at 1:20
            3.2 | 3 | (define-read-only (f (list int)) list)                           | NameAlreadyUsed at 1:23
            3.2 | 3 | (define-read-only (f) (let ((map 1)) map))                       | ok
            3.2 | 3 | (define-constant block-height u1)                                | ReservedWord at 1:18
            3.2 | 3 | (define-read-only (f (block-height uint)) block-height)          | ReservedWord at 1:23
            3.2 | 2 | (define-constant block-height u1)                                | NameAlreadyUsed at 1:18
            3.2 | 3 | (define-read-only (f) (match (some 1) 2 3 4))                    | BadMatchOptionSyntax at 1:39
            3.2 | 3 | (define-constant (a) 1)                                          | ExpectedName at 1:18
            3.2 | 3 | (define-public () (ok 1))                                        | DefineFunctionBadSignature at 1:16
            3.2 | 3 | (define-data-var v (buff 1048577) 0x)                            | DefineVariableBadSignature at 1:20
            3.2 | 3 | (define-map m uint (list 2 (buff 600000)))                       | BadMapTypeDefinition at 1:20
            # arity (A4)
            3.2 | 3 | (define-read-only (f) (if true 1))                               | IncorrectArgumentCount at 1:23
            3.2 | 3 | (define-read-only (f) (+))                                       | RequiresAtLeastArguments at 1:23
            3.2 | 3 | (define-read-only (f) (principal-construct? 0x1a 0x0000000000000000000000000000000000000000 "a" "b")) | RequiresAtMostArguments at 1:23
            3.2 | 3 | (define-private (g (a int)) a) (define-read-only (f) (g 1 2))    | ok
            3.2 | 3 | (define-fungible-token t u1 u2)                                  | IncorrectArgumentCount at 1:1
            # read-only functions and contract calls (A6, A11)
            3.2 | 3 | (define-data-var v int 0) (define-read-only (f (b bool)) (if b (var-set v 1) false)) | WriteAttemptedInReadOnly at 1:64
            3.2 | 3 | (define-read-only (f) (contract-call? .target bump))             | WriteAttemptedInReadOnly at 1:23
            3.2 | 3 | (define-read-only (f) (contract-call? .target peek))             | ok
            3.2 | 3 | (use-trait g .target.getter) (define-read-only (f (x <g>)) (contract-call? x get-n)) | WriteAttemptedInReadOnly at 1:60
            3.2 | 3 | (define-public (f) (contract-call? .nowhere g))                  | NoSuchContract at 1:36
            3.2 | 3 | (define-public (f) (contract-call? .target hidden))              | NoSuchPublicFunction at 1:44
            3.2 | 3 | (define-public (f (p principal)) (contract-call? p bump))        | TraitReferenceUnknown at 1:50
            3.2 | 3 | (define-read-only (f) u1) <t>                                    | TraitReferenceUnknown at 1:27
            3.2 | 3 | (define-trait t ()) (define-read-only (f) <t>)                   | UnexpectedTraitOrFieldReference at 1:43
            # sizes and depths (A12-A18)
            3.2 | 3 | (define-read-only (f) (as-max-len? 0x01 u1048577))               | ValueTooLarge at 1:23
            3.2 | 3 | (define-read-only (f (b (buff -12))) u1)                         | ValueOutOfBounds at 1:25
            3.2 | 3 | (define-data-var ints (list 65535 int) (list)) (define-read-only (f) (map sha512 (var-get ints))) | ConstructedListTooLarge at 1:70
            3.2 | 3 | (define-read-only (f (x (list 1 {a: (buff 524288), b: (buff 1)})) (y {a: (buff 1), b: (buff 524288)})) (append x y)) | SupertypeTooLarge at 1:114
            2.05 | 1 | (define-read-only (f (x {a: (buff 524288), b: (buff 1)}) (y {a: (buff 1), b: (buff 524288)})) (list x y)) | SupertypeTooLarge at 1:95
            3.2 | 3 | (define-read-only (f (x {a: (buff 524288), b: (buff 1)}) (y {a: (buff 1), b: (buff 524288)})) (list x y)) | ValueTooLarge at 1:95
            """)
    void rules(String epoch, int clarity, String source, String expected) {
        assertThat(outcome(epoch, clarity, source)).isEqualTo(expected);
    }

    @Test
    void typesNestedDeeperThan32AreRefused() {
        // 31 optionals around int are 32 levels
        String deep = "(optional ".repeat(31) + "int" + ")".repeat(31);
        String deeper = "(optional ".repeat(32) + "int" + ")".repeat(32);
        assertThat(outcome("3.2", 3, "(define-read-only (f (a " + deep + ")) u1)")).isEqualTo("ok");
        assertThat(outcome("3.2", 3, "(define-read-only (f (a " + deeper + ")) u1)")).isEqualTo("TypeSignatureTooDeep at 1:25");
        assertThat(outcome("3.2", 3, "(define-data-var v " + deeper + " none)")).isEqualTo("DefineVariableBadSignature at 1:20");
    }

    @Test
    void parametersAndTraitMethodsAreLimitedFromEpoch33() {
        String params = java.util.stream.IntStream.range(0, 257).mapToObj(i -> "(p" + i + " int)")
                .collect(Collectors.joining(" "));
        String methods = java.util.stream.IntStream.range(0, 257).mapToObj(i -> "(m" + i + " () (response bool bool))")
                .collect(Collectors.joining(" "));
        assertThat(outcome("3.2", 3, "(define-read-only (f " + params + ") p0)")).isEqualTo("ok");
        assertThat(outcome("3.3", 4, "(define-read-only (f " + params + ") p0)")).isEqualTo("TooManyFunctionParameters at 1:1");
        assertThat(outcome("3.3", 4, "(define-trait t (" + methods + "))")).isEqualTo("TraitTooManyMethods at 1:1");
    }

    @Test
    void parseErrorsComeTogetherAndAnalysisDoesNotRunAfterThem() {
        try {
            simnet("3.2").deploy("c", "(define-constant a 0x123)\n(define-constant b 0xzz)\n(+ 1 u1)", null, "deployer");
        } catch (ClarityError e) {
            List<String> kinds = e.diagnostics().stream().map(d -> d.kind().name() + " at " + d.span().start()).toList();
            assertThat(kinds).containsExactly("InvalidBufferLength at 1:20", "InvalidCharBuffer at 2:20");
            assertThat(e.describe()).contains(" / InvalidCharBuffer: ");
            return;
        }
        throw new AssertionError("the deploy should fail");
    }

    @Test
    void theTwoAstPassesReportTogether() {
        try {
            simnet("3.2").deploy("c", "(define-private (f) (g))\n(define-private (g) (f))\n(define-public (h (t <nope>)) (ok 1))",
                    null, "deployer");
        } catch (ClarityError e) {
            assertThat(e.diagnostics()).extracting(d -> d.kind().name())
                    .containsExactly("CircularReference", "TraitReferenceUnknown");
            return;
        }
        throw new AssertionError("the deploy should fail");
    }
}

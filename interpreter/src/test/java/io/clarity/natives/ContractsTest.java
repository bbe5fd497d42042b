package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Simnet;
import io.clarity.error.ClarityError;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * contract-call?, contract-of and the trait forms: snippet | printed result, or !ErrorKind. Each
 * row runs on a fresh chain (epoch 3.2) where the fixture contracts below are deployed; the
 * snippet runs in a scratch contract of the deployer, as the simnet's eval does.
 */
class ContractsTest {

    private static final String TRAITS = """
            (define-trait getter ((get-count () (response uint uint))))
            (define-trait counter ((incr (uint) (response uint uint)) (get-count () (response uint uint))))
            """;
    private static final String COUNTER = """
            (impl-trait .traits.counter)
            (define-data-var n uint u0)
            (define-public (incr (by uint))
              (begin (var-set n (+ n-step by)) (print by) (if (> by u10) (err by) (ok (var-get n)))))
            (define-constant n-step u0)
            (define-read-only (get-count) (ok (var-get n)))
            (define-read-only (who) {caller: contract-caller, sender: tx-sender})
            (define-private (secret) u1)
            """;
    private static final String GETTER = """
            (define-read-only (get-count) (ok u42))
            """;
    private static final String USER = """
            (use-trait getter-t .traits.getter)
            (use-trait counter-t .traits.counter)
            (define-public (count (g <getter-t>)) (contract-call? g get-count))
            (define-public (bump (c <counter-t>) (by uint)) (contract-call? c incr by))
            (define-read-only (owner (g <getter-t>)) (contract-of g))
            (define-public (maybe (g (optional <getter-t>))) (match g x (contract-call? x get-count) (ok u0)))
            """;

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            (contract-call? .counter incr u2)                                  | (ok u2)
            (contract-call? .counter incr u20)                                 | (err u20)
            (begin (unwrap-panic (contract-call? .counter incr u2)) (contract-call? .counter get-count)) | (ok u2)
            (begin (is-err (contract-call? .counter incr u20)) (contract-call? .counter get-count)) | (ok u0)
            (contract-call? .counter who)                                      | { caller: 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM, sender: 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM }
            (begin (contract-call? .counter who))                              | { caller: 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-4, sender: 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM }
            (as-contract (contract-call? .counter who))                        | { caller: 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-4, sender: 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-4 }
            (contract-call? .counter secret)                                   | !NoSuchPublicFunction
            (contract-call? .counter nope)                                     | !NoSuchPublicFunction
            (contract-call? .nowhere get-count)                                | !NoSuchContract
            (contract-call? .counter incr)                                     | !IncorrectArgumentCount
            (contract-call? .counter incr 1)                                   | !TypeError
            (contract-call? .counter)                                          | !RequiresAtLeastArguments
            (contract-call? "counter" get-count)                               | !ContractCallExpectName
            (contract-call? .user count .getter)                               | (ok u42)
            (contract-call? .user count .counter)                              | (ok u0)
            (contract-call? .user bump .counter u3)                            | (ok u3)
            (contract-call? .user bump .getter u3)                             | !BadTraitImplementation
            (contract-call? .user count .traits)                               | !BadTraitImplementation
            (contract-call? .user owner .getter)                               | 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.getter
            (contract-call? .user maybe (some .getter))                        | (ok u42)
            (contract-call? .user maybe none)                                  | (ok u0)
            (contract-of .getter)                                              | !ContractOfExpectsTrait
            (contract-of x)                                                    | !TraitReferenceUnknown
            """)
    void calls(String snippet, String expected) {
        assertThat(run(Epoch.E3_2, snippet)).isEqualTo(expected);
    }

    /** Deploys: the source | the printed deployment, or !ErrorKind of the refusal. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            (impl-trait .traits.getter) (define-read-only (get-count) (ok u1))                      | ok
            (impl-trait .traits.getter) (define-read-only (get-count) (ok 1))                       | !BadTraitImplementation
            (impl-trait .traits.getter) (define-private (get-count) (ok u1))                        | !BadTraitImplementation
            (impl-trait .traits.getter)                                                             | !BadTraitImplementation
            (impl-trait .traits.nope)                                                               | !TraitReferenceUnknown
            (impl-trait getter)                                                                     | !ExpectedTraitIdentifier
            (impl-trait 1) (define-read-only (get-count) (ok u1))                                   | !ExpectedTraitIdentifier
            (impl-trait)                                                                            | !IncorrectArgumentCount
            (use-trait g .traits.nope)                                                              | !TraitReferenceUnknown
            (use-trait g .nowhere.getter)                                                           | !NoSuchContract
            (use-trait g .traits.getter) (use-trait g .traits.counter)                              | !NameAlreadyUsed
            (use-trait g)                                                                           | !IncorrectArgumentCount
            (use-trait t 1) (define-read-only (get-count) (ok u1))                                  | !ExpectedTraitIdentifier
            (use-trait 1 .traits.getter)                                                            | !ExpectedName
            (use-trait t 1) (define-public (f (x <t>)) (ok u1))                                     | !TraitReferenceUnknown
            (use-trait g .traits.getter) (use-trait g 1)                                            | !ExpectedTraitIdentifier
            (define-public (f (g <undeclared>)) (ok u1))                                            | !TraitReferenceUnknown
            (use-trait g .traits.getter) (define-data-var v (optional <g>) none)                    | !TraitReferenceNotAllowed
            (define-trait t ((f () (response bool bool))))                                          | ok
            (define-trait t ((f () bool)))                                                          | !DefineTraitBadSignature
            (define-trait t ((f ())))                                                               | !InvalidTypeDescription
            (define-trait t (f () (response bool bool)))                                            | !DefineTraitBadSignature
            (define-trait t)                                                                        | !DefineTraitBadSignature
            (define-trait t ((f () (response bool bool)) (f (uint) (response bool bool))))          | !DefineTraitDuplicateMethod
            (use-trait g .traits.getter) (use-trait c .traits.counter) (define-private (i (x <c>)) (contract-call? x incr u1)) (define-public (f (x <g>)) (i x)) | !IncompatibleTrait
            (use-trait g .traits.getter) (define-public (f (x <g>)) (contract-call? x incr u1))     | !TraitMethodUnknown
            (use-trait c .traits.counter) (define-private (i (x <c>)) (contract-call? x incr u1)) (define-public (f) (i .getter)) | !BadTraitImplementation
            (use-trait g .traits.getter) (define-private (i (x <g>)) (contract-call? x get-count)) (define-public (f (p principal)) (i p)) | !TypeError
            (define-constant target u1) (define-public (f) (contract-call? target get-count))      | !ExpectedCallableType
            (define-read-only (f) (contract-call? .counter incr u1))                                | !WriteAttemptedInReadOnly
            """)
    void deploys(String source, String expected) {
        assertThat(deploy(source, null)).isEqualTo(expected);
    }

    /** Clarity 1 admits a contract literal for a trait, but not another trait, nor traits inside other types. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            (use-trait g .traits.getter) (define-private (i (x <g>)) (contract-call? x get-count)) (define-public (f) (i .getter)) | ok
            (use-trait g .traits.getter) (use-trait c .traits.counter) (define-private (i (x <g>)) (contract-call? x get-count)) (define-public (f (x <c>)) (i x)) | !TypeError
            (use-trait g .traits.getter) (define-private (i (x (optional <g>))) u1) (define-public (f) (ok (i (some .getter))))   | !TypeError
            (define-constant target .getter) (define-public (f) (contract-call? target get-count))                                  | !TraitReferenceUnknown
            """)
    void clarity1Deploys(String source, String expected) {
        assertThat(deploy(source, ClarityVersion.CLARITY1)).isEqualTo(expected);
    }

    /** {@code ok}, or {@code !Kind} of the refusal, when {@code source} is deployed beside the fixtures. */
    private static String deploy(String source, ClarityVersion version) {
        Simnet s = fixtures(Epoch.E3_2);
        try {
            s.deploy("subject", source, version, s.deployer());
            return "ok";
        } catch (ClarityError e) {
            return "!" + e.kind().name();
        }
    }

    /** A constant holding a contract principal is a call target from epoch 3.4 only. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            3.2 | !ContractCallExpectName
            3.4 | (ok u42)
            """)
    void constantTarget(String epoch, String expected) {
        Simnet s = fixtures(Epoch.E3_2);
        s.deploy("caller", "(define-constant g .getter) (define-public (f) (contract-call? g get-count))", null, s.deployer());
        s.setEpoch(Epoch.of(epoch));
        String actual;
        try {
            actual = s.callPublic(new ContractPrincipalValue(s.deployer(), "caller"), "f",
                    List.of(), s.deployer()).result().toString();
        } catch (ClarityError e) {
            actual = "!" + e.kind().name();
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static String run(Epoch epoch, String snippet) {
        Simnet s = fixtures(epoch);
        try {
            return s.execute(snippet).result().toString();
        } catch (ClarityError e) {
            return "!" + e.kind().name();
        }
    }

    private static Simnet fixtures(Epoch epoch) {
        Simnet s = Simnet.inEpoch(epoch);
        s.deploy("traits", TRAITS, null, s.deployer());
        s.deploy("counter", COUNTER, null, s.deployer());
        s.deploy("getter", GETTER, null, s.deployer());
        s.deploy("user", USER, null, s.deployer());
        return s;
    }
}

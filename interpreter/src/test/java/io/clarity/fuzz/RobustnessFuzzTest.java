package io.clarity.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Simnet;
import io.clarity.error.ClarityError;
import io.clarity.value.ConsensusCodec;
import io.clarity.version.Epoch;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated inputs must only ever produce values or Clarity errors: never another Java
 * exception, never a stack overflow. The default run is short; {@code -Dfuzz.iterations=N}
 * (the {@code fuzz} Maven profile sets a large N) runs longer.
 */
class RobustnessFuzzTest {

    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 1500);
    private static final long SEED = Long.getLong("fuzz.seed", 20261123L);

    private static final String[] FRAGMENTS = {
        "(", ")", "{", "}", ":", ",", " ", "\n", "u1", "-5", "170141183460469231731687303715884105728",
        "0x", "0xab", "0x1", "\"a\\\"b\"", "\"unterminated", "u\"\\u{1F600}\"", "u\"\\u{}\"", "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM",
        "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN", ".c", ".c.t", "<t>", ";;c\n", ";", "#", "é", "\r",
        "define-constant", "define-data-var", "define-map", "define-public", "define-private", "define-read-only",
        "define-trait", "use-trait", "impl-trait", "define-fungible-token", "define-non-fungible-token",
        "let", "if", "begin", "match", "asserts!", "unwrap!", "try!", "map", "fold", "filter", "list", "tuple",
        "get", "merge", "var-get", "var-set", "map-get?", "map-set", "+", "-", "*", "/", "pow", "is-eq",
        "ok", "err", "some", "none", "true", "uint", "int", "(buff 2)", "(string-ascii 3)", "(list 2 int)",
        "contract-call?", "as-contract", "tx-sender", "stx-transfer?", "print", "x", "f", "a", "b",
        "(response int int)", "(optional uint)", "concat", "len", "element-at?", "sha256", "to-consensus-buff?",
        "from-consensus-buff?", "ft-mint?", "nft-mint?", "at-block", "get-stacks-block-info?", "restrict-assets?",
    };

    private static String randomSource(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(40);
        for (int i = 0; i < n; i++) {
            sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
            if (r.nextBoolean()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** A well-formed contract with one random edit: most inputs fail late, in analysis or at run time. */
    private static String mutatedContract(Random r) {
        String base = "(define-map m {k: uint} {v: (list 3 int)})\n(define-data-var n uint u0)\n"
                + "(define-public (f (a uint) (b (optional int)))\n  (let ((c (+ a u1)))\n"
                + "    (map-set m {k: c} {v: (list (default-to 0 b) 2 3)})\n    (var-set n c)\n"
                + "    (ok (fold + (get v (unwrap-panic (map-get? m {k: c}))) 0))))\n";
        StringBuilder sb = new StringBuilder(base);
        int edits = 1 + r.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
                default -> sb.replace(at, Math.min(sb.length(), at + r.nextInt(6)), FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
            }
        }
        return sb.toString();
    }

    @Test
    void deploysAndSnippetsOnlyEverGiveValuesOrClarityErrors() {
        Random r = new Random(SEED);
        Simnet simnet = Simnet.inEpoch(Epoch.E3_2);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < ITERATIONS; i++) {
            String src = (i % 2 == 0) ? randomSource(r) : mutatedContract(r);
            try {
                simnet.deploy("c" + i, src, null, simnet.deployer());
            } catch (ClarityError expected) {
                // a rejected contract is a fine outcome
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(e + " for input: " + src);
            }
            try {
                simnet.execute(src);
            } catch (ClarityError expected) {
                // likewise
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(e + " for snippet: " + src);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void decodingRandomBytesNeverCrashes() {
        Random r = new Random(SEED + 1);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < ITERATIONS * 4; i++) {
            byte[] bytes = new byte[r.nextInt(48)];
            r.nextBytes(bytes);
            if (bytes.length > 0 && r.nextBoolean()) {
                bytes[0] = (byte) r.nextInt(15);
            }
            try {
                ConsensusCodec.decode(bytes);
            } catch (ConsensusCodec.DecodeException expected) {
                // malformed input is refused cleanly
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(e + " for bytes of length " + bytes.length);
            }
        }
        assertThat(failures).isEmpty();
    }
}

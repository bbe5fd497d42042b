package io.clarity.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Simnet;
import io.clarity.error.ClarityError;
import io.clarity.version.Epoch;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Sources up to the size limit get a clear answer in the memory a small machine gives: deployed
 * in a JVM started with {@code -Xss512k -Xmx512m}, each gets a Clarity error, never an
 * OutOfMemoryError or a StackOverflowError.
 */
class LargeSourceTest {

    @Test
    void sourcesUpToTheLimitAreAnsweredInAHalfGigabyteHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xss512k", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Deploys.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output.lines()).containsExactly(
                "list: ValueTooLarge",
                "expressions: UnknownFunction",
                "over the limit: ContractTooLarge");
    }

    /** Deploys the sources and prints the error kind of each; a Java error exits 1. */
    public static final class Deploys {

        private static final int NEAR_LIMIT = Literals.MAX_SOURCE_LENGTH - 64;

        public static void main(String[] args) {
            StringBuilder list = new StringBuilder("(define-constant c (list");
            while (list.length() < NEAR_LIMIT) {
                list.append(" 1");
            }
            list.append("))");
            deploy("list", list.toString());
            deploy("expressions", "(a)\n".repeat(NEAR_LIMIT / 4));
            deploy("over the limit", "(a)\n".repeat(Literals.MAX_SOURCE_LENGTH / 4 + 1));
        }

        private static void deploy(String what, String source) {
            try {
                Simnet.inEpoch(Epoch.E3_2).deploy("c", source);
                System.out.println(what + ": deployed");
            } catch (ClarityError e) {
                System.out.println(what + ": " + e.kind().name());
            } catch (Throwable e) {
                System.out.println(what + ": " + e);
                System.exit(1);
            }
        }
    }
}

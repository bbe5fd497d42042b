package io.clarity.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.ast.ListExpr;
import io.clarity.eval.CallContext;
import io.clarity.eval.instrument.Attachment;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.value.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL on the seam: a listener attached to a session hears what is typed (also after a
 * reload, until detached), {@code ::steps} shows an evaluation step by step, and the prints that
 * no transaction keeps are shown with their places.
 */
class ReplInstrumentTest {

    @TempDir
    Path dir;

    @Test
    void aListenerHearsSnippetsAcrossReloadsUntilClosed() {
        ReplHarness repl = new ReplHarness(dir);
        List<String> heard = new ArrayList<>();
        Attachment a = repl.session().instrument(new ExecutionListener() {
            @Override
            public void exit(ListExpr expr, CallContext ctx, Value value) {
                heard.add(expr.headName() + " => " + value);
            }
        });
        repl.type("(+ 1 (* 2 3))\n");
        assertThat(heard).containsExactly("* => 6", "+ => 7");
        repl.type("::reload\n");
        heard.clear();
        repl.type("(- 5 1)\n");
        assertThat(heard).containsExactly("- => 4");
        a.close();
        heard.clear();
        repl.type("(- 5 1)\n");
        assertThat(heard).isEmpty();
    }

    @Test
    void stepsShowsTheEvaluationThenTheValue() {
        ReplHarness repl = new ReplHarness(dir);
        assertThat(repl.type("::steps (+ 1 (* 2 3))\n")).isEqualTo("""
                  (* 2 3) => 6
                (+ 1 6) => 7
                7
                """);
    }

    @Test
    void printsOfReadOnlyAndFailedCallsAreShownWithTheirPlace() {
        ReplHarness repl = new ReplHarness(dir);
        repl.type("(define-read-only (look (n uint)) (begin (print n) n)) "
                + "(define-public (crash (n uint)) (begin (print \"crashing\") (ok (- u0 n))))\n");
        String ro = repl.type("(contract-call? .contract-0 look u3)\n");
        assertThat(ro).contains("Prints not kept (read-only, rolled back or failed calls)\ncontract-0:1  u3\n");
        String failed = repl.type("(contract-call? .contract-0 crash u1)\n");
        assertThat(failed).startsWith("Prints not kept (read-only, rolled back or failed calls)\n"
                + "contract-0:1  \"crashing\"\n").contains("ArithmeticUnderflow");
        String kept = repl.type("(print u9)\n");
        assertThat(kept).doesNotContain("not kept").contains("print_event");
    }
}

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

/** A listener attached to a REPL session hears what is typed, also after a reload, until detached. */
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
}

package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.Simnet;
import io.clarity.ast.Expr;
import io.clarity.ast.LiteralExpr;
import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.error.Span;
import io.clarity.eval.Locals;
import io.clarity.value.IntValue;
import io.clarity.value.ListValue;
import io.clarity.value.Value;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.NativeFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Simple natives check their argument count when they run, with the reference's errors: the
 * binding is called directly with counts the type checker would refuse. The count is checked
 * before anything else, so these calls never reach their (absent) call context.
 */
class ArityTest {

    private static String applied(NativeFunction f, int n) {
        List<Expr> args = new ArrayList<>(Collections.nCopies(n, new LiteralExpr(IntValue.of(1), Span.NONE)));
        try {
            Natives.apply(f, args, null, Locals.EMPTY);
            return "ran";
        } catch (ClarityError e) {
            return e.kind().name() + " " + e.getMessage();
        }
    }

    @ParameterizedTest(name = "{0} with {1} arguments")
    @CsvSource(delimiter = '|', textBlock = """
            SQRTI            | 0 | IncorrectArgumentCount expected 1 arguments but got 0
            SQRTI            | 2 | IncorrectArgumentCount expected 1 arguments but got 2
            NOT              | 3 | IncorrectArgumentCount expected 1 arguments but got 3
            MODULO           | 1 | IncorrectArgumentCount expected 2 arguments but got 1
            CMP_LESS         | 1 | IncorrectArgumentCount expected 2 arguments but got 1
            UNWRAP           | 3 | IncorrectArgumentCount expected 2 arguments but got 3
            STX_TRANSFER     | 2 | IncorrectArgumentCount expected 3 arguments but got 2
            STX_TRANSFER_MEMO| 5 | IncorrectArgumentCount expected 4 arguments but got 5
            ADD              | 0 | RequiresAtLeastArguments expected at least 1 arguments but got 0
            IS_EQ            | 0 | RequiresAtLeastArguments expected at least 1 arguments but got 0
            BEGIN            | 0 | RequiresAtLeastArguments expected at least 1 arguments but got 0
            BIT_AND          | 0 | RequiresAtLeastArguments expected at least 1 arguments but got 0
            """)
    void aWrongCountIsRefusedWithTheReferenceError(NativeFunction f, int n, String expected) {
        assertThat(applied(f, n)).startsWith(expected);
    }

    @Test
    void theValuesPathOfMapChecksTheCountToo() {
        List<Value> one = List.of(IntValue.of(7));
        assertThatThrownBy(() -> Natives.applySimple(NativeFunction.MODULO, one, null))
                .isInstanceOfSatisfying(ClarityError.class,
                        e -> assertThat(e.kind()).isEqualTo(RuntimeErrorKind.IncorrectArgumentCount));
    }

    @Test
    void aRangeRefusesBelowWithAtLeastAndAboveWithAtMost() {
        assertThat(Arity.error(2, 3, 1).kind()).isEqualTo(RuntimeErrorKind.RequiresAtLeastArguments);
        assertThat(Arity.error(2, 3, 4).kind()).isEqualTo(RuntimeErrorKind.RequiresAtMostArguments);
        assertThat(Arity.error(2, 3, 4).getMessage()).startsWith("expected at most 3 arguments but got 4");
        assertThat(Arity.error(2, 2, 4).kind()).isEqualTo(RuntimeErrorKind.IncorrectArgumentCount);
        assertThatCode(() -> Arity.check(2, 3, 2)).doesNotThrowAnyException();
        assertThatCode(() -> Arity.check(2, 3, 3)).doesNotThrowAnyException();
        assertThatCode(() -> Arity.check(0, Arity.ANY, 0)).doesNotThrowAnyException();
    }

    @Test
    void principalConstructTakesTwoOrThreeArguments() {
        assertThat(applied(NativeFunction.PRINCIPAL_CONSTRUCT, 1)).startsWith("RequiresAtLeastArguments");
        assertThat(applied(NativeFunction.PRINCIPAL_CONSTRUCT, 4)).startsWith("RequiresAtMostArguments");
    }

    @Test
    void theRightCountRuns() {
        assertThat(Simnet.inEpoch(Epoch.E3_2).execute("(list (mod 7 3) (+ 1) (begin 1 2))")
                .result().toString()).isEqualTo("(list 1 1 2)");
    }

    @Test
    void theLegacyMapAppliesANativeToFewerArgumentsAndTheBindingRefusesThem() {
        Simnet s = Simnet.inEpoch(Epoch.E3_2);
        s.deploy("m", """
                (define-read-only (mods (xs (list 3 int)) (ys (list 3 int))) (map mod xs ys))
                (define-read-only (diffs (xs (list 3 int)) (ys (list 3 int))) (map - xs ys))
                """);
        assertThatThrownBy(() -> s.callReadOnly("m", "mods", List.of(list(), list(IntValue.of(7))), "deployer"))
                .isInstanceOfSatisfying(ClarityError.class,
                        e -> assertThat(e.kind() + " " + e.getMessage()).startsWith("IncorrectArgumentCount expected 2 arguments but got 1"));
        assertThat(s.callReadOnly("m", "diffs", List.of(list(), list(IntValue.of(7))), "deployer").result().toString())
                .isEqualTo("(list -7)");
    }

    private static Value list(Value... items) {
        return new ListValue(List.of(items));
    }
}

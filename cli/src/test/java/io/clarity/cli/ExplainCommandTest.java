package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clarity explain}, and the pointer to it under every diagnostic. */
class ExplainCommandTest {

    @Test
    void aKindIsExplainedWhateverItsCase() {
        CliRunner.Result r = CliRunner.run("explain", "undefinedvariable");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("UndefinedVariable (check error: ")
                .contains("What it means", "Usual causes", "How to fix it")
                .contains("  eval (+ amount u1)\n  !! eval error: use of unresolved variable 'amount'\n");
    }

    @Test
    void aNameSharedByCategoriesShowsEachUnlessTheCategoryIsGiven() {
        assertThat(CliRunner.run("explain", "NameAlreadyUsed").out())
                .contains("NameAlreadyUsed (parse error", "NameAlreadyUsed (check error", "NameAlreadyUsed (runtime error");
        assertThat(CliRunner.run("explain", "runtime/NameAlreadyUsed").out())
                .startsWith("NameAlreadyUsed (runtime error").doesNotContain("(check error");
    }

    @Test
    void anUnknownKindExitsWith2AndSuggestsTheNearestNames() {
        CliRunner.Result r = CliRunner.run("explain", "UndefinedVarable");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("clarity explain: no error kind named 'UndefinedVarable'; did you mean UndefinedVariable?");
        assertThat(CliRunner.run("explain", "qqqqqqqqqqqq").err()).doesNotContain("did you mean");
    }

    @Test
    void withoutAKindEveryKindIsListedByCategory() {
        CliRunner.Result r = CliRunner.run("explain");
        assertThat(r.status()).isZero();
        String out = r.out();
        assertThat(out.indexOf("parse error:")).isLessThan(out.indexOf("check error:"));
        assertThat(out.indexOf("check error:")).isLessThan(out.indexOf("runtime error:"));
        assertThat(out.indexOf("runtime error:")).isLessThan(out.indexOf("call error:"));
        assertThat(out).contains("  DivisionByZero ", "  CostBalanceExceeded ", "  NotPublicFunction ");
    }

    @Test
    void everyDiagnosticEndsWithItsPointer(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.clar"), "(define-read-only (f) (/ u1 u0))\n(define-constant k (f))\n");
        CliRunner.Result r = CliRunner.run("check", bad.toString());
        assertThat(r.out()).contains("  = see: clarity explain DivisionByZero\n");
        CliRunner.Result eval = CliRunner.run("eval", "(let ((list u1)) list)");
        assertThat(eval.err()).contains("  = see: clarity explain runtime/NameAlreadyUsed\n");
    }
}

package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command shares: help with examples, shell completion, colour only on a terminal and without NO_COLOR. */
class ConventionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"repl", "console", "eval", "deploy", "call", "read", "state", "reset", "scenario", "check", "learn", "fuzz", "new", "contract", "contract new"})
    void everySubcommandHasHelpWithExamples(String command) {
        CliRunner.Result r = CliRunner.runIn(dir, "", (command + " --help").split(" "));
        assertThat(r.status()).isZero();
        String name = command.equals("console") ? "repl" : command;
        assertThat(r.out()).startsWith("Usage: clarity " + name).contains("Examples:\n  clarity ");
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
        assertThat(examples(r.out())).allSatisfy(line -> assertThat(line).as("an example that wraps").startsWith("  "));
    }

    private static java.util.List<String> examples(String help) {
        return help.substring(help.indexOf("Examples:")).lines().skip(1).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void theTopLevelListsTheCommandsWithExamples() {
        CliRunner.Result r = CliRunner.runIn(dir, "");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("repl, console").contains("deploy").contains("generate-completion")
                .contains("source <(clarity generate-completion)");
        assertThat(examples(r.out())).allSatisfy(line -> assertThat(line).as("an example that wraps").startsWith("  "));
    }

    @Test
    void shellCompletionIsGeneratedByPicocli() {
        CliRunner.Result r = CliRunner.runIn(dir, "", "generate-completion");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("complete -F _complete_clarity").contains("repl").contains("deploy").contains("--sender");
    }

    private CliRunner.Result eval(Map<String, String> variables, boolean terminal) {
        return CliRunner.runIn(CliRunner.environment(dir, "", variables, terminal), null, "eval", "(+ 1 2)");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertThat(eval(Map.of(), true).out()).isEqualTo("\u001B[32m3\u001B[0m\n");
        assertThat(eval(Map.of(), false).out()).isEqualTo("3\n");
        assertThat(eval(Map.of("NO_COLOR", "1"), true).out()).isEqualTo("3\n");
        assertThat(eval(Map.of("TERM", "dumb"), true).out()).isEqualTo("3\n");
        // no-color.org: an empty NO_COLOR does not count
        assertThat(eval(Map.of("NO_COLOR", ""), true).out()).contains("\u001B[");
        CliRunner.Result help = CliRunner.runIn(CliRunner.environment(dir, "", Map.of("NO_COLOR", "1"), true), null, "call", "--help");
        assertThat(help.out()).doesNotContain("\u001B[");
        CliRunner.Result coloured = CliRunner.runIn(CliRunner.environment(dir, "", Map.of(), true), null, "call", "--help");
        assertThat(coloured.out()).contains("\u001B[");
    }

    @Test
    void errorsAreRedOnATerminal() {
        CliRunner.Result r = CliRunner.runIn(CliRunner.environment(dir, "", Map.of(), true), null, "eval", "(+ 1 u1)");
        assertThat(r.err()).startsWith("\u001B[31merror\u001B[0m[TypeError]");
    }

    @Test
    void errorReportsReachBufferedStreamsAsMainGivesThem() {
        // Main wraps System.out and System.err in auto-flushing writers, which flush on println
        // only; an error report ends with print, so it must be flushed before the JVM exits
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"eval", "(/ 1 0)"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("DivisionByZero").contains("<eval>:1:1");
    }

    @Test
    void theCommandListShowsWholeSentences() {
        CliRunner.Result r = CliRunner.runIn(dir, "");
        String commands = r.out().substring(r.out().indexOf("Commands:"), r.out().indexOf("Examples:"));
        // an entry is a line indented by two, and the more deeply indented lines that wrap it
        String[] entries = commands.replaceAll("\n {3,}", " ").split("\n");
        assertThat(entries).filteredOn(e -> e.startsWith("  ")).hasSize(17)
                .allSatisfy(e -> assertThat(e.strip()).as(e).endsWith("."));
    }
}

package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.cli.console.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The runs that start without picocli ({@link Main#direct}): {@code clarity scenario}'s arguments
 * read by {@link ScenarioArgs} must set the command as picocli sets it, and give up, leaving them
 * to picocli, on whatever it does not know; a bare {@code repl} has picocli's defaults.
 */
class ScenarioArgsTest {

    private static final Environment ENV = CliRunner.environment(Path.of("."), "", Map.of(), false);

    @ParameterizedTest(name = "[{index}] scenario {0}")
    @ValueSource(strings = {
        "a.scn",
        "a.scn b.scn c.scn",
        "- ",
        "--costs a.scn",
        "a.scn --costs",
        "--header --costs --no-cost-tracking --steps a.scn b.scn",
        "--epoch 2.5 a.scn",
        "--epoch nonsense a.scn",
        "--out-dir out a.scn b.scn",
        "--coverage lcov.info --profile p.svg --profile-dimension read_count a.scn",
        "--html report.html --steps a.scn",
        "a.scn -- --costs -x.scn",
        "-- -",
    })
    void readsAsPicocliReads(String line) {
        String[] args = args(line);
        ScenarioCommand quick = ScenarioArgs.read(ENV, args);
        assertThat(quick).as("read without picocli").isNotNull();
        assertThat(fields(quick)).isEqualTo(fields(picocli(args)));
    }

    @ParameterizedTest(name = "[{index}] scenario {0}")
    @ValueSource(strings = {
        "",
        "--help",
        "-h",
        "--version",
        "-V",
        "--help a.scn",
        "--costs",
        "--epoch",
        "--epoch --costs a.scn",
        "--epoch 3.0 --epoch 3.1 a.scn",
        "--costs --costs a.scn",
        "--costs=true a.scn",
        "--epoch=3.0 a.scn",
        "--unknown a.scn",
        "-x.scn",
        "@args.txt",
        "--out-dir @dir a.scn",
        "--html a\u0000b a.scn",
    })
    void leavesToPicocliWhatItDoesNotKnow(String line) {
        assertThat(ScenarioArgs.read(ENV, args(line))).isNull();
    }

    @Test
    void readsEveryOptionOfTheCommand() {
        CommandLine.Model.CommandSpec spec = new CommandLine(new ScenarioCommand(ENV)).getCommandSpec();
        List<String> checked = new ArrayList<>();
        for (CommandLine.Model.OptionSpec option : spec.options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            for (String name : option.names()) {
                List<String> line = new ArrayList<>(List.of("scenario", name));
                if (option.arity().max() > 0) {
                    line.add("value");
                }
                line.add("a.scn");
                String[] args = line.toArray(String[]::new);
                ScenarioCommand quick = ScenarioArgs.read(ENV, args);
                assertThat(quick).as(name + " is read without picocli").isNotNull();
                assertThat(fields(quick)).as(name).isEqualTo(fields(picocli(args)));
                checked.add(name);
            }
        }
        assertThat(checked).contains("--epoch", "--costs", "--html");
    }

    @Test
    void onlyTheScenarioCommand() {
        assertThat(ScenarioArgs.read(ENV, new String[] {"eval", "a.scn"})).isNull();
        assertThat(ScenarioArgs.read(ENV, new String[] {"scenario"})).isNull();
    }

    @Test
    void aRunReadWithoutPicocliPrintsWhatARunReadByItPrints(@TempDir Path tmp) throws IOException {
        Path scn = Files.writeString(tmp.resolve("a.scn"), String.join("\n",
                "deploy c",
                "(define-data-var n uint u0)",
                "(define-public (bump) (begin (var-set n (+ (var-get n) u1)) (print (var-get n)) (ok (var-get n))))",
                "E",
                "call c bump",
                "call c missing",
                "frobnicate",
                ""));
        Environment env = CliRunner.environment(tmp, "", Map.of(), false);
        for (String[] args : List.of(
                new String[] {"scenario", scn.toString()},
                new String[] {"scenario", "--costs", "--header", scn.toString()},
                new String[] {"scenario", "--steps", scn.toString()},
                new String[] {"scenario", "--epoch", "9.9", scn.toString()},
                new String[] {"scenario", tmp.resolve("missing.scn").toString()})) {
            assertThat(ScenarioArgs.read(env, args)).as(Arrays.toString(args)).isNotNull();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
            CliRunner.Result byPicocli = CliRunner.runIn(env, null, args);
            assertThat(new CliRunner.Result(status, out.toString(), err.toString())).as(Arrays.toString(args))
                    .isEqualTo(byPicocli);
        }
    }

    @Test
    void aBareReplHasTheDefaultsPicocliGivesIt(@TempDir Path tmp) {
        ReplCommand byPicocli = new ReplCommand(ENV);
        new CommandLine(byPicocli).parseArgs();
        assertThat(fields(new ReplCommand(ENV), ReplCommand.class)).isEqualTo(fields(byPicocli, ReplCommand.class));
        for (String name : List.of("repl", "console")) {
            Environment env = CliRunner.environment(tmp, "(+ 1 2)\n::get_contracts\n(frobnicate)\n", Map.of(), false);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            assertThat(Main.direct(new String[] {name}, new PrintWriter(out), new PrintWriter(err), env)).isNotNull();
            int status = Main.run(new String[] {name}, new PrintWriter(out, true), new PrintWriter(err, true), env);
            Environment again = CliRunner.environment(tmp, "(+ 1 2)\n::get_contracts\n(frobnicate)\n", Map.of(), false);
            assertThat(new CliRunner.Result(status, out.toString(), err.toString())).as(name)
                    .isEqualTo(CliRunner.runIn(again, null, name));
        }
        assertThat(Main.direct(new String[] {"repl", "--help"}, null, null, ENV)).isNull();
        assertThat(Main.direct(new String[] {"repl", "a.clar"}, null, null, ENV)).isNull();
    }

    private static String[] args(String line) {
        List<String> args = new ArrayList<>(List.of("scenario"));
        for (String word : line.split(" ")) {
            if (!word.isEmpty()) {
                args.add(word);
            }
        }
        if (line.equals("- ")) {
            args.add("-");
        }
        return args.toArray(String[]::new);
    }

    private static ScenarioCommand picocli(String[] args) {
        ScenarioCommand c = new ScenarioCommand(ENV);
        new CommandLine(c).parseArgs(Arrays.copyOfRange(args, 1, args.length));
        return c;
    }

    /** The values of the command's options and parameters, by field name. */
    private static Map<String, Object> fields(ScenarioCommand c) {
        Map<String, Object> values = fields(c, ScenarioCommand.class);
        assertThat(values).containsKeys("files", "epoch", "costs");
        return values;
    }

    private static Map<String, Object> fields(Object c, Class<?> type) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : type.getDeclaredFields()) {
            if (f.isAnnotationPresent(CommandLine.Option.class) || f.isAnnotationPresent(CommandLine.Parameters.class)) {
                try {
                    f.setAccessible(true);
                    values.put(f.getName(), f.get(c));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertThat(values).isNotEmpty();
        return values;
    }
}

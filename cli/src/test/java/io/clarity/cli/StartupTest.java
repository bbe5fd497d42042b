package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The start-up shortcuts give what the full command line gives, and the archive's warm-up runs clean. */
class StartupTest {

    @Test
    void theSubcommandTableNamesEachCommandAsItsAnnotationDoes() {
        Map<String, Class<?>> declared = new LinkedHashMap<>();
        CommandLine full = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                CliRunner.environment(Path.of("."), "", Map.of(), false),
                new Main.Factory(CliRunner.environment(Path.of("."), "", Map.of(), false)));
        List<String> listed = new ArrayList<>();
        full.getSubcommands().forEach((name, sub) -> {
            listed.add(name);
            Class<?> type = sub.getCommandSpec().userObject().getClass();
            CommandLine.Command c = type.getAnnotation(CommandLine.Command.class);
            if (type.getPackageName().equals(Main.class.getPackageName())) {
                declared.put(c.name(), type);
                for (String alias : c.aliases()) {
                    declared.put(alias, type);
                }
            }
        });
        assertThat(Main.SUBCOMMANDS).containsExactlyInAnyOrderEntriesOf(declared);
        assertThat(listed).endsWith("help", "generate-completion");
    }

    @Test
    void versionWithoutPicocliPrintsWhatEverySubcommandsVersionPrints() {
        CliRunner.Result fast = CliRunner.run("--version");
        CliRunner.Result viaPicocli = CliRunner.run("eval", "--version");
        assertThat(fast.status()).isZero();
        assertThat(fast.out()).startsWith("clarity ").contains("Java ").isEqualTo(viaPicocli.out());
        assertThat(CliRunner.run("-V").out()).isEqualTo(fast.out());
    }

    @Test
    void aRunOfOneSubcommandReportsUsageErrorsAsTheFullCommandLineDoes(@TempDir Path tmp) {
        CliRunner.Result alone = CliRunner.run("scenario", "--bogus", "x.scn");
        CliRunner.Result full = CliRunner.runIn(CliRunner.environment(tmp, "", Map.of(), false), null,
                "scenario", "--bogus", "x.scn");
        assertThat(alone.status()).isEqualTo(2).isEqualTo(full.status());
        assertThat(alone.err()).contains("--bogus").isEqualTo(full.err());
    }

    @Test
    void theWarmUpRunsEveryStepOfItsScenario(@TempDir Path tmp) throws IOException {
        StringWriter out = new StringWriter();
        int status = Warmup.run(tmp, new PrintWriter(out, true));
        assertThat(status).isZero();
        String transcript = out.toString();
        assertThat(transcript)
                .contains("deploy warmup warmup.clar => deployed")
                .contains("call warmup deposit u100 as wallet_1 => (ok u100)")
                .contains("info => epoch 3.2")
                .doesNotContain(" !! ")
                .doesNotContain("internal error");
    }
}

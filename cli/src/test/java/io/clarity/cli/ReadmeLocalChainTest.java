package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's local-chain example runs as written from a clone: the script it puts on the PATH
 * is there, every file it names is in the repository, and every command succeeds in order (run
 * in a folder of its own, with the files the commands name read from the clone).
 */
class ReadmeLocalChainTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** A word, or a '...' quoted argument. */
    private static final Pattern ARGUMENT = Pattern.compile("'([^']*)'|(\\S+)");

    @Test
    void theLocalChainExampleRunsAsWrittenFromAClone(@TempDir Path dir) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("## A local chain"));
        String block = section.substring(section.indexOf("```sh\n") + 6, section.indexOf("```", section.indexOf("```sh\n") + 6));
        List<String> lines = block.lines().toList();
        assertThat(lines.get(0)).startsWith("export PATH=\"$PWD:$PATH\"");
        assertThat(ROOT.resolve("clarity")).isRegularFile().isExecutable();
        int commands = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<String> args = arguments(line.replaceFirst("\\s+#.*$", ""));
            assertThat(args.get(0)).as(line).isEqualTo("clarity");
            List<String> resolved = new ArrayList<>();
            for (String a : args.subList(1, args.size())) {
                if (a.endsWith(".clar")) {
                    assertThat(ROOT.resolve(a)).as("a file the README names, in every clone").isRegularFile();
                    resolved.add(ROOT.resolve(a).toString());
                } else {
                    resolved.add(a);
                }
            }
            CliRunner.Result r = CliRunner.runIn(dir, "", resolved.toArray(String[]::new));
            assertThat(r.status()).as(line + "\n" + r.out() + r.err()).isZero();
            commands++;
        }
        assertThat(commands).isEqualTo(7);
    }

    private static List<String> arguments(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(line);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }
}

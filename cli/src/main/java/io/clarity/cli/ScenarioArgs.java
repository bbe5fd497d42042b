package io.clarity.cli;

import io.clarity.cli.console.Environment;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The arguments of {@code clarity scenario} read without picocli, for the runs that need nothing
 * else: picocli's model of a command (its reflection on the annotations, the proxies the JDK spins
 * for them, its converters) was a fifth of a deploy-only scenario's run, and a scenario is what
 * users and scripts start most often. Anything this reader does not know for certain (help,
 * version, an unknown or repeated option, a value that looks like an option, {@code --opt=value},
 * an {@code @file}, no file) makes it give up, and picocli reads the arguments as before, with
 * its errors and its help. {@code ScenarioArgsTest} checks that the two readings agree, and that
 * every option of the command is read here.
 */
final class ScenarioArgs {

    private ScenarioArgs() {
    }

    /**
     * The command with {@code args} (the first, {@code scenario}) set as picocli would set them, or
     * null when picocli must read them.
     */
    static ScenarioCommand read(Environment env, String[] args) {
        if (args.length < 2 || !args[0].equals("scenario")) {
            return null;
        }
        ScenarioCommand c = new ScenarioCommand(env);
        c.profileDimension = "runtime";
        Set<String> seen = new HashSet<>();
        boolean positionalOnly = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("@")) {
                return null;
            }
            if (positionalOnly || a.equals("-") || !a.startsWith("-")) {
                c.files.add(a);
                continue;
            }
            if (a.equals("--")) {
                positionalOnly = true;
                continue;
            }
            if (!seen.add(a)) {
                return null;
            }
            switch (a) {
                case "--header" -> c.header = true;
                case "--costs" -> c.costs = true;
                case "--no-cost-tracking" -> c.noCostTracking = true;
                case "--steps" -> c.steps = true;
                case "--epoch", "--out-dir", "--coverage", "--profile", "--profile-dimension", "--html" -> {
                    if (i + 1 == args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
                        return null;
                    }
                    String value = args[++i];
                    try {
                        switch (a) {
                            case "--epoch" -> c.epoch = value;
                            case "--out-dir" -> c.outDir = Path.of(value);
                            case "--coverage" -> c.coverage = Path.of(value);
                            case "--profile" -> c.profile = Path.of(value);
                            case "--profile-dimension" -> c.profileDimension = value;
                            default -> c.html = Path.of(value);
                        }
                    } catch (InvalidPathException e) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return c.files.isEmpty() ? null : c;
    }
}

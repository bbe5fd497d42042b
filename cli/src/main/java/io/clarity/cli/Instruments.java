package io.clarity.cli;

import io.clarity.Costs.Dimension;
import io.clarity.Simnet;
import io.clarity.cli.console.Environment;
import io.clarity.coverage.Coverage;
import io.clarity.coverage.Lcov;
import io.clarity.profile.CostProfile;
import io.clarity.profile.FlameGraph;
import io.clarity.profile.FoldedStacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code --coverage} and {@code --profile} ask of a command: a coverage and a cost profile
 * (either may be absent) attached to every chain the command runs, written when it ends.
 */
final class Instruments {

    private final Path lcov;
    private final Coverage coverage;
    private final Path profileFile;
    private final CostProfile profile;
    private final Dimension dimension;

    private Instruments(Path lcov, Path profileFile, Dimension dimension) {
        this.lcov = lcov;
        this.coverage = lcov == null ? null : new Coverage();
        this.profileFile = profileFile;
        this.profile = profileFile == null ? null : new CostProfile();
        this.dimension = dimension;
    }

    /**
     * The instruments asked for: coverage written to {@code lcov}, a profile to {@code profile}
     * ({@code .folded} or {@code .svg}) counting {@code dimension}; either path may be null.
     */
    static Instruments of(Environment env, Path lcov, Path profile, String dimension) {
        Dimension d = Dimension.byReportName(dimension);
        Path profileFile = profile == null ? null : env.resolve(profile.toString());
        if (profileFile != null && !isFolded(profileFile) && !isSvg(profileFile)) {
            throw new IllegalArgumentException("--profile " + profile
                    + ": the file name must end in .folded (folded stacks) or .svg (a flame graph)");
        }
        return new Instruments(lcov == null ? null : env.resolve(lcov.toString()), profileFile, d);
    }

    /** Attaches the instruments to {@code simnet}. */
    void attach(Simnet simnet) {
        if (coverage != null) {
            simnet.instrument(coverage);
        }
        if (profile != null) {
            simnet.instrument(profile);
        }
    }

    /** The contracts whose code is a key of {@code files} are in its value. */
    void locate(Map<String, Path> files) {
        if (coverage != null) {
            files.forEach(coverage::locate);
        }
    }

    /** Writes the coverage (added to the LCOV file) and the profile. */
    void write() throws IOException {
        if (coverage != null) {
            String stem = lcov.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            Lcov.write(lcov, coverage.report(lcov.resolveSibling(stem + "-sources")));
        }
        if (profile != null) {
            String text = isSvg(profileFile)
                    ? FlameGraph.svg(profile.folded(), dimension, "clarity cost profile")
                    : FoldedStacks.format(profile.folded(), dimension);
            if (profileFile.getParent() != null) {
                Files.createDirectories(profileFile.getParent());
            }
            Files.writeString(profileFile, text, StandardCharsets.UTF_8);
        }
    }

    private static boolean isFolded(Path p) {
        return p.getFileName().toString().endsWith(".folded");
    }

    private static boolean isSvg(Path p) {
        return p.getFileName().toString().endsWith(".svg");
    }
}

package io.clarity.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --coverage} option of the commands that run code on the local chain ({@code call}, {@code read}). */
final class CoverageOption {

    @Option(names = "--coverage", paramLabel = "LCOV",
            description = "Add the line, function and branch coverage of what runs to the LCOV file LCOV (created, or read and added to: counts add up across runs).")
    Path file;
}

package io.clarity.cli.console;

import picocli.CommandLine;

/** Gives picocli's {@code --version} of every subcommand the lines of {@link Version}. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return Version.lines();
    }
}

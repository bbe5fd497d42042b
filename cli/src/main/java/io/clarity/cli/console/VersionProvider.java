package io.clarity.cli.console;

import picocli.CommandLine;

/**
 * Reports the version from the jar's manifest, whose main section holds for every package of the
 * jar (or "development" when run from classes).
 */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"clarity " + (v == null ? "development" : v),
            "Clarity 1 to 5, epochs 2.0 to 3.4; Java " + System.getProperty("java.version")};
    }
}

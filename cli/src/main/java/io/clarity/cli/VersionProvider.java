package io.clarity.cli;

import picocli.CommandLine;

/** Reports the version from the jar's manifest (or "development" when run from classes). */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"clarity " + (v == null ? "development" : v),
            "Clarity 1 to 5, epochs 2.0 to 3.4; Java " + System.getProperty("java.version")};
    }
}

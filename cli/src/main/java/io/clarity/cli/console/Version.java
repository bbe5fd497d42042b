package io.clarity.cli.console;

/**
 * What {@code clarity --version} prints: the version from the jar's manifest, whose main section
 * holds for every package of the jar (or "development" when run from classes). Free of picocli, so
 * that {@code clarity --version} answers without loading it.
 */
public final class Version {

    private Version() {
    }

    /** The lines of {@code --version}. */
    public static String[] lines() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"clarity " + (v == null ? "development" : v),
            "Clarity 1 to 5, epochs 2.0 to 3.4; Java " + System.getProperty("java.version")};
    }
}

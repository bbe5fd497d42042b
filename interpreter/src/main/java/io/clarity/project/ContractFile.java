package io.clarity.project;

import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.nio.file.Path;

/**
 * A contract to deploy from a file.
 *
 * @param name the contract's name
 * @param path where its source is
 * @param version the Clarity version to deploy it as, or null for the epoch's default
 * @param epoch the epoch to deploy it in, or null for the session's
 */
public record ContractFile(String name, Path path, ClarityVersion version, Epoch epoch) {

    /** A file given on the command line: named after the file, deployed as the session's default. */
    public static ContractFile of(Path path) {
        return new ContractFile(nameOf(path), path, null, null);
    }

    /** A contract of a Clarinet project. */
    public static ContractFile of(ClarinetProject.Contract c) {
        return new ContractFile(c.name(), c.path(), c.version(), c.epoch());
    }

    /** The contract name a file deploys as: its name without {@code .clar}, made a legal name. */
    public static String nameOf(Path file) {
        String n = file.getFileName().toString().replaceFirst("\\.clar$", "").replaceAll("[^a-zA-Z0-9_-]", "-");
        if (n.isEmpty() || !Character.isLetter(n.charAt(0))) {
            n = "c-" + n;
        }
        // contract names are 40 characters at most
        return n.length() > 40 ? n.substring(0, 40) : n;
    }
}

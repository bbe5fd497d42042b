package io.clarity.cli;

import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;

/** The {@code --epoch E} option of several commands: its values and the message for others. */
final class EpochOption {

    private EpochOption() {
    }

    /** The epoch labelled {@code label}, or null. */
    static Epoch parse(String label) {
        return Epoch.of(label);
    }

    /** The default epoch of a contract file given outside a project. */
    static final String DEFAULT = "3.2";

    /**
     * What {@code --epoch} and {@code --clarity-version} give a contract file outside a project: its
     * epoch (default {@link #DEFAULT}) and Clarity version (null: the epoch's), or why they are refused.
     */
    record ForFile(Epoch epoch, ClarityVersion version, String refusal) {

        static ForFile of(String epochLabel, Integer clarityVersion) {
            Epoch e = parse(epochLabel == null ? DEFAULT : epochLabel);
            if (e == null) {
                return new ForFile(null, null, unknown(epochLabel));
            }
            ClarityVersion version = clarityVersion == null ? null : ClarityVersion.of(clarityVersion);
            if (clarityVersion != null && (version == null || !e.allows(version))) {
                return new ForFile(e, null, "Clarity " + clarityVersion + " is not available in epoch " + e.label());
            }
            return new ForFile(e, version, null);
        }
    }

    /** What to say of an unknown epoch. */
    static String unknown(String label) {
        return "unknown epoch " + label + " (known: " + Epoch.knownLabels() + ")";
    }
}

package io.clarity.cli;

import io.clarity.version.Epoch;

/** The {@code --epoch E} option of several commands: its values and the message for others. */
final class EpochOption {

    private EpochOption() {
    }

    /** The epoch labelled {@code label}, or null. */
    static Epoch parse(String label) {
        return Epoch.of(label);
    }

    /** What to say of an unknown epoch. */
    static String unknown(String label) {
        return "unknown epoch " + label + " (known: " + Epoch.knownLabels() + ")";
    }
}

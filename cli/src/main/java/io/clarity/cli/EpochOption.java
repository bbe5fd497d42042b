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
        return "unknown epoch " + label + " (known: 2.0, 2.05, 2.1, 2.2, 2.3, 2.4, 2.5, 3.0, 3.1, 3.2, 3.3, 3.4)";
    }
}

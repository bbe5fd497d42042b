package io.clarity.support;

import io.clarity.Simnet;
import io.clarity.error.ClarityError;
import io.clarity.version.Epoch;

/** Evaluates snippets on a fresh chain, for table-driven tests of natives. */
public final class Snippets {

    private Snippets() {
    }

    /** The printed value of a snippet, or {@code !Kind} when it fails with that error kind. */
    public static String eval(String snippet) {
        return eval(Epoch.E3_2, snippet);
    }

    public static String eval(Epoch epoch, String snippet) {
        Simnet s = Simnet.inEpoch(epoch);
        try {
            return s.execute(snippet).result().toString();
        } catch (ClarityError e) {
            return "!" + e.kind().name();
        }
    }
}

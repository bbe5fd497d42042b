package io.clarity.version;

/** The versions of the Clarity language this interpreter runs. */
public enum ClarityVersion {
    CLARITY1(1), CLARITY2(2), CLARITY3(3), CLARITY4(4), CLARITY5(5);

    private final int number;

    ClarityVersion(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The version numbered {@code n}, or null. */
    public static ClarityVersion of(int n) {
        for (ClarityVersion v : values()) {
            if (v.number == n) {
                return v;
            }
        }
        return null;
    }

    public boolean atLeast(ClarityVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public String toString() {
        return "Clarity " + number;
    }
}

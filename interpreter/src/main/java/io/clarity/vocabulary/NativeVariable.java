package io.clarity.vocabulary;

import io.clarity.version.ClarityVersion;
import java.util.HashMap;
import java.util.Map;

/** The keywords (global variables) of Clarity, with the versions that have them. */
public enum NativeVariable {
    TX_SENDER("tx-sender", 1, 0),
    CONTRACT_CALLER("contract-caller", 1, 0),
    BLOCK_HEIGHT("block-height", 1, 2),
    BURN_BLOCK_HEIGHT("burn-block-height", 1, 0),
    NONE("none", 1, 0),
    TRUE("true", 1, 0),
    FALSE("false", 1, 0),
    STX_LIQUID_SUPPLY("stx-liquid-supply", 1, 0),
    IS_IN_REGTEST("is-in-regtest", 1, 0),
    TX_SPONSOR("tx-sponsor?", 2, 0),
    IS_IN_MAINNET("is-in-mainnet", 2, 0),
    CHAIN_ID("chain-id", 2, 0),
    STACKS_BLOCK_HEIGHT("stacks-block-height", 3, 0),
    TENURE_HEIGHT("tenure-height", 3, 0),
    STACKS_BLOCK_TIME("stacks-block-time", 4, 0),
    CURRENT_CONTRACT("current-contract", 4, 0);

    /** Every name, whatever its versions: names are unique across versions. A HashMap, for speed. */
    private static final Map<String, NativeVariable> BY_NAME = new HashMap<>();
    /**
     * Bit n set when a keyword has n characters (all have fewer than 64): most variables a
     * contract reads are no keyword, and their length tells it without a map lookup.
     */
    private static final long LENGTHS;

    static {
        long lengths = 0;
        for (NativeVariable f : values()) {
            lengths |= 1L << f.clarityName.length();
        }
        LENGTHS = lengths;
        for (NativeVariable f : values()) {
            BY_NAME.put(f.clarityName, f);
        }
    }

    private final String clarityName;
    private final int since;
    private final int until;

    NativeVariable(String clarityName, int since, int until) {
        this.clarityName = clarityName;
        this.since = since;
        this.until = until;
    }

    public String clarityName() {
        return clarityName;
    }

    public int since() {
        return since;
    }

    /** The last version that has it, or 0 when no version has removed it. */
    public int until() {
        return until;
    }

    public boolean existsIn(ClarityVersion v) {
        return v.number() >= since && (until == 0 || v.number() <= until);
    }

    /** The keyword named {@code name} in version {@code v}, or null. */
    public static NativeVariable lookup(String name, ClarityVersion v) {
        int length = name.length();
        if (length >= 64 || (LENGTHS & (1L << length)) == 0) {
            return null;
        }
        NativeVariable f = BY_NAME.get(name);
        return f != null && f.existsIn(v) ? f : null;
    }
}

package io.clarity.version;

import java.util.Arrays;

/** The Stacks epochs the oracle accepts, with the rules that change between them. */
public enum Epoch {
    E2_0("2.0"), E2_05("2.05"), E2_1("2.1"), E2_2("2.2"), E2_3("2.3"), E2_4("2.4"), E2_5("2.5"),
    E3_0("3.0"), E3_1("3.1"), E3_2("3.2"), E3_3("3.3"), E3_4("3.4");

    private final String label;

    Epoch(String label) {
        this.label = label;
    }

    /** {@code "3.2"}. */
    public String label() {
        return label;
    }

    /** Every label, in order, for messages: {@code "2.0, 2.05, ..., 3.4"}. */
    public static String knownLabels() {
        return String.join(", ", Arrays.stream(values()).map(Epoch::label).toList());
    }

    /** The epoch labelled {@code label} ({@code "2.05"}), or null. */
    public static Epoch of(String label) {
        for (Epoch e : values()) {
            if (e.label.equals(label)) {
                return e;
            }
        }
        return null;
    }

    /** The Clarity version a deploy uses when none is given. */
    public ClarityVersion defaultClarityVersion() {
        return switch (this) {
            case E2_0, E2_05 -> ClarityVersion.CLARITY1;
            case E2_1, E2_2, E2_3, E2_4, E2_5 -> ClarityVersion.CLARITY2;
            case E3_0, E3_1, E3_2 -> ClarityVersion.CLARITY3;
            case E3_3 -> ClarityVersion.CLARITY4;
            case E3_4 -> ClarityVersion.CLARITY5;
        };
    }

    /** Whether contracts of {@code version} may be deployed in this epoch. */
    public boolean allows(ClarityVersion version) {
        return version.compareTo(defaultClarityVersion()) <= 0;
    }

    public boolean atLeast(Epoch other) {
        return compareTo(other) >= 0;
    }

    /** Nakamoto (3.0 and later): a transaction's block is a stacks block only, tenures follow burn blocks. */
    public boolean isNakamoto() {
        return atLeast(E3_0);
    }

    /** The call-stack depth limit: 64, raised to 128 in epoch 3.4. */
    public int maxCallStackDepth() {
        return atLeast(E3_4) ? 128 : 64;
    }

    /** The AST nesting limit: the call-stack depth plus a buffer of 5. */
    public int maxNestingDepth() {
        return maxCallStackDepth() + 5;
    }

    /** From 2.1 on the type checker uses the 2.1 rules (callable types, list unions). */
    public boolean usesTypeChecker21() {
        return atLeast(E2_1);
    }

    /**
     * From 2.4 values crossing a contract boundary, and the items of a new list, are sanitized
     * against their types: every list in them is typed by its items again.
     */
    public boolean sanitizesValues() {
        return atLeast(E2_4);
    }

    /** {@code at-block} is refused from epoch 3.4. */
    public boolean supportsAtBlock() {
        return !atLeast(E3_4);
    }

    /** From epoch 3.4 a Clarity 2+ contract may contract-call? a constant holding a contract principal. */
    public boolean supportsCallWithConstant() {
        return atLeast(E3_4);
    }

    /** From epoch 3.3 each block's time is stored in Clarity's database ({@code stacks-block-time}). */
    public boolean usesStoredBlockTime() {
        return atLeast(E3_3);
    }

    /** Functions may have at most 256 parameters and traits 256 methods from epoch 3.3. */
    public boolean limitsParameterAndMethodCount() {
        return atLeast(E3_3);
    }

    @Override
    public String toString() {
        return label;
    }
}

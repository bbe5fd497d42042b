package io.clarity.vocabulary;

/** The eleven define forms; they are recognised only at the top level of a contract. */
public enum DefineKind {
    DEFINE_CONSTANT("define-constant"),
    DEFINE_DATA_VAR("define-data-var"),
    DEFINE_MAP("define-map"),
    DEFINE_PUBLIC("define-public"),
    DEFINE_PRIVATE("define-private"),
    DEFINE_READ_ONLY("define-read-only"),
    DEFINE_FUNGIBLE_TOKEN("define-fungible-token"),
    DEFINE_NON_FUNGIBLE_TOKEN("define-non-fungible-token"),
    DEFINE_TRAIT("define-trait"),
    USE_TRAIT("use-trait"),
    IMPL_TRAIT("impl-trait");

    private final String clarityName;

    DefineKind(String clarityName) {
        this.clarityName = clarityName;
    }

    public String clarityName() {
        return clarityName;
    }

    /** The define form named {@code name}, or null. */
    public static DefineKind lookup(String name) {
        for (DefineKind k : values()) {
            if (k.clarityName.equals(name)) {
                return k;
            }
        }
        return null;
    }
}

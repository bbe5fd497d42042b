package io.clarity.vocabulary;

import io.clarity.version.ClarityVersion;
import java.util.HashMap;
import java.util.Map;

/**
 * Every native function and special form of Clarity, by its Clarity name, with the versions that
 * have it (the reference's table, {@code natives.tsv}). A name outside its versions is not a
 * native: it is an ordinary, unknown identifier.
 */
public enum NativeFunction {
    ADD("+", 1, 0, Kind.SIMPLE, "arithmetic"),
    SUBTRACT("-", 1, 0, Kind.SIMPLE, "arithmetic"),
    MULTIPLY("*", 1, 0, Kind.SIMPLE, "arithmetic"),
    DIVIDE("/", 1, 0, Kind.SIMPLE, "arithmetic"),
    MODULO("mod", 1, 0, Kind.SIMPLE, "arithmetic"),
    POWER("pow", 1, 0, Kind.SIMPLE, "arithmetic"),
    SQRTI("sqrti", 1, 0, Kind.SIMPLE, "arithmetic"),
    LOG2("log2", 1, 0, Kind.SIMPLE, "arithmetic"),
    TO_INT("to-int", 1, 0, Kind.SIMPLE, "arithmetic"),
    TO_UINT("to-uint", 1, 0, Kind.SIMPLE, "arithmetic"),
    CMP_GEQ(">=", 1, 0, Kind.SIMPLE, "arithmetic / logic"),
    CMP_LEQ("<=", 1, 0, Kind.SIMPLE, "arithmetic / logic"),
    CMP_LESS("<", 1, 0, Kind.SIMPLE, "arithmetic / logic"),
    CMP_GREATER(">", 1, 0, Kind.SIMPLE, "arithmetic / logic"),
    XOR("xor", 1, 0, Kind.SIMPLE, "arithmetic"),
    BIT_AND("bit-and", 2, 0, Kind.SIMPLE, "arithmetic"),
    BIT_OR("bit-or", 2, 0, Kind.SIMPLE, "arithmetic"),
    BIT_XOR("bit-xor", 2, 0, Kind.SIMPLE, "arithmetic"),
    BIT_NOT("bit-not", 2, 0, Kind.SIMPLE, "arithmetic"),
    BIT_SHIFT_LEFT("bit-shift-left", 2, 0, Kind.SIMPLE, "arithmetic"),
    BIT_SHIFT_RIGHT("bit-shift-right", 2, 0, Kind.SIMPLE, "arithmetic"),
    AND("and", 1, 0, Kind.SPECIAL, "logic"),
    OR("or", 1, 0, Kind.SPECIAL, "logic"),
    NOT("not", 1, 0, Kind.SIMPLE, "logic"),
    IS_EQ("is-eq", 1, 0, Kind.SIMPLE, "logic"),
    IF("if", 1, 0, Kind.SPECIAL, "control-flow"),
    LET("let", 1, 0, Kind.SPECIAL, "control-flow"),
    BEGIN("begin", 1, 0, Kind.SIMPLE, "control-flow"),
    ASSERTS("asserts!", 1, 0, Kind.SPECIAL, "control-flow"),
    PRINT("print", 1, 0, Kind.SIMPLE, "control-flow"),
    MATCH("match", 1, 0, Kind.SPECIAL, "response-optional"),
    TRY("try!", 1, 0, Kind.SIMPLE, "response-optional"),
    UNWRAP("unwrap!", 1, 0, Kind.SIMPLE, "response-optional"),
    UNWRAP_ERR("unwrap-err!", 1, 0, Kind.SIMPLE, "response-optional"),
    UNWRAP_PANIC("unwrap-panic", 1, 0, Kind.SIMPLE, "response-optional"),
    UNWRAP_ERR_PANIC("unwrap-err-panic", 1, 0, Kind.SIMPLE, "response-optional"),
    DEFAULT_TO("default-to", 1, 0, Kind.SIMPLE, "response-optional"),
    OK("ok", 1, 0, Kind.SIMPLE, "response-optional"),
    ERR("err", 1, 0, Kind.SIMPLE, "response-optional"),
    SOME("some", 1, 0, Kind.SIMPLE, "response-optional"),
    IS_OK("is-ok", 1, 0, Kind.SIMPLE, "response-optional"),
    IS_ERR("is-err", 1, 0, Kind.SIMPLE, "response-optional"),
    IS_SOME("is-some", 1, 0, Kind.SIMPLE, "response-optional"),
    IS_NONE("is-none", 1, 0, Kind.SIMPLE, "response-optional"),
    LIST("list", 1, 0, Kind.SIMPLE, "sequence"),
    MAP("map", 1, 0, Kind.SPECIAL, "sequence"),
    FILTER("filter", 1, 0, Kind.SPECIAL, "sequence"),
    FOLD("fold", 1, 0, Kind.SPECIAL, "sequence"),
    APPEND("append", 1, 0, Kind.SPECIAL, "sequence"),
    CONCAT("concat", 1, 0, Kind.SPECIAL, "sequence"),
    AS_MAX_LEN("as-max-len?", 1, 0, Kind.SPECIAL, "sequence"),
    LEN("len", 1, 0, Kind.SIMPLE, "sequence"),
    SLICE("slice?", 2, 0, Kind.SPECIAL, "sequence"),
    REPLACE_AT("replace-at?", 2, 0, Kind.SPECIAL, "sequence"),
    ELEMENT_AT_ALIAS("element-at", 1, 0, Kind.SIMPLE, "sequence"),
    ELEMENT_AT("element-at?", 2, 0, Kind.SIMPLE, "sequence"),
    INDEX_OF_ALIAS("index-of", 1, 0, Kind.SIMPLE, "sequence"),
    INDEX_OF("index-of?", 2, 0, Kind.SIMPLE, "sequence"),
    TUPLE("tuple", 1, 0, Kind.SPECIAL, "tuple (data)"),
    GET("get", 1, 0, Kind.SPECIAL, "tuple (data)"),
    MERGE("merge", 1, 0, Kind.SIMPLE, "tuple (data)"),
    BUFF_TO_INT_LE("buff-to-int-le", 2, 0, Kind.SIMPLE, "buffer"),
    BUFF_TO_UINT_LE("buff-to-uint-le", 2, 0, Kind.SIMPLE, "buffer"),
    BUFF_TO_INT_BE("buff-to-int-be", 2, 0, Kind.SIMPLE, "buffer"),
    BUFF_TO_UINT_BE("buff-to-uint-be", 2, 0, Kind.SIMPLE, "buffer"),
    STRING_TO_INT("string-to-int?", 2, 0, Kind.SIMPLE, "string"),
    STRING_TO_UINT("string-to-uint?", 2, 0, Kind.SIMPLE, "string"),
    INT_TO_ASCII("int-to-ascii", 2, 0, Kind.SIMPLE, "string"),
    INT_TO_UTF8("int-to-utf8", 2, 0, Kind.SIMPLE, "string"),
    TO_ASCII("to-ascii?", 4, 0, Kind.SPECIAL, "string"),
    TO_CONSENSUS_BUFF("to-consensus-buff?", 2, 0, Kind.SIMPLE, "serialization"),
    FROM_CONSENSUS_BUFF("from-consensus-buff?", 2, 0, Kind.SPECIAL, "serialization"),
    HASH160("hash160", 1, 0, Kind.SIMPLE, "hash"),
    SHA256("sha256", 1, 0, Kind.SIMPLE, "hash"),
    SHA512("sha512", 1, 0, Kind.SIMPLE, "hash"),
    SHA512_256("sha512/256", 1, 0, Kind.SIMPLE, "hash"),
    KECCAK256("keccak256", 1, 0, Kind.SIMPLE, "hash"),
    SECP256K1_RECOVER("secp256k1-recover?", 1, 0, Kind.SPECIAL, "crypto"),
    SECP256K1_VERIFY("secp256k1-verify", 1, 0, Kind.SPECIAL, "crypto"),
    SECP256R1_VERIFY("secp256r1-verify", 4, 0, Kind.SPECIAL, "crypto"),
    ED25519_VERIFY("ed25519-verify", 6, 0, Kind.SPECIAL, "crypto"),
    SECP256K1_DECOMPRESS("secp256k1-decompress?", 6, 0, Kind.SPECIAL, "crypto"),
    VERIFY_MERKLE_PROOF("verify-merkle-proof", 6, 0, Kind.SPECIAL, "crypto/bitcoin"),
    GET_BITCOIN_TX_OUTPUT("get-bitcoin-tx-output?", 6, 0, Kind.SPECIAL, "crypto/bitcoin"),
    MAP_GET("map-get?", 1, 0, Kind.SPECIAL, "map"),
    MAP_SET("map-set", 1, 0, Kind.SPECIAL, "map"),
    MAP_INSERT("map-insert", 1, 0, Kind.SPECIAL, "map"),
    MAP_DELETE("map-delete", 1, 0, Kind.SPECIAL, "map"),
    VAR_GET("var-get", 1, 0, Kind.SPECIAL, "data-var"),
    VAR_SET("var-set", 1, 0, Kind.SPECIAL, "data-var"),
    FT_MINT("ft-mint?", 1, 0, Kind.SPECIAL, "token"),
    FT_TRANSFER("ft-transfer?", 1, 0, Kind.SPECIAL, "token"),
    FT_BURN("ft-burn?", 1, 0, Kind.SPECIAL, "token"),
    FT_GET_BALANCE("ft-get-balance", 1, 0, Kind.SPECIAL, "token"),
    FT_GET_SUPPLY("ft-get-supply", 1, 0, Kind.SPECIAL, "token"),
    NFT_MINT("nft-mint?", 1, 0, Kind.SPECIAL, "token"),
    NFT_TRANSFER("nft-transfer?", 1, 0, Kind.SPECIAL, "token"),
    NFT_BURN("nft-burn?", 1, 0, Kind.SPECIAL, "token"),
    NFT_GET_OWNER("nft-get-owner?", 1, 0, Kind.SPECIAL, "token"),
    STX_GET_BALANCE("stx-get-balance", 1, 0, Kind.SIMPLE, "stx"),
    STX_ACCOUNT("stx-account", 2, 0, Kind.SIMPLE, "stx"),
    STX_TRANSFER("stx-transfer?", 1, 0, Kind.SIMPLE, "stx"),
    STX_TRANSFER_MEMO("stx-transfer-memo?", 2, 0, Kind.SIMPLE, "stx"),
    STX_BURN("stx-burn?", 1, 0, Kind.SIMPLE, "stx"),
    IS_STANDARD("is-standard", 2, 0, Kind.SIMPLE, "principal"),
    PRINCIPAL_DESTRUCT("principal-destruct?", 2, 0, Kind.SIMPLE, "principal"),
    PRINCIPAL_CONSTRUCT("principal-construct?", 2, 0, Kind.SPECIAL, "principal"),
    PRINCIPAL_OF("principal-of?", 1, 0, Kind.SIMPLE, "principal/crypto"),
    CONTRACT_CALL("contract-call?", 1, 0, Kind.SPECIAL, "trait / control-flow"),
    CONTRACT_OF("contract-of", 1, 0, Kind.SPECIAL, "trait"),
    AS_CONTRACT("as-contract", 1, 3, Kind.SPECIAL, "trait / principal"),
    CONTRACT_HASH("contract-hash?", 4, 0, Kind.SPECIAL, "trait / principal"),
    AT_BLOCK("at-block", 1, 4, Kind.SPECIAL, "block-info"),
    GET_BLOCK_INFO("get-block-info?", 1, 2, Kind.SPECIAL, "block-info"),
    GET_BURN_BLOCK_INFO("get-burn-block-info?", 2, 0, Kind.SPECIAL, "block-info"),
    GET_STACKS_BLOCK_INFO("get-stacks-block-info?", 3, 0, Kind.SPECIAL, "block-info"),
    GET_TENURE_INFO("get-tenure-info?", 3, 0, Kind.SPECIAL, "block-info"),
    RESTRICT_ASSETS("restrict-assets?", 4, 0, Kind.SPECIAL, "post-condition"),
    AS_CONTRACT_SAFE("as-contract?", 4, 0, Kind.SPECIAL, "post-condition"),
    WITH_STX("with-stx", 4, 0, Kind.SPECIAL, "post-condition"),
    WITH_FT("with-ft", 4, 0, Kind.SPECIAL, "post-condition"),
    WITH_NFT("with-nft", 4, 0, Kind.SPECIAL, "post-condition"),
    WITH_STACKING("with-stacking", 4, 5, Kind.SPECIAL, "post-condition"),
    WITH_STAKING("with-staking", 6, 0, Kind.SPECIAL, "post-condition"),
    WITH_POX("with-pox", 6, 0, Kind.SPECIAL, "post-condition"),
    WITH_ALL_ASSETS_UNSAFE("with-all-assets-unsafe", 4, 0, Kind.SPECIAL, "post-condition");

    /**
     * How a native's arguments reach its implementation in {@link Natives}: the one meaning of
     * the kind, which {@code NativeTablesTest} checks against the binding. It says nothing about
     * the language: a special form may evaluate every argument, left to right, when it must
     * charge its cost or check something between them ({@code append}, {@code concat}); the
     * learner's documentation ({@link NativeDocs.Kind}) says which forms leave arguments
     * unevaluated.
     */
    public enum Kind {
        /**
         * Bound with an arity and a body of values: the evaluator checks the argument count,
         * evaluates the arguments left to right and charges the cost as {@code NativeCosts} says
         * before the body sees them.
         */
        SIMPLE,
        /**
         * Bound to code that receives the unevaluated argument expressions and evaluates,
         * checks and charges them itself (control flow, names, types, interleaved costs).
         */
        SPECIAL
    }

    /** Every name, whatever its versions: names are unique across versions. A HashMap, for speed. */
    private static final Map<String, NativeFunction> BY_NAME = new HashMap<>();

    static {
        for (NativeFunction f : values()) {
            BY_NAME.put(f.clarityName, f);
        }
    }

    private final String clarityName;
    private final int since;
    private final int until;
    private final Kind kind;
    private final String category;

    NativeFunction(String clarityName, int since, int until, Kind kind, String category) {
        this.clarityName = clarityName;
        this.since = since;
        this.until = until;
        this.kind = kind;
        this.category = category;
    }

    /** The name as written in Clarity. */
    public String clarityName() {
        return clarityName;
    }

    /** The first version that has it. */
    public int since() {
        return since;
    }

    /** The last version that has it, or 0 when no version has removed it. */
    public int until() {
        return until;
    }

    /** How its arguments reach its implementation. */
    public Kind kind() {
        return kind;
    }

    /** The category of the reference's documentation ("arithmetic", "sequence", ...). */
    public String category() {
        return category;
    }

    public boolean existsIn(ClarityVersion v) {
        return v.number() >= since && (until == 0 || v.number() <= until);
    }

    /** The native named {@code name} in version {@code v}, or null. */
    public static NativeFunction lookup(String name, ClarityVersion v) {
        NativeFunction f = BY_NAME.get(name);
        return f != null && f.existsIn(v) ? f : null;
    }
}

package io.clarity.cost;

import java.util.HashMap;
import java.util.Map;

/**
 * The reference's cost functions ({@code ClarityCostFunction}), each named as the boot cost
 * contracts name it ({@code cost_add}). What a function costs is data: one line of the table of
 * each cost contract ({@link CostTable}); which input it receives is a convention of the call site
 * ({@link NativeCosts} for natives, {@link CostInputs} for everything else).
 */
public enum CostFunction {
    ANALYSIS_TYPE_ANNOTATE("cost_analysis_type_annotate"),
    ANALYSIS_TYPE_CHECK("cost_analysis_type_check"),
    ANALYSIS_TYPE_LOOKUP("cost_analysis_type_lookup"),
    ANALYSIS_VISIT("cost_analysis_visit"),
    ANALYSIS_ITERABLE_FUNC("cost_analysis_iterable_func"),
    ANALYSIS_OPTION_CONS("cost_analysis_option_cons"),
    ANALYSIS_OPTION_CHECK("cost_analysis_option_check"),
    ANALYSIS_BIND_NAME("cost_analysis_bind_name"),
    ANALYSIS_LIST_ITEMS_CHECK("cost_analysis_list_items_check"),
    ANALYSIS_CHECK_TUPLE_GET("cost_analysis_check_tuple_get"),
    ANALYSIS_CHECK_TUPLE_MERGE("cost_analysis_check_tuple_merge"),
    ANALYSIS_CHECK_TUPLE_CONS("cost_analysis_check_tuple_cons"),
    ANALYSIS_TUPLE_ITEMS_CHECK("cost_analysis_tuple_items_check"),
    ANALYSIS_CHECK_LET("cost_analysis_check_let"),
    ANALYSIS_LOOKUP_FUNCTION("cost_analysis_lookup_function"),
    ANALYSIS_LOOKUP_FUNCTION_TYPES("cost_analysis_lookup_function_types"),
    ANALYSIS_LOOKUP_VARIABLE_CONST("cost_analysis_lookup_variable_const"),
    ANALYSIS_LOOKUP_VARIABLE_DEPTH("cost_analysis_lookup_variable_depth"),
    AST_PARSE("cost_ast_parse"),
    AST_CYCLE_DETECTION("cost_ast_cycle_detection"),
    ANALYSIS_STORAGE("cost_analysis_storage"),
    ANALYSIS_USE_TRAIT_ENTRY("cost_analysis_use_trait_entry"),
    ANALYSIS_GET_FUNCTION_ENTRY("cost_analysis_get_function_entry"),
    ANALYSIS_FETCH_CONTRACT_ENTRY("cost_analysis_fetch_contract_entry"),
    LOOKUP_VARIABLE_DEPTH("cost_lookup_variable_depth"),
    LOOKUP_VARIABLE_SIZE("cost_lookup_variable_size"),
    LOOKUP_FUNCTION("cost_lookup_function"),
    BIND_NAME("cost_bind_name"),
    INNER_TYPE_CHECK_COST("cost_inner_type_check_cost"),
    USER_FUNCTION_APPLICATION("cost_user_function_application"),
    LET("cost_let"),
    IF("cost_if"),
    ASSERTS("cost_asserts"),
    MAP("cost_map"),
    FILTER("cost_filter"),
    LEN("cost_len"),
    ELEMENT_AT("cost_element_at"),
    INDEX_OF("cost_index_of"),
    FOLD("cost_fold"),
    LIST_CONS("cost_list_cons"),
    TYPE_PARSE_STEP("cost_type_parse_step"),
    TUPLE_GET("cost_tuple_get"),
    TUPLE_MERGE("cost_tuple_merge"),
    TUPLE_CONS("cost_tuple_cons"),
    ADD("cost_add"),
    SUB("cost_sub"),
    MUL("cost_mul"),
    DIV("cost_div"),
    GEQ("cost_geq"),
    LEQ("cost_leq"),
    LE("cost_le"),
    GE("cost_ge"),
    INT_CAST("cost_int_cast"),
    MOD("cost_mod"),
    POW("cost_pow"),
    SQRTI("cost_sqrti"),
    LOG2("cost_log2"),
    XOR("cost_xor"),
    NOT("cost_not"),
    EQ("cost_eq"),
    BEGIN("cost_begin"),
    HASH160("cost_hash160"),
    SHA256("cost_sha256"),
    SHA512("cost_sha512"),
    SHA512T256("cost_sha512t256"),
    KECCAK256("cost_keccak256"),
    SECP256K1RECOVER("cost_secp256k1recover"),
    SECP256K1VERIFY("cost_secp256k1verify"),
    PRINT("cost_print"),
    SOME_CONS("cost_some_cons"),
    OK_CONS("cost_ok_cons"),
    ERR_CONS("cost_err_cons"),
    DEFAULT_TO("cost_default_to"),
    UNWRAP_RET("cost_unwrap_ret"),
    UNWRAP_ERR_OR_RET("cost_unwrap_err_or_ret"),
    IS_OKAY("cost_is_okay"),
    IS_NONE("cost_is_none"),
    IS_ERR("cost_is_err"),
    IS_SOME("cost_is_some"),
    UNWRAP("cost_unwrap"),
    UNWRAP_ERR("cost_unwrap_err"),
    TRY_RET("cost_try_ret"),
    MATCH("cost_match"),
    OR("cost_or"),
    AND("cost_and"),
    APPEND("cost_append"),
    CONCAT("cost_concat"),
    AS_MAX_LEN("cost_as_max_len"),
    CONTRACT_CALL("cost_contract_call"),
    CONTRACT_OF("cost_contract_of"),
    PRINCIPAL_OF("cost_principal_of"),
    AT_BLOCK("cost_at_block"),
    LOAD_CONTRACT("cost_load_contract"),
    CREATE_MAP("cost_create_map"),
    CREATE_VAR("cost_create_var"),
    CREATE_NFT("cost_create_nft"),
    CREATE_FT("cost_create_ft"),
    FETCH_ENTRY("cost_fetch_entry"),
    SET_ENTRY("cost_set_entry"),
    FETCH_VAR("cost_fetch_var"),
    SET_VAR("cost_set_var"),
    CONTRACT_STORAGE("cost_contract_storage"),
    BLOCK_INFO("cost_block_info"),
    STX_BALANCE("cost_stx_balance"),
    STX_TRANSFER("cost_stx_transfer"),
    FT_MINT("cost_ft_mint"),
    FT_TRANSFER("cost_ft_transfer"),
    FT_BALANCE("cost_ft_balance"),
    FT_GET_SUPPLY("cost_ft_get_supply"),
    FT_BURN("cost_ft_burn"),
    NFT_MINT("cost_nft_mint"),
    NFT_TRANSFER("cost_nft_transfer"),
    NFT_OWNER("cost_nft_owner"),
    NFT_BURN("cost_nft_burn"),
    POISON_MICROBLOCK("poison_microblock"),
    BUFF_TO_INT_LE("cost_buff_to_int_le"),
    BUFF_TO_UINT_LE("cost_buff_to_uint_le"),
    BUFF_TO_INT_BE("cost_buff_to_int_be"),
    BUFF_TO_UINT_BE("cost_buff_to_uint_be"),
    IS_STANDARD("cost_is_standard"),
    PRINCIPAL_DESTRUCT("cost_principal_destruct"),
    PRINCIPAL_CONSTRUCT("cost_principal_construct"),
    STRING_TO_INT("cost_string_to_int"),
    STRING_TO_UINT("cost_string_to_uint"),
    INT_TO_ASCII("cost_int_to_ascii"),
    INT_TO_UTF8("cost_int_to_utf8"),
    BURN_BLOCK_INFO("cost_burn_block_info"),
    STX_ACCOUNT("cost_stx_account"),
    SLICE("cost_slice"),
    TO_CONSENSUS_BUFF("cost_to_consensus_buff"),
    FROM_CONSENSUS_BUFF("cost_from_consensus_buff"),
    STX_TRANSFER_MEMO("cost_stx_transfer_memo"),
    REPLACE_AT("cost_replace_at"),
    AS_CONTRACT("cost_as_contract"),
    BITWISE_AND("cost_bitwise_and"),
    BITWISE_OR("cost_bitwise_or"),
    BITWISE_NOT("cost_bitwise_not"),
    BITWISE_LEFT_SHIFT("cost_bitwise_left_shift"),
    BITWISE_RIGHT_SHIFT("cost_bitwise_right_shift"),
    CONTRACT_HASH("cost_contract_hash"),
    TO_ASCII("cost_to_ascii"),
    RESTRICT_ASSETS("cost_restrict_assets"),
    AS_CONTRACT_SAFE("cost_as_contract_safe"),
    SECP256R1VERIFY("cost_secp256r1verify"),
    VERIFY_MERKLE_PROOF("cost_verify_merkle_proof"),
    GET_BITCOIN_TX_OUTPUT("cost_get_bitcoin_tx_output"),
    ED25519VERIFY("cost_ed25519verify"),
    SECP256K1DECOMPRESS("cost_secp256k1decompress");

    private static final Map<String, CostFunction> BY_NAME = new HashMap<>();

    static {
        for (CostFunction f : values()) {
            BY_NAME.put(f.contractName, f);
        }
    }

    private final String contractName;

    CostFunction(String contractName) {
        this.contractName = contractName;
    }

    /** The function's name in the cost contracts, {@code cost_add}. */
    public String contractName() {
        return contractName;
    }

    /** The function named {@code name} in the cost contracts, or null. */
    public static CostFunction byContractName(String name) {
        return BY_NAME.get(name);
    }
}

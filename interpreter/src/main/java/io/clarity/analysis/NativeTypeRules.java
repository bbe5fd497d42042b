package io.clarity.analysis;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.value.OptionalType;
import io.clarity.value.TypeSignature;
import io.clarity.vocabulary.NativeFunction;
import io.clarity.vocabulary.NativeVariable;
import java.util.List;

/**
 * The type rule of every native, bound by one exhaustive switch: a native without a rule does
 * not compile. Simple natives are described by a {@link FunctionType}; special forms by code.
 * The rules live in one class per category ({@code ArithmeticTypes}, {@code LogicTypes},
 * {@code ControlFlowTypes}, {@code OptionTypes}, {@code SequenceTypes}, {@code TupleTypes},
 * {@code StorageTypes}, {@code TokenTypes}, ...); this class is the dispatch, with the argument
 * count and name checks they share.
 */
public final class NativeTypeRules {

    /** The type rule of one native. */
    @FunctionalInterface
    interface Rule {
        TypeSignature check(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx);
    }

    /**
     * The rules bound so far, by ordinal: a native's rule is bound when first needed, so that an
     * analysis links the rules (and loads the category classes) of the natives it meets only.
     * Two threads binding one rule at once make two equal rules, either of which serves.
     */
    private static final Rule[] RULES = new Rule[NativeFunction.values().length];

    private static Rule rule(NativeFunction f) {
        Rule r = RULES[f.ordinal()];
        if (r == null) {
            r = bind(f);
            RULES[f.ordinal()] = r;
        }
        return r;
    }

    private NativeTypeRules() {
    }

    static TypeSignature check(NativeFunction f, TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        return rule(f).check(tc, call, args, ctx);
    }

    private static Rule simple(FunctionType type) {
        return new SimpleRule(type);
    }

    /** The rule of a simple native: its arguments checked against a signature shape. */
    private record SimpleRule(FunctionType type) implements Rule {
        @Override
        public TypeSignature check(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
            return tc.checkFunctionType(type, args, ctx);
        }
    }

    /**
     * The signature shape of {@code f} when its rule is a simple one, else null: the natives that
     * map, filter and fold accept.
     */
    public static FunctionType simpleType(NativeFunction f) {
        return rule(f) instanceof SimpleRule s ? s.type() : null;
    }

    /** Whether {@code f} has a type rule (the tables' self-check asks). */
    public static boolean hasRule(NativeFunction f) {
        return rule(f) != null;
    }

    private static Rule bind(NativeFunction f) {
        return switch (f) {
            case ADD, SUBTRACT, MULTIPLY, DIVIDE, BIT_AND, BIT_OR, BIT_XOR -> simple(ArithmeticTypes.VARIADIC);
            case CMP_GEQ, CMP_LEQ, CMP_LESS, CMP_GREATER -> simple(ArithmeticTypes.COMPARISON);
            case SQRTI, LOG2, BIT_NOT -> simple(ArithmeticTypes.UNARY);
            case MODULO, POWER, XOR -> simple(ArithmeticTypes.BINARY);
            case BIT_SHIFT_LEFT, BIT_SHIFT_RIGHT -> simple(ArithmeticTypes.SHIFT);
            case AND, OR -> simple(LogicTypes.AND_OR);
            case NOT -> simple(LogicTypes.NOT);
            case TO_UINT -> simple(ArithmeticTypes.TO_UINT);
            case TO_INT -> simple(ArithmeticTypes.TO_INT);
            case IS_EQ -> LogicTypes::isEq;
            case IF -> ControlFlowTypes::ifForm;
            case LET -> ControlFlowTypes::let;
            case BEGIN -> ControlFlowTypes::begin;
            case PRINT -> ControlFlowTypes::print;
            case AS_CONTRACT -> ControlFlowTypes::asContract;
            case ASSERTS -> ControlFlowTypes::asserts;
            case UNWRAP -> OptionTypes::unwrap;
            case UNWRAP_ERR -> OptionTypes::unwrapErr;
            case UNWRAP_PANIC -> OptionTypes::unwrapPanic;
            case UNWRAP_ERR_PANIC -> OptionTypes::unwrapErrPanic;
            case TRY -> OptionTypes::tryForm;
            case MATCH -> OptionTypes::match;
            case DEFAULT_TO -> OptionTypes::defaultTo;
            case OK -> OptionTypes::ok;
            case ERR -> OptionTypes::err;
            case SOME -> OptionTypes::some;
            case IS_OK, IS_ERR -> OptionTypes::isOkOrErr;
            case IS_SOME, IS_NONE -> OptionTypes::isSomeOrNone;
            case LIST -> SequenceTypes::list;
            case TUPLE -> TupleTypes::tuple;
            case GET -> TupleTypes::get;
            case MERGE -> TupleTypes::merge;
            case VAR_GET -> StorageTypes::varGet;
            case VAR_SET -> StorageTypes::varSet;
            case MAP_GET -> StorageTypes::mapGet;
            case MAP_SET, MAP_INSERT -> StorageTypes::mapSetOrInsert;
            case MAP_DELETE -> StorageTypes::mapDelete;
            case STX_TRANSFER -> TokenTypes::stxTransfer;
            case STX_GET_BALANCE -> simple(TokenTypes.STX_GET_BALANCE);
            case MAP -> SequenceTypes::map;
            case FILTER -> SequenceTypes::filter;
            case FOLD -> SequenceTypes::fold;
            case APPEND -> SequenceTypes::append;
            case CONCAT -> SequenceTypes::concat;
            case AS_MAX_LEN -> SequenceTypes::asMaxLen;
            case LEN -> SequenceTypes::len;
            case SLICE -> SequenceTypes::slice;
            case REPLACE_AT -> SequenceTypes::replaceAt;
            case ELEMENT_AT_ALIAS, ELEMENT_AT -> SequenceTypes::elementAt;
            case INDEX_OF_ALIAS, INDEX_OF -> SequenceTypes::indexOf;
            case BUFF_TO_INT_LE -> simple(ConversionTypes.BUFF_TO_INT);
            case BUFF_TO_UINT_LE -> simple(ConversionTypes.BUFF_TO_UINT);
            case BUFF_TO_INT_BE -> simple(ConversionTypes.BUFF_TO_INT);
            case BUFF_TO_UINT_BE -> simple(ConversionTypes.BUFF_TO_UINT);
            case STRING_TO_INT -> simple(ConversionTypes.STRING_TO_INT);
            case STRING_TO_UINT -> simple(ConversionTypes.STRING_TO_UINT);
            case INT_TO_ASCII -> simple(ConversionTypes.INT_TO_ASCII);
            case INT_TO_UTF8 -> simple(ConversionTypes.INT_TO_UTF8);
            case TO_ASCII -> ConversionTypes::toAscii;
            case TO_CONSENSUS_BUFF -> ConversionTypes::toConsensusBuff;
            case FROM_CONSENSUS_BUFF -> ConversionTypes::fromConsensusBuff;
            case HASH160 -> simple(CryptoTypes.HASH160);
            case SHA256 -> simple(CryptoTypes.HASH_32);
            case SHA512 -> simple(CryptoTypes.SHA512);
            case SHA512_256 -> simple(CryptoTypes.HASH_32);
            case KECCAK256 -> simple(CryptoTypes.HASH_32);
            case SECP256K1_RECOVER -> CryptoTypes::secp256k1Recover;
            case SECP256K1_VERIFY -> CryptoTypes::secp256k1Verify;
            case SECP256R1_VERIFY -> CryptoTypes::secp256r1Verify;
            case ED25519_VERIFY -> CryptoTypes::ed25519Verify;
            case SECP256K1_DECOMPRESS -> CryptoTypes::secp256k1Decompress;
            case VERIFY_MERKLE_PROOF -> CryptoTypes::verifyMerkleProof;
            case GET_BITCOIN_TX_OUTPUT -> CryptoTypes::getBitcoinTxOutput;
            case IS_STANDARD -> simple(PrincipalTypes.IS_STANDARD);
            case PRINCIPAL_DESTRUCT -> simple(PrincipalTypes.PRINCIPAL_DESTRUCT);
            case PRINCIPAL_CONSTRUCT -> PrincipalTypes::principalConstruct;
            case PRINCIPAL_OF -> PrincipalTypes::principalOf;
            case CONTRACT_HASH -> simple(PrincipalTypes.CONTRACT_HASH);
            case FT_MINT, FT_BURN -> TokenTypes::ftMintOrBurn;
            case FT_TRANSFER -> TokenTypes::ftTransfer;
            case FT_GET_BALANCE -> TokenTypes::ftGetBalance;
            case FT_GET_SUPPLY -> TokenTypes::ftGetSupply;
            case NFT_MINT, NFT_BURN -> TokenTypes::nftMintOrBurn;
            case NFT_TRANSFER -> TokenTypes::nftTransfer;
            case NFT_GET_OWNER -> TokenTypes::nftGetOwner;
            case STX_ACCOUNT -> simple(TokenTypes.STX_ACCOUNT);
            case STX_TRANSFER_MEMO -> TokenTypes::stxTransferMemo;
            case STX_BURN -> simple(TokenTypes.STX_BURN);
            case CONTRACT_CALL -> ContractTypes::contractCall;
            case CONTRACT_OF -> ContractTypes::contractOf;
            case AT_BLOCK -> BlockInfoTypes::atBlock;
            case GET_BLOCK_INFO -> BlockInfoTypes::getBlockInfo;
            case GET_BURN_BLOCK_INFO -> BlockInfoTypes::getBurnBlockInfo;
            case GET_STACKS_BLOCK_INFO -> BlockInfoTypes::getStacksBlockInfo;
            case GET_TENURE_INFO -> BlockInfoTypes::getTenureInfo;
            case RESTRICT_ASSETS -> PostConditionTypes::restrictAssets;
            case AS_CONTRACT_SAFE -> PostConditionTypes::asContractSafe;
            case WITH_STX, WITH_FT, WITH_NFT, WITH_STACKING, WITH_STAKING, WITH_POX, WITH_ALL_ASSETS_UNSAFE ->
                    PostConditionTypes::allowanceOutsideGuard;
        };
    }

    /** The type of a keyword. */
    static TypeSignature keywordType(NativeVariable k) {
        return switch (k) {
            case TX_SENDER, CONTRACT_CALLER, CURRENT_CONTRACT -> TypeSignature.PRINCIPAL;
            case TX_SPONSOR -> new OptionalType(TypeSignature.PRINCIPAL);
            case BLOCK_HEIGHT, BURN_BLOCK_HEIGHT, STACKS_BLOCK_HEIGHT, TENURE_HEIGHT, STX_LIQUID_SUPPLY, CHAIN_ID,
                 STACKS_BLOCK_TIME -> TypeSignature.UINT;
            case NONE -> new OptionalType(TypeSignature.NO_TYPE);
            case TRUE, FALSE, IS_IN_REGTEST, IS_IN_MAINNET -> TypeSignature.BOOL;
        };
    }

    static TraitSignature parseTrait(TypeChecker tc, List<Expr> methods) {
        return ContractTypes.parseTrait(tc, methods);
    }

    /**
     * Item {@code i} of a let's bindings or a tuple's items ({@code what}), which must be a
     * {@code (name value)} pair: BadSyntaxBinding otherwise. The name is checked by the caller.
     */
    static ListExpr bindingPair(Expr b, int i, String what) {
        if (!(b instanceof ListExpr pair)) {
            throw CheckErrorKind.BadSyntaxBinding.error(what + " #" + (i + 1) + " is not a (name value) pair").at(b.span());
        }
        if (pair.size() != 2) {
            throw CheckErrorKind.BadSyntaxBinding.error(what + " #" + (i + 1) + " must hold a name and a value").at(b.span());
        }
        return pair;
    }

    /** IncorrectArgumentCount unless there are exactly {@code n} arguments. */
    static void count(int n, List<Expr> args) {
        if (args.size() != n) {
            throw CheckErrorKind.IncorrectArgumentCount.error(n, args.size());
        }
    }

    /** RequiresAtLeastArguments unless there are {@code n} arguments or more. */
    static void atLeast(int n, List<Expr> args) {
        if (args.size() < n) {
            throw CheckErrorKind.RequiresAtLeastArguments.error(n, args.size());
        }
    }

    /** The name {@code e} holds; {@code otherwise} there when it is no name. */
    static String atom(Expr e, CheckErrorKind otherwise) {
        if (e instanceof AtomExpr a) {
            return a.name();
        }
        throw otherwise.error().at(e.span());
    }
}

package io.clarity.analysis;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.vocabulary.NativeFunction;
import io.clarity.vocabulary.NativeVariable;
import io.clarity.type.OptionalType;
import io.clarity.type.ResponseType;
import io.clarity.type.TupleType;
import io.clarity.type.TypeSignature;
import io.clarity.type.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The type rule of every native, bound by one exhaustive switch: a native without a rule does
 * not compile. Simple natives are described by a {@link FunctionType}; special forms by code.
 */
public final class NativeTypeRules {

    /** The type rule of one native. */
    @FunctionalInterface
    interface Rule {
        TypeSignature check(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx);
    }

    private static final Map<NativeFunction, Rule> RULES = new EnumMap<>(NativeFunction.class);

    static {
        for (NativeFunction f : NativeFunction.values()) {
            RULES.put(f, bind(f));
        }
    }

    private NativeTypeRules() {
    }

    static TypeSignature check(NativeFunction f, TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        return RULES.get(f).check(tc, call, args, ctx);
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

    /** The signature shape of {@code f} when its rule is a simple one, else null. */
    static FunctionType simpleType(NativeFunction f) {
        return RULES.get(f) instanceof SimpleRule s ? s.type() : null;
    }

    private static Rule bind(NativeFunction f) {
        return switch (f) {
            case ADD, SUBTRACT, MULTIPLY, DIVIDE, BIT_AND, BIT_OR, BIT_XOR -> simple(new FunctionType.ArithmeticVariadic());
            case CMP_GEQ, CMP_LEQ, CMP_LESS, CMP_GREATER -> simple(new FunctionType.ArithmeticComparison());
            case SQRTI, LOG2, BIT_NOT -> simple(new FunctionType.ArithmeticUnary());
            case MODULO, POWER, XOR -> simple(new FunctionType.ArithmeticBinary());
            case BIT_SHIFT_LEFT, BIT_SHIFT_RIGHT -> simple(new FunctionType.Binary(
                    List.of(TypeSignature.INT, TypeSignature.UINT), List.of(TypeSignature.UINT), null, true));
            case AND, OR -> simple(new FunctionType.Variadic(TypeSignature.BOOL, TypeSignature.BOOL));
            case NOT -> simple(new FunctionType.Fixed(List.of(TypeSignature.BOOL), TypeSignature.BOOL));
            case TO_UINT -> simple(new FunctionType.Fixed(List.of(TypeSignature.INT), TypeSignature.UINT));
            case TO_INT -> simple(new FunctionType.Fixed(List.of(TypeSignature.UINT), TypeSignature.INT));
            case IS_EQ -> NativeTypeRules::equals;
            case IF -> NativeTypeRules::ifRule;
            case LET -> NativeTypeRules::let;
            case BEGIN -> (tc, call, args, ctx) -> {
                atLeast(1, args);
                return tc.typeCheckConsecutive(args, ctx);
            };
            case PRINT -> (tc, call, args, ctx) -> {
                count(1, args);
                return tc.typeCheck(args.get(0), ctx);
            };
            case AS_CONTRACT -> (tc, call, args, ctx) -> {
                count(1, args);
                return tc.typeCheck(args.get(0), ctx);
            };
            case ASSERTS -> (tc, call, args, ctx) -> {
                count(2, args);
                tc.typeCheckExpects(args.get(0), ctx, TypeSignature.BOOL);
                TypeSignature onError = tc.typeCheck(args.get(1), ctx);
                tc.trackReturnType(onError);
                return TypeSignature.BOOL;
            };
            case UNWRAP -> (tc, call, args, ctx) -> {
                count(2, args);
                TypeSignature input = tc.typeCheck(args.get(0), ctx);
                TypeSignature onError = tc.typeCheck(args.get(1), ctx);
                tc.trackReturnType(onError);
                return unwrapOk(input, args.get(0));
            };
            case UNWRAP_ERR -> (tc, call, args, ctx) -> {
                count(2, args);
                TypeSignature input = tc.typeCheck(args.get(0), ctx);
                TypeSignature onError = tc.typeCheck(args.get(1), ctx);
                tc.trackReturnType(onError);
                return unwrapErr(input, args.get(0));
            };
            case UNWRAP_PANIC -> (tc, call, args, ctx) -> {
                count(1, args);
                return unwrapOk(tc.typeCheck(args.get(0), ctx), args.get(0));
            };
            case UNWRAP_ERR_PANIC -> (tc, call, args, ctx) -> {
                count(1, args);
                return unwrapErr(tc.typeCheck(args.get(0), ctx), args.get(0));
            };
            case TRY -> NativeTypeRules::tryRule;
            case MATCH -> NativeTypeRules::match;
            case DEFAULT_TO -> (tc, call, args, ctx) -> {
                count(2, args);
                TypeSignature dflt = tc.typeCheck(args.get(0), ctx);
                TypeSignature input = tc.typeCheck(args.get(1), ctx);
                if (!(input instanceof OptionalType o)) {
                    throw CheckErrorKind.ExpectedOptionalType.error(input).at(args.get(1).span());
                }
                try {
                    return Types.leastSupertype(tc.epoch(), dflt, o.inner());
                } catch (ClarityError e) {
                    throw CheckErrorKind.DefaultTypesMustMatch.error(dflt, o.inner());
                }
            };
            case OK -> (tc, call, args, ctx) -> {
                count(1, args);
                return Types.response(tc.typeCheck(args.get(0), ctx), TypeSignature.NO_TYPE);
            };
            case ERR -> (tc, call, args, ctx) -> {
                count(1, args);
                return Types.response(TypeSignature.NO_TYPE, tc.typeCheck(args.get(0), ctx));
            };
            case SOME -> (tc, call, args, ctx) -> {
                count(1, args);
                return Types.optional(tc.typeCheck(args.get(0), ctx));
            };
            case IS_OK, IS_ERR -> (tc, call, args, ctx) -> {
                count(1, args);
                TypeSignature input = tc.typeCheck(args.get(0), ctx);
                if (!(input instanceof ResponseType)) {
                    throw CheckErrorKind.ExpectedResponseType.error(input).at(args.get(0).span());
                }
                return TypeSignature.BOOL;
            };
            case IS_SOME, IS_NONE -> (tc, call, args, ctx) -> {
                count(1, args);
                TypeSignature input = tc.typeCheck(args.get(0), ctx);
                if (!(input instanceof OptionalType)) {
                    throw CheckErrorKind.ExpectedOptionalType.error(input).at(args.get(0).span());
                }
                return TypeSignature.BOOL;
            };
            case LIST -> NativeTypeRules::listCons;
            case TUPLE -> NativeTypeRules::tupleCons;
            case GET -> NativeTypeRules::tupleGet;
            case MERGE -> NativeTypeRules::merge;
            case VAR_GET -> (tc, call, args, ctx) -> {
                count(1, args);
                String name = atom(args.get(0), CheckErrorKind.BadMapName);
                TypeSignature t = tc.contract().dataVarType(name);
                if (t == null) {
                    throw CheckErrorKind.NoSuchDataVariable.error(name).at(args.get(0).span());
                }
                return t;
            };
            case VAR_SET -> (tc, call, args, ctx) -> {
                atLeast(2, args);
                String name = atom(args.get(0), CheckErrorKind.BadMapName);
                TypeSignature value = tc.typeCheck(args.get(1), ctx);
                TypeSignature expected = tc.contract().dataVarType(name);
                if (expected == null) {
                    throw CheckErrorKind.NoSuchDataVariable.error(name).at(args.get(0).span());
                }
                if (!Types.admits(tc.epoch(), expected, value)) {
                    throw CheckErrorKind.TypeError.error(expected, value).at(args.get(1).span());
                }
                return TypeSignature.BOOL;
            };
            case MAP_GET -> (tc, call, args, ctx) -> {
                atLeast(2, args);
                String name = atom(args.get(0), CheckErrorKind.BadMapName);
                TypeSignature key = tc.typeCheck(args.get(1), ctx);
                TypeSignature[] types = mapTypes(tc, args.get(0));
                OptionalType result = Types.optional(types[1]);
                if (!Types.admits(tc.epoch(), types[0], key)) {
                    throw CheckErrorKind.TypeError.error(types[0], key).at(args.get(1).span());
                }
                return result;
            };
            case MAP_SET, MAP_INSERT -> (tc, call, args, ctx) -> {
                atLeast(3, args);
                String name = atom(args.get(0), CheckErrorKind.BadMapName);
                TypeSignature key = tc.typeCheck(args.get(1), ctx);
                TypeSignature value = tc.typeCheck(args.get(2), ctx);
                TypeSignature[] types = mapTypes(tc, args.get(0));
                if (!Types.admits(tc.epoch(), types[0], key)) {
                    throw CheckErrorKind.TypeError.error(types[0], key).at(args.get(1).span());
                }
                if (!Types.admits(tc.epoch(), types[1], value)) {
                    throw CheckErrorKind.TypeError.error(types[1], value).at(args.get(2).span());
                }
                return TypeSignature.BOOL;
            };
            case MAP_DELETE -> (tc, call, args, ctx) -> {
                atLeast(2, args);
                String name = atom(args.get(0), CheckErrorKind.BadMapName);
                TypeSignature key = tc.typeCheck(args.get(1), ctx);
                TypeSignature[] types = mapTypes(tc, args.get(0));
                if (!Types.admits(tc.epoch(), types[0], key)) {
                    throw CheckErrorKind.TypeError.error(types[0], key).at(args.get(1).span());
                }
                return TypeSignature.BOOL;
            };
            case STX_TRANSFER -> (tc, call, args, ctx) -> {
                count(3, args);
                tc.typeCheckExpects(args.get(0), ctx, TypeSignature.UINT);
                tc.typeCheckExpects(args.get(1), ctx, TypeSignature.PRINCIPAL);
                tc.typeCheckExpects(args.get(2), ctx, TypeSignature.PRINCIPAL);
                return new ResponseType(TypeSignature.BOOL, TypeSignature.UINT);
            };
            case STX_GET_BALANCE -> simple(new FunctionType.Fixed(List.of(TypeSignature.PRINCIPAL), TypeSignature.UINT));
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

    // ---------------------------------------------------------------------------------------

    static void count(int n, List<Expr> args) {
        if (args.size() != n) {
            throw CheckErrorKind.IncorrectArgumentCount.error(n, args.size());
        }
    }

    static void atLeast(int n, List<Expr> args) {
        if (args.size() < n) {
            throw CheckErrorKind.RequiresAtLeastArguments.error(n, args.size());
        }
    }

    static String atom(Expr e, CheckErrorKind otherwise) {
        if (e instanceof AtomExpr a) {
            return a.name();
        }
        throw otherwise.error().at(e.span());
    }

    /** The key and value types of the map named by {@code name}; NoSuchMap there when there is none. */
    private static TypeSignature[] mapTypes(TypeChecker tc, Expr name) {
        String mapName = ((AtomExpr) name).name();
        TypeSignature[] types = tc.contract().mapTypes(mapName);
        if (types == null) {
            throw CheckErrorKind.NoSuchMap.error(mapName).at(name.span());
        }
        return types;
    }

    /** What unwrap!, unwrap-panic and try! give from {@code input}, the type of {@code where}. */
    private static TypeSignature unwrapOk(TypeSignature input, Expr where) {
        if (input instanceof OptionalType o) {
            if (o.inner() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineResponseOkType.error().at(where.span());
            }
            return o.inner();
        }
        if (input instanceof ResponseType r) {
            if (r.ok() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineResponseOkType.error().at(where.span());
            }
            return r.ok();
        }
        throw CheckErrorKind.ExpectedOptionalOrResponseType.error(input).at(where.span());
    }

    /** What unwrap-err! and unwrap-err-panic give from {@code input}, the type of {@code where}. */
    private static TypeSignature unwrapErr(TypeSignature input, Expr where) {
        if (input instanceof ResponseType r) {
            if (r.err() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineResponseErrType.error().at(where.span());
            }
            return r.err();
        }
        throw CheckErrorKind.ExpectedResponseType.error(input).at(where.span());
    }

    private static TypeSignature tryRule(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        TypeSignature input = tc.typeCheck(args.get(0), ctx);
        if (input instanceof OptionalType o) {
            if (o.inner() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineResponseOkType.error().at(args.get(0).span());
            }
            tc.trackReturnType(Types.optional(TypeSignature.NO_TYPE));
            return o.inner();
        }
        if (input instanceof ResponseType r) {
            if (r.ok() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineResponseOkType.error().at(args.get(0).span());
            }
            if (r.err() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineResponseErrType.error().at(args.get(0).span());
            }
            tc.trackReturnType(Types.response(TypeSignature.NO_TYPE, r.err()));
            return r.ok();
        }
        throw CheckErrorKind.ExpectedOptionalOrResponseType.error(input).at(args.get(0).span());
    }

    private static TypeSignature match(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(1, args);
        TypeSignature input = tc.typeCheck(args.get(0), ctx);
        List<Expr> rest = args.subList(1, args.size());
        if (input instanceof OptionalType o) {
            if (rest.size() != 3) {
                throw CheckErrorKind.BadMatchOptionSyntax.error(
                        String.format(CheckErrorKind.IncorrectArgumentCount.template(), 4, rest.size() + 1));
            }
            String name = bindName(rest.get(0), CheckErrorKind.BadMatchOptionSyntax);
            if (o.inner() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineMatchTypes.error().at(args.get(0).span());
            }
            TypeSignature someType = tc.checkWithBinding(rest.get(1), name, o.inner(), ctx);
            TypeSignature noneType = tc.typeCheck(rest.get(2), ctx);
            try {
                return Types.leastSupertype(tc.epoch(), someType, noneType);
            } catch (ClarityError e) {
                throw CheckErrorKind.MatchArmsMustMatch.error(someType, noneType);
            }
        }
        if (input instanceof ResponseType r) {
            if (rest.size() != 4) {
                throw CheckErrorKind.BadMatchResponseSyntax.error(
                        String.format(CheckErrorKind.IncorrectArgumentCount.template(), 5, rest.size() + 1));
            }
            String okName = bindName(rest.get(0), CheckErrorKind.BadMatchResponseSyntax);
            String errName = bindName(rest.get(2), CheckErrorKind.BadMatchResponseSyntax);
            if (r.ok() instanceof TypeSignature.NoType || r.err() instanceof TypeSignature.NoType) {
                throw CheckErrorKind.CouldNotDetermineMatchTypes.error().at(args.get(0).span());
            }
            TypeSignature okType = tc.checkWithBinding(rest.get(1), okName, r.ok(), ctx);
            TypeSignature errType = tc.checkWithBinding(rest.get(3), errName, r.err(), ctx);
            try {
                return Types.leastSupertype(tc.epoch(), okType, errType);
            } catch (ClarityError e) {
                throw CheckErrorKind.MatchArmsMustMatch.error(okType, errType);
            }
        }
        throw CheckErrorKind.BadMatchInput.error(input).at(args.get(0).span());
    }

    private static String bindName(Expr e, CheckErrorKind syntax) {
        if (e instanceof AtomExpr a) {
            return a.name();
        }
        throw syntax.error(CheckErrorKind.ExpectedName.template()).at(e.span());
    }

    private static TypeSignature equals(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(1, args);
        TypeSignature current = null;
        ClarityError failure = null;
        for (Expr arg : args) {
            TypeSignature t = tc.typeCheck(arg, ctx);
            if (failure != null) {
                continue;
            }
            if (current == null) {
                current = t;
            }
            try {
                current = Types.leastSupertype(tc.epoch(), t, current);
            } catch (ClarityError e) {
                failure = CheckErrorKind.TypeError.error(t, current).at(arg.span());
            }
        }
        if (failure != null) {
            throw failure;
        }
        return TypeSignature.BOOL;
    }

    private static TypeSignature ifRule(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(3, args);
        tc.typeCheckExpects(args.get(0), ctx, TypeSignature.BOOL);
        TypeSignature a = tc.typeCheck(args.get(1), ctx);
        TypeSignature b = tc.typeCheck(args.get(2), ctx);
        try {
            return Types.concretize(Types.leastSupertype(tc.epoch(), a, b));
        } catch (ClarityError e) {
            throw CheckErrorKind.IfArmsMustMatch.error(a, b);
        }
    }

    private static TypeSignature let(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(2, args);
        if (!(args.get(0) instanceof ListExpr bindings)) {
            throw CheckErrorKind.BadLetSyntax.error().at(args.get(0).span());
        }
        TypingContext inner = ctx.extend();
        List<Expr> items = bindings.items();
        for (int i = 0; i < items.size(); i++) {
            ListExpr pair = bindingPair(items.get(i), i, "let binding");
            if (!(pair.get(0) instanceof AtomExpr name)) {
                throw CheckErrorKind.BadSyntaxBinding.error("let binding #" + (i + 1) + "'s name is not a name").at(pair.get(0).span());
            }
            try {
                tc.contract().checkNameUsed(name.name());
                if (inner.lookupVariable(name.name()) != null) {
                    throw CheckErrorKind.NameAlreadyUsed.error(name.name());
                }
            } catch (ClarityError e) {
                throw e.at(name.span());
            }
            TypeSignature t = tc.typeCheck(pair.get(1), inner);
            inner.addVariable(name.name(), t, tc.version());
        }
        return tc.typeCheckConsecutive(args.subList(1, args.size()), inner);
    }

    private static TypeSignature listCons(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        List<TypeSignature> types = new ArrayList<>(args.size());
        long size = 0;
        for (Expr a : args) {
            TypeSignature t = tc.typeCheck(a, ctx);
            size += Types.size(t);
            types.add(t);
        }
        // the 2.05 checker has no such check: its list construction fails in the unification
        if (size > Types.MAX_VALUE_SIZE && tc.epoch().usesTypeChecker21()) {
            throw CheckErrorKind.ValueTooLarge.error();
        }
        return Types.parentListType(types);
    }

    private static TypeSignature tupleCons(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(1, args);
        TreeMap<String, TypeSignature> fields = new TreeMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            ListExpr pair = bindingPair(args.get(i), i, "tuple item");
            if (!(pair.get(0) instanceof AtomExpr name)) {
                throw CheckErrorKind.BadSyntaxBinding.error("tuple item #" + (i + 1) + "'s name is not a name").at(pair.get(0).span());
            }
            TypeSignature t = tc.typeCheck(pair.get(1), ctx);
            if (seen.put(name.name(), Boolean.TRUE) != null) {
                throw CheckErrorKind.BadTupleConstruction.error("the field '" + name.name() + "' appears twice").at(name.span());
            }
            fields.put(name.name(), t);
        }
        try {
            return Types.tuple(fields);
        } catch (ClarityError e) {
            // the reference reports a tuple type it cannot build (too large, too deep) as a bad construction
            throw CheckErrorKind.BadTupleConstruction.error(e.getMessage()).at(call.span());
        }
    }

    private static TypeSignature tupleGet(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(2, args);
        String field = atom(args.get(0), CheckErrorKind.BadTupleFieldName);
        TypeSignature t = tc.typeCheck(args.get(1), ctx);
        try {
            if (t instanceof TupleType tuple) {
                return field(tuple, field);
            }
            if (t instanceof OptionalType o && o.inner() instanceof TupleType tuple) {
                return Types.optional(field(tuple, field));
            }
        } catch (ClarityError e) {
            throw e.at(args.get(0).span());
        }
        throw CheckErrorKind.ExpectedTuple.error(t instanceof OptionalType o ? o.inner() : t).at(args.get(1).span());
    }

    private static TypeSignature field(TupleType tuple, String name) {
        TypeSignature t = tuple.field(name);
        if (t == null) {
            throw CheckErrorKind.NoSuchTupleField.error(name, tuple);
        }
        return t;
    }

    private static TypeSignature merge(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(2, args);
        TypeSignature base = tc.typeCheck(args.get(0), ctx);
        if (!(base instanceof TupleType b)) {
            throw CheckErrorKind.ExpectedTuple.error(base).at(args.get(0).span());
        }
        TypeSignature update = tc.typeCheck(args.get(1), ctx);
        if (!(update instanceof TupleType u)) {
            throw CheckErrorKind.ExpectedTuple.error(update).at(args.get(1).span());
        }
        TreeMap<String, TypeSignature> merged = b.asMap();
        merged.putAll(u.asMap());
        return TupleType.of(merged);
    }
}

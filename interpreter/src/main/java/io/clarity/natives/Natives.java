package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.cost.NativeCosts;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.Locals;
import io.clarity.value.Value;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Binds every native to its implementation with one exhaustive switch: a native added to
 * {@link NativeFunction} without an implementation does not compile. Simple natives receive
 * their arguments evaluated left to right; special forms receive the expressions.
 */
public final class Natives {

    /** A special form: gets its argument expressions and evaluates them as it needs. */
    @FunctionalInterface
    public interface Special {
        Value apply(List<Expr> args, CallContext ctx, Locals locals);
    }

    /** A simple native: gets its arguments already evaluated. */
    @FunctionalInterface
    public interface Simple extends Evaluator.SimpleNative {
    }

    private static final Map<NativeFunction, Special> IMPLEMENTATIONS = new EnumMap<>(NativeFunction.class);

    static {
        for (NativeFunction f : NativeFunction.values()) {
            IMPLEMENTATIONS.put(f, bind(f));
        }
    }

    private Natives() {
    }

    /** Applies {@code f} to its argument expressions. */
    public static Value apply(NativeFunction f, List<Expr> args, CallContext ctx, Locals locals) {
        return IMPLEMENTATIONS.get(f).apply(args, ctx, locals);
    }

    /**
     * Applies a native to values (as map, filter and fold do). A special form, such as
     * {@code and} or {@code or}, receives the values as literal expressions, as the reference
     * does: it evaluates them to themselves.
     */
    public static Value applySimple(NativeFunction f, List<Value> args, CallContext ctx) {
        Special s = IMPLEMENTATIONS.get(f);
        if (s instanceof EvaluatingAdapter a) {
            Evaluator.chargeNative(a.cost(), args, ctx);
            return a.body.apply(args, ctx);
        }
        List<Expr> literals = new ArrayList<>(args.size());
        for (Value v : args) {
            literals.add(new io.clarity.ast.LiteralExpr(v, io.clarity.ast.Span.NONE));
        }
        return s.apply(literals, ctx, Locals.EMPTY);
    }

    /** Whether {@code f} is bound as a simple native, whose arguments and cost the evaluator handles. */
    static boolean isSimple(NativeFunction f) {
        return IMPLEMENTATIONS.get(f) instanceof EvaluatingAdapter;
    }

    /** Evaluates the arguments and charges the cost (as io.clarity.cost.NativeCosts says), then runs the simple native. */
    private record EvaluatingAdapter(NativeCosts.Entry cost, Simple body) implements Special {
        @Override
        public Value apply(List<Expr> args, CallContext ctx, Locals locals) {
            return Evaluator.applySimple(cost, args, ctx, locals, body);
        }
    }

    private static Special simple(NativeFunction f, Simple body) {
        return new EvaluatingAdapter(NativeCosts.lookup(f), body);
    }

    private static Special bind(NativeFunction f) {
        return switch (f) {
            case ADD -> simple(f, (a, c) -> Arithmetic.add(a));
            case SUBTRACT -> simple(f, (a, c) -> Arithmetic.subtract(a));
            case MULTIPLY -> simple(f, (a, c) -> Arithmetic.multiply(a));
            case DIVIDE -> simple(f, (a, c) -> Arithmetic.divide(a));
            case MODULO -> simple(f, (a, c) -> Arithmetic.modulo(a.get(0), a.get(1)));
            case POWER -> simple(f, (a, c) -> Arithmetic.pow(a.get(0), a.get(1)));
            case SQRTI -> simple(f, (a, c) -> Arithmetic.sqrti(a.get(0)));
            case LOG2 -> simple(f, (a, c) -> Arithmetic.log2(a.get(0)));
            case TO_INT -> simple(f, (a, c) -> Arithmetic.toInt(a.get(0)));
            case TO_UINT -> simple(f, (a, c) -> Arithmetic.toUInt(a.get(0)));
            case CMP_GEQ -> simple(f, (a, c) -> Logic.compare(a, r -> r >= 0));
            case CMP_LEQ -> simple(f, (a, c) -> Logic.compare(a, r -> r <= 0));
            case CMP_LESS -> simple(f, (a, c) -> Logic.compare(a, r -> r < 0));
            case CMP_GREATER -> simple(f, (a, c) -> Logic.compare(a, r -> r > 0));
            case AND -> (args, ctx, locals) -> Logic.and(f, args, ctx, locals);
            case OR -> (args, ctx, locals) -> Logic.or(f, args, ctx, locals);
            case NOT -> simple(f, (a, c) -> Logic.not(a.get(0)));
            case IS_EQ -> simple(f, Logic::isEq);
            case IF -> ControlFlow::ifForm;
            case LET -> ControlFlow::let;
            case BEGIN -> simple(f, (a, c) -> a.get(a.size() - 1));
            case ASSERTS -> ControlFlow::asserts;
            case PRINT -> simple(f, ControlFlow::print);
            case AS_CONTRACT -> ControlFlow::asContract;
            case MATCH -> ControlFlow::match;
            case TRY -> simple(f, (a, c) -> Options.tryUnwrap(a.get(0)));
            case UNWRAP -> simple(f, (a, c) -> Options.unwrapOrReturn(a.get(0), a.get(1)));
            case UNWRAP_ERR -> simple(f, (a, c) -> Options.unwrapErrOrReturn(a.get(0), a.get(1)));
            case UNWRAP_PANIC -> simple(f, (a, c) -> Options.unwrapPanic(a.get(0)));
            case UNWRAP_ERR_PANIC -> simple(f, (a, c) -> Options.unwrapErrPanic(a.get(0)));
            case DEFAULT_TO -> simple(f, (a, c) -> Options.defaultTo(a.get(0), a.get(1)));
            case OK -> simple(f, (a, c) -> new io.clarity.value.OkValue(a.get(0)));
            case ERR -> simple(f, (a, c) -> new io.clarity.value.ErrValue(a.get(0)));
            case SOME -> simple(f, (a, c) -> new io.clarity.value.SomeValue(a.get(0)));
            case IS_OK -> simple(f, (a, c) -> Options.isOk(a.get(0)));
            case IS_ERR -> simple(f, (a, c) -> Options.isErr(a.get(0)));
            case IS_SOME -> simple(f, (a, c) -> Options.isSome(a.get(0)));
            case IS_NONE -> simple(f, (a, c) -> Options.isNone(a.get(0)));
            case LIST -> simple(f, (a, c) -> io.clarity.type.Types.consList(c.exec().epoch(), a));
            case TUPLE -> Tuples::tuple;
            case GET -> Tuples::get;
            case MERGE -> simple(f, (a, c) -> Tuples.merge(a.get(0), a.get(1)));
            case VAR_GET -> Storage::varGet;
            case VAR_SET -> Storage::varSet;
            case MAP_GET -> Storage::mapGet;
            case MAP_SET -> Storage::mapSet;
            case MAP_INSERT -> Storage::mapInsert;
            case MAP_DELETE -> Storage::mapDelete;
            case STX_TRANSFER -> simple(f, Stx::transfer);
            case STX_GET_BALANCE -> simple(f, Stx::getBalance);
            case MAP -> Sequences::map;
            case FILTER -> Sequences::filter;
            case FOLD -> Sequences::fold;
            case APPEND -> Sequences::append;
            case CONCAT -> Sequences::concat;
            case AS_MAX_LEN -> Sequences::asMaxLen;
            case LEN -> simple(f, (a, c) -> Sequences.len(a.get(0)));
            case SLICE -> Sequences::slice;
            case REPLACE_AT -> Sequences::replaceAt;
            case ELEMENT_AT_ALIAS -> simple(f, (a, c) -> Sequences.elementAt(a.get(0), a.get(1)));
            case ELEMENT_AT -> simple(f, (a, c) -> Sequences.elementAt(a.get(0), a.get(1)));
            case INDEX_OF_ALIAS -> simple(f, (a, c) -> Sequences.indexOf(a.get(0), a.get(1)));
            case INDEX_OF -> simple(f, (a, c) -> Sequences.indexOf(a.get(0), a.get(1)));
            case BUFF_TO_INT_LE -> simple(f, (a, c) -> Conversions.buffToInteger(a.get(0), true, true));
            case BUFF_TO_UINT_LE -> simple(f, (a, c) -> Conversions.buffToInteger(a.get(0), true, false));
            case BUFF_TO_INT_BE -> simple(f, (a, c) -> Conversions.buffToInteger(a.get(0), false, true));
            case BUFF_TO_UINT_BE -> simple(f, (a, c) -> Conversions.buffToInteger(a.get(0), false, false));
            case STRING_TO_INT -> simple(f, (a, c) -> Conversions.stringToInteger(a.get(0), true));
            case STRING_TO_UINT -> simple(f, (a, c) -> Conversions.stringToInteger(a.get(0), false));
            case INT_TO_ASCII -> simple(f, (a, c) -> Conversions.intToAscii(a.get(0)));
            case INT_TO_UTF8 -> simple(f, (a, c) -> Conversions.intToUtf8(a.get(0)));
            case TO_ASCII -> Conversions::toAscii;
            case TO_CONSENSUS_BUFF -> simple(f, (a, c) -> Conversions.toConsensusBuff(a.get(0)));
            case FROM_CONSENSUS_BUFF -> Conversions::fromConsensusBuff;
            case HASH160 -> simple(f, (a, c) -> Crypto.hash160(a.get(0)));
            case SHA256 -> simple(f, (a, c) -> Crypto.sha256(a.get(0)));
            case SHA512 -> simple(f, (a, c) -> Crypto.sha512(a.get(0)));
            case SHA512_256 -> simple(f, (a, c) -> Crypto.sha512256(a.get(0)));
            case KECCAK256 -> simple(f, (a, c) -> Crypto.keccak256(a.get(0)));
            case SECP256K1_RECOVER -> (args, ctx, locals) -> Crypto.secp256k1Recover(f, args, ctx, locals);
            case SECP256K1_VERIFY -> (args, ctx, locals) -> Crypto.secp256k1Verify(f, args, ctx, locals);
            case SECP256R1_VERIFY -> (args, ctx, locals) -> Crypto.secp256r1Verify(f, args, ctx, locals);
            case ED25519_VERIFY -> Crypto::ed25519Verify;
            case SECP256K1_DECOMPRESS -> Crypto::secp256k1Decompress;
            case VERIFY_MERKLE_PROOF -> Crypto::verifyMerkleProof;
            case GET_BITCOIN_TX_OUTPUT -> Crypto::getBitcoinTxOutput;
            case IS_STANDARD -> simple(f, (a, c) -> Principals.isStandard(a.get(0)));
            case PRINCIPAL_DESTRUCT -> simple(f, (a, c) -> Principals.principalDestruct(a.get(0)));
            case PRINCIPAL_CONSTRUCT -> Principals::principalConstruct;
            case PRINCIPAL_OF -> simple(f, (a, c) -> Principals.principalOf(a.get(0)));
            case CONTRACT_HASH -> Principals::contractHash;
            case FT_MINT -> Tokens::ftMint;
            case FT_TRANSFER -> Tokens::ftTransfer;
            case FT_BURN -> Tokens::ftBurn;
            case FT_GET_BALANCE -> Tokens::ftGetBalance;
            case FT_GET_SUPPLY -> Tokens::ftGetSupply;
            case NFT_MINT -> Tokens::nftMint;
            case NFT_TRANSFER -> Tokens::nftTransfer;
            case NFT_BURN -> Tokens::nftBurn;
            case NFT_GET_OWNER -> Tokens::nftGetOwner;
            case STX_ACCOUNT -> simple(f, Stx::account);
            case STX_TRANSFER_MEMO -> simple(f, Stx::transferMemo);
            case STX_BURN -> simple(f, Stx::burn);
            case CONTRACT_CALL -> Contracts::contractCall;
            case CONTRACT_OF -> Contracts::contractOf;
            case AT_BLOCK -> BlockInfo::atBlock;
            case GET_BLOCK_INFO -> BlockInfo::getBlockInfo;
            case GET_BURN_BLOCK_INFO -> BlockInfo::getBurnBlockInfo;
            case GET_STACKS_BLOCK_INFO -> BlockInfo::getStacksBlockInfo;
            case GET_TENURE_INFO -> BlockInfo::getTenureInfo;
            case RESTRICT_ASSETS -> PostConditions::restrictAssets;
            case AS_CONTRACT_SAFE -> PostConditions::asContractSafe;
            case WITH_STX, WITH_FT, WITH_NFT, WITH_STACKING, WITH_STAKING, WITH_POX, WITH_ALL_ASSETS_UNSAFE ->
                    PostConditions::allowanceOutsideGuard;
            case XOR -> simple(f, (a, c) -> Bits.xor(a.get(0), a.get(1)));
            case BIT_AND -> simple(f, (a, c) -> Bits.bitAnd(a));
            case BIT_OR -> simple(f, (a, c) -> Bits.bitOr(a));
            case BIT_XOR -> simple(f, (a, c) -> Bits.bitXor(a));
            case BIT_NOT -> simple(f, (a, c) -> Bits.bitNot(a.get(0)));
            case BIT_SHIFT_LEFT -> simple(f, (a, c) -> Bits.bitShiftLeft(a.get(0), a.get(1)));
            case BIT_SHIFT_RIGHT -> simple(f, (a, c) -> Bits.bitShiftRight(a.get(0), a.get(1)));
        };
    }
}

package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.ast.LiteralExpr;
import io.clarity.cost.CostTracker;
import io.clarity.cost.NativeCosts;
import io.clarity.error.Span;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.Locals;
import io.clarity.value.ErrValue;
import io.clarity.value.OkValue;
import io.clarity.value.SomeValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.NativeFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds every native to its implementation with one exhaustive switch: a native added to
 * {@link NativeFunction} without an implementation does not compile. Simple natives
 * ({@link NativeFunction.Kind#SIMPLE}) are bound with their arity ({@code unary}, {@code binary},
 * {@code exactly}, {@code variadic}), checked at run time as the reference checks it, and receive
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
    public interface Simple {
        Value apply(List<Value> args, CallContext ctx);
    }

    /**
     * A simple native of two arguments, applied without a list of them: what map, filter and fold
     * apply per element (a list per element was their largest allocation).
     */
    @FunctionalInterface
    interface Binary {
        Value apply(Value a, Value b);
    }

    /**
     * The implementations bound so far, by ordinal. A native is bound when first applied: a run
     * links the lambdas of the natives its contracts use, not of all of them (binding them all
     * at class initialisation was a sixth of a deploy-only run). Two threads binding one native
     * at once make two equal implementations, either of which serves.
     */
    private static final Special[] IMPLEMENTATIONS = new Special[NativeFunction.values().length];

    private Natives() {
    }

    /** Applies {@code f} to its argument expressions. */
    public static Value apply(NativeFunction f, List<Expr> args, CallContext ctx, Locals locals) {
        return implementation(f).apply(args, ctx, locals);
    }

    /**
     * Applies a native to values (as map, filter and fold do). A special form, such as
     * {@code and} or {@code or}, receives the values as literal expressions, as the reference
     * does: it evaluates them to themselves.
     */
    public static Value applySimple(NativeFunction f, List<Value> args, CallContext ctx) {
        return applySimple(implementation(f), args, ctx);
    }

    /** The implementation of {@code f}, which map, filter and fold look up once, not per element. */
    static Special implementation(NativeFunction f) {
        Special s = IMPLEMENTATIONS[f.ordinal()];
        if (s == null) {
            s = bind(f);
            IMPLEMENTATIONS[f.ordinal()] = s;
        }
        return s;
    }

    /** {@link #applySimple(NativeFunction, List, CallContext)} of an implementation already looked up. */
    static Value applySimple(Special s, List<Value> args, CallContext ctx) {
        if (s instanceof EvaluatingAdapter a) {
            Arity.check(a.min, a.max, args.size());
            CostTracker costs = ctx.exec().costs();
            chargeBeforeArguments(a.cost(), costs);
            costs.chargeApplied(a.cost(), args, ctx.exec().epoch(), ctx.contract().version());
            return a.body.apply(args, ctx);
        }
        List<Expr> literals = new ArrayList<>(args.size());
        for (Value v : args) {
            literals.add(new LiteralExpr(v, Span.NONE));
        }
        return s.apply(literals, ctx, Locals.EMPTY);
    }

    /** Whether implementation {@code s} applies to two values without a list ({@link #applyBinary}). */
    static boolean isBinary(Special s) {
        return s instanceof EvaluatingAdapter a && a.binary != null;
    }

    /**
     * The per-application charge of binary implementation {@code s} computed once for {@code costs}
     * (see {@link CostTracker#fixApplied}), or null: {@link #applyBinary} then prices each
     * application.
     */
    static CostTracker.FixedCharge fixCharge(Special s, CostTracker costs) {
        return costs.fixApplied(((EvaluatingAdapter) s).cost());
    }

    /**
     * {@link #applySimple(Special, List, CallContext)} of two values, for an implementation that
     * {@link #isBinary}: the same checks and charges, in the same order, the charge {@code fixed}
     * when {@link #fixCharge} computed one (null: priced here).
     */
    static Value applyBinary(Special s, Value x, Value y, CallContext ctx, CostTracker.FixedCharge fixed) {
        EvaluatingAdapter a = (EvaluatingAdapter) s;
        Arity.check(a.min, a.max, 2);
        CostTracker costs = ctx.exec().costs();
        chargeBeforeArguments(a.cost(), costs);
        if (fixed == null) {
            costs.chargeApplied(a.cost(), x, y, ctx.exec().epoch(), ctx.contract().version());
        } else {
            costs.charge(fixed);
        }
        return a.binary.apply(x, y);
    }

    /** Whether {@code f} is bound as a simple native, whose arguments and cost the evaluator handles. */
    static boolean isSimple(NativeFunction f) {
        return implementation(f) instanceof EvaluatingAdapter;
    }

    /** The argument counts {@code f} accepts when it is bound as a simple native, else null. */
    static Arity arity(NativeFunction f) {
        return implementation(f) instanceof EvaluatingAdapter a ? new Arity(a.min, a.max) : null;
    }

    /**
     * Checks the argument count, evaluates the arguments and charges the cost (as
     * io.clarity.cost.NativeCosts says), then runs the simple native. The count is checked
     * first: the reference checks a function's count after evaluating its arguments, but every
     * direct call with a wrong count is refused by the type checker, so a wrong count only comes
     * from map, filter or fold, whose values exist already.
     */
    private record EvaluatingAdapter(NativeCosts.Entry cost, int min, int max, Simple body, Binary binary)
            implements Special {
        @Override
        public Value apply(List<Expr> args, CallContext ctx, Locals locals) {
            Arity.check(min, max, args.size());
            CostTracker costs = ctx.exec().costs();
            chargeBeforeArguments(cost, costs);
            NativeCosts.Arguments mode = cost.arguments();
            int n = args.size();
            long memory = 0;
            try {
                if (n == 2 && binary != null) {
                    // two values, no list (the same charges in the same order)
                    Value x = argument(args.get(0), mode, ctx, locals);
                    memory += held(x, mode, costs);
                    Value y = argument(args.get(1), mode, ctx, locals);
                    memory += held(y, mode, costs);
                    costs.chargeApplied(cost, x, y, ctx.exec().epoch(), ctx.contract().version());
                    return binary.apply(x, y);
                }
                List<Value> values;
                if (n == 1) {
                    // one allocation rather than an ArrayList and its array
                    Value v = argument(args.get(0), mode, ctx, locals);
                    memory += held(v, mode, costs);
                    values = List.of(v);
                } else {
                    values = new ArrayList<>(n);
                    // indexed: an iterator over the argument list was a measurable share of each application
                    for (int i = 0; i < n; i++) {
                        Value v = argument(args.get(i), mode, ctx, locals);
                        memory += held(v, mode, costs);
                        values.add(v);
                    }
                }
                costs.chargeApplied(cost, values, ctx.exec().epoch(), ctx.contract().version());
                return body.apply(values, ctx);
            } finally {
                costs.dropMemory(memory);
            }
        }
    }

    /** An argument of a simple native, evaluated as its cost row says. */
    private static Value argument(Expr a, NativeCosts.Arguments mode, CallContext ctx, Locals locals) {
        return mode == NativeCosts.Arguments.BORROWED ? Evaluator.evalBorrowed(a, ctx, locals) : Evaluator.eval(a, ctx, locals);
    }

    /** The memory an argument holds while the native runs: an applied argument's size, else none. */
    private static long held(Value v, NativeCosts.Arguments mode, CostTracker costs) {
        return mode == NativeCosts.Arguments.APPLIED ? costs.holdMemory(v) : 0;
    }

    /** The natives the reference charges before their arguments are evaluated, with an input of 0. */
    private static void chargeBeforeArguments(NativeCosts.Entry cost, CostTracker costs) {
        if (cost.input() == NativeCosts.Input.ZERO_BEFORE_ARGS) {
            costs.charge(cost.function(), 0);
        }
    }

    /** A simple native of exactly one argument. */
    private static Special unary(NativeFunction f, Simple body) {
        return simple(f, 1, 1, body);
    }

    /** A simple native of exactly two arguments. */
    private static Special binary(NativeFunction f, Simple body) {
        return simple(f, 2, 2, body);
    }

    /** A simple native of exactly {@code n} arguments. */
    private static Special exactly(NativeFunction f, int n, Simple body) {
        return simple(f, n, n, body);
    }

    /** A simple native of {@code min} arguments or more. */
    private static Special variadic(NativeFunction f, int min, Simple body) {
        return simple(f, min, Arity.ANY, body);
    }

    private static Special simple(NativeFunction f, int min, int max, Simple body) {
        return new EvaluatingAdapter(NativeCosts.lookup(f), min, max, body, null);
    }

    /**
     * A simple native of {@code min} arguments or more ({@code max} at most) that also has a body
     * for two values, {@code binary}, which must give what {@code body} gives for the two.
     */
    private static Special withBinary(NativeFunction f, int min, int max, Simple body, Binary binary) {
        return new EvaluatingAdapter(NativeCosts.lookup(f), min, max, body, binary);
    }

    private static Special bind(NativeFunction f) {
        return switch (f) {
            case ADD -> withBinary(f, 1, Arity.ANY, (a, c) -> Arithmetic.add(a), Arithmetic::add);
            case SUBTRACT -> withBinary(f, 1, Arity.ANY, (a, c) -> Arithmetic.subtract(a), Arithmetic::subtract);
            case MULTIPLY -> withBinary(f, 1, Arity.ANY, (a, c) -> Arithmetic.multiply(a), Arithmetic::multiply);
            case DIVIDE -> withBinary(f, 1, Arity.ANY, (a, c) -> Arithmetic.divide(a), Arithmetic::divide);
            case MODULO -> withBinary(f, 2, 2, (a, c) -> Arithmetic.modulo(a.get(0), a.get(1)), Arithmetic::modulo);
            case POWER -> binary(f, (a, c) -> Arithmetic.pow(a.get(0), a.get(1)));
            case SQRTI -> unary(f, (a, c) -> Arithmetic.sqrti(a.get(0)));
            case LOG2 -> unary(f, (a, c) -> Arithmetic.log2(a.get(0)));
            case TO_INT -> unary(f, (a, c) -> Arithmetic.toInt(a.get(0)));
            case TO_UINT -> unary(f, (a, c) -> Arithmetic.toUInt(a.get(0)));
            case CMP_GEQ -> binary(f, (a, c) -> Logic.compare(a, r -> r >= 0));
            case CMP_LEQ -> binary(f, (a, c) -> Logic.compare(a, r -> r <= 0));
            case CMP_LESS -> binary(f, (a, c) -> Logic.compare(a, r -> r < 0));
            case CMP_GREATER -> binary(f, (a, c) -> Logic.compare(a, r -> r > 0));
            case AND -> (args, ctx, locals) -> Logic.and(f, args, ctx, locals);
            case OR -> (args, ctx, locals) -> Logic.or(f, args, ctx, locals);
            case NOT -> unary(f, (a, c) -> Logic.not(a.get(0)));
            case IS_EQ -> variadic(f, 1, Logic::isEq);
            case IF -> ControlFlow::ifForm;
            case LET -> ControlFlow::let;
            case BEGIN -> variadic(f, 1, (a, c) -> a.get(a.size() - 1));
            case ASSERTS -> ControlFlow::asserts;
            case PRINT -> unary(f, ControlFlow::print);
            case AS_CONTRACT -> ControlFlow::asContract;
            case MATCH -> ControlFlow::match;
            case TRY -> unary(f, (a, c) -> Options.tryUnwrap(a.get(0), c));
            case UNWRAP -> binary(f, (a, c) -> Options.unwrapOrReturn(a.get(0), a.get(1), c));
            case UNWRAP_ERR -> binary(f, (a, c) -> Options.unwrapErrOrReturn(a.get(0), a.get(1), c));
            case UNWRAP_PANIC -> unary(f, (a, c) -> Options.unwrapPanic(a.get(0), c));
            case UNWRAP_ERR_PANIC -> unary(f, (a, c) -> Options.unwrapErrPanic(a.get(0), c));
            case DEFAULT_TO -> binary(f, (a, c) -> Options.defaultTo(a.get(0), a.get(1), c));
            case OK -> unary(f, (a, c) -> new OkValue(a.get(0)));
            case ERR -> unary(f, (a, c) -> new ErrValue(a.get(0)));
            case SOME -> unary(f, (a, c) -> new SomeValue(a.get(0)));
            case IS_OK -> unary(f, (a, c) -> Options.isOk(a.get(0)));
            case IS_ERR -> unary(f, (a, c) -> Options.isErr(a.get(0)));
            case IS_SOME -> unary(f, (a, c) -> Options.isSome(a.get(0)));
            case IS_NONE -> unary(f, (a, c) -> Options.isNone(a.get(0)));
            case LIST -> variadic(f, 0, Sequences::list);
            case TUPLE -> Tuples::tuple;
            case GET -> Tuples::get;
            case MERGE -> binary(f, (a, c) -> Tuples.merge(a.get(0), a.get(1)));
            case VAR_GET -> Storage::varGet;
            case VAR_SET -> Storage::varSet;
            case MAP_GET -> Storage::mapGet;
            case MAP_SET -> Storage::mapSet;
            case MAP_INSERT -> Storage::mapInsert;
            case MAP_DELETE -> Storage::mapDelete;
            case STX_TRANSFER -> exactly(f, 3, Stx::transfer);
            case STX_GET_BALANCE -> unary(f, Stx::getBalance);
            case MAP -> Sequences::map;
            case FILTER -> Sequences::filter;
            case FOLD -> Sequences::fold;
            case APPEND -> Sequences::append;
            case CONCAT -> Sequences::concat;
            case AS_MAX_LEN -> Sequences::asMaxLen;
            case LEN -> unary(f, (a, c) -> Sequences.len(a.get(0)));
            case SLICE -> Sequences::slice;
            case REPLACE_AT -> Sequences::replaceAt;
            case ELEMENT_AT_ALIAS -> binary(f, (a, c) -> Sequences.elementAt(a.get(0), a.get(1)));
            case ELEMENT_AT -> binary(f, (a, c) -> Sequences.elementAt(a.get(0), a.get(1)));
            case INDEX_OF_ALIAS -> binary(f, (a, c) -> Sequences.indexOf(a.get(0), a.get(1)));
            case INDEX_OF -> binary(f, (a, c) -> Sequences.indexOf(a.get(0), a.get(1)));
            case BUFF_TO_INT_LE -> unary(f, (a, c) -> Conversions.buffToInteger(a.get(0), true, true));
            case BUFF_TO_UINT_LE -> unary(f, (a, c) -> Conversions.buffToInteger(a.get(0), true, false));
            case BUFF_TO_INT_BE -> unary(f, (a, c) -> Conversions.buffToInteger(a.get(0), false, true));
            case BUFF_TO_UINT_BE -> unary(f, (a, c) -> Conversions.buffToInteger(a.get(0), false, false));
            case STRING_TO_INT -> unary(f, (a, c) -> Conversions.stringToInteger(a.get(0), true));
            case STRING_TO_UINT -> unary(f, (a, c) -> Conversions.stringToInteger(a.get(0), false));
            case INT_TO_ASCII -> unary(f, (a, c) -> Conversions.intToAscii(a.get(0)));
            case INT_TO_UTF8 -> unary(f, (a, c) -> Conversions.intToUtf8(a.get(0)));
            case TO_ASCII -> Conversions::toAscii;
            case TO_CONSENSUS_BUFF -> unary(f, (a, c) -> Conversions.toConsensusBuff(a.get(0)));
            case FROM_CONSENSUS_BUFF -> Conversions::fromConsensusBuff;
            case HASH160 -> unary(f, (a, c) -> Crypto.hash160(a.get(0)));
            case SHA256 -> unary(f, (a, c) -> Crypto.sha256(a.get(0)));
            case SHA512 -> unary(f, (a, c) -> Crypto.sha512(a.get(0)));
            case SHA512_256 -> unary(f, (a, c) -> Crypto.sha512256(a.get(0)));
            case KECCAK256 -> unary(f, (a, c) -> Crypto.keccak256(a.get(0)));
            case SECP256K1_RECOVER -> (args, ctx, locals) -> Crypto.secp256k1Recover(f, args, ctx, locals);
            case SECP256K1_VERIFY -> (args, ctx, locals) -> Crypto.secp256k1Verify(f, args, ctx, locals);
            case SECP256R1_VERIFY -> (args, ctx, locals) -> Crypto.secp256r1Verify(f, args, ctx, locals);
            case ED25519_VERIFY -> Crypto::ed25519Verify;
            case SECP256K1_DECOMPRESS -> Crypto::secp256k1Decompress;
            case VERIFY_MERKLE_PROOF -> Crypto::verifyMerkleProof;
            case GET_BITCOIN_TX_OUTPUT -> Crypto::getBitcoinTxOutput;
            case IS_STANDARD -> unary(f, (a, c) -> Principals.isStandard(a.get(0)));
            case PRINCIPAL_DESTRUCT -> unary(f, (a, c) -> Principals.principalDestruct(a.get(0)));
            case PRINCIPAL_CONSTRUCT -> Principals::principalConstruct;
            case PRINCIPAL_OF -> unary(f, (a, c) -> Principals.principalOf(a.get(0)));
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
            case STX_ACCOUNT -> unary(f, Stx::account);
            case STX_TRANSFER_MEMO -> exactly(f, 4, Stx::transferMemo);
            case STX_BURN -> binary(f, Stx::burn);
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
            case XOR -> binary(f, (a, c) -> Bits.xor(a.get(0), a.get(1)));
            case BIT_AND -> variadic(f, 1, (a, c) -> Bits.bitAnd(a));
            case BIT_OR -> variadic(f, 1, (a, c) -> Bits.bitOr(a));
            case BIT_XOR -> variadic(f, 1, (a, c) -> Bits.bitXor(a));
            case BIT_NOT -> unary(f, (a, c) -> Bits.bitNot(a.get(0)));
            case BIT_SHIFT_LEFT -> binary(f, (a, c) -> Bits.bitShiftLeft(a.get(0), a.get(1)));
            case BIT_SHIFT_RIGHT -> binary(f, (a, c) -> Bits.bitShiftRight(a.get(0), a.get(1)));
        };
    }
}

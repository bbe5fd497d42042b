package io.clarity.cost;

import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.NativeFunction;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which cost function each native charges and with what input: the one place that records the
 * reference's call-site conventions for natives ({@code clarity/src/vm/functions/mod.rs} and the
 * special forms), so that a native's implementation never decides its own cost.
 *
 * <p>A native bound with {@code Natives.simple(...)} is charged by the evaluator according to its
 * {@link Input} ({@link CostTracker#chargeApplied}). A native that charges itself calls
 * {@code ctx.exec().costs().charge(NativeFunction.X)} where its row's input is 0
 * ({@link Input#ZERO}, or {@link Input#ZERO_BEFORE_ARGS} in a special form), and
 * {@code charge(NativeFunction.X, n)} (or one of the tracker's sized variants, handing it the
 * value) where its row says {@link Input#OWN}, with the input documented on the row below. Either
 * way the cost function comes from the native's row here, never from the native: no native names
 * a {@link CostFunction}, and the limited tracker refuses a charge that disagrees with the row (an
 * interpreter bug), so the corpus run with costs checks every call site against this table. The
 * conventions, in the reference's words:
 *
 * <p>An input implies how the arguments are evaluated ({@link Input#arguments()}); a row may
 * say otherwise ({@link Entry#arguments()}).
 *
 * <ul>
 *   <li>{@link Input#ARG_COUNT} ({@code NativeFunction}): the arguments are evaluated as a function
 *       application (each one counted in memory while the native runs) and the input is their
 *       number.</li>
 *   <li>{@link Input#ARGS_SERIALIZED_SIZE} ({@code NativeFunction205}): likewise, but from epoch
 *       2.05 the input is the sum of the arguments' consensus-serialized sizes
 *       ({@code cost_input_sized_vararg}); in 2.0 their number.</li>
 *   <li>{@link Input#SMALLER_ARG_SIZE} ({@code < <= > >=}, special forms): the two arguments are
 *       evaluated without being copied; from Clarity 2 the input is the smaller of their sizes
 *       ({@link ValueSizes#size}), in Clarity 1 their number.</li>
 *   <li>{@link Input#ARG_SIZE} ({@code print}): the input is the size of the evaluated argument.</li>
 *   <li>{@link Input#ARGS_SIZE} ({@code list}): the input is the sum of the items' sizes.</li>
 *   <li>{@link Input#ZERO_BEFORE_ARGS} (the STX natives and most token natives): the cost is
 *       charged with input 0 before any argument is evaluated, and the arguments are not copied.</li>
 *   <li>{@link Input#ZERO}: the native charges itself, with input 0, at the moment its row says.</li>
 *   <li>{@link Input#OWN}: the native charges itself, with the input given in its row.</li>
 * </ul>
 *
 * <p>"Copied" matters from epoch 3.4 only: there a variable's value is charged
 * {@code cost_lookup_variable_size} when the consumer of the variable takes a copy of it, and not
 * when it only looks at it (before 3.4 every variable lookup pays that cost). Which special forms
 * copy is listed in {@link CostInputs}.
 */
public final class NativeCosts {

    /** How a native's cost input is computed, and how its arguments are evaluated. */
    public enum Input {
        /** Number of arguments; arguments applied (copied, counted in memory). */
        ARG_COUNT(Arguments.APPLIED),
        /** From 2.05 the sum of the arguments' serialized sizes, else their number; arguments applied. */
        ARGS_SERIALIZED_SIZE(Arguments.APPLIED),
        /** From Clarity 2 the smaller of the two arguments' sizes, else their number; not copied. */
        SMALLER_ARG_SIZE(Arguments.BORROWED),
        /** The size of the single argument; copied. */
        ARG_SIZE(Arguments.COPIED),
        /** The sum of the arguments' sizes; copied. */
        ARGS_SIZE(Arguments.COPIED),
        /** 0, charged before the arguments are evaluated; not copied. */
        ZERO_BEFORE_ARGS(Arguments.BORROWED),
        /** 0, charged by the native itself at the moment its row says. */
        ZERO(Arguments.BORROWED),
        /** Charged by the native itself, with the input its row says. */
        OWN(Arguments.BORROWED);

        private final Arguments arguments;

        Input(Arguments arguments) {
            this.arguments = arguments;
        }

        /** How the arguments of a native with this input are evaluated. */
        public Arguments arguments() {
            return arguments;
        }

        /** Whether the native charges itself ({@link #ZERO}, {@link #OWN}) rather than the evaluator. */
        public boolean chargedByTheNative() {
            return this == ZERO || this == OWN;
        }
    }

    /** How a native's arguments are evaluated, which decides the copy and memory costs. */
    public enum Arguments {
        /** As a function application: each value copied and counted in memory until the native returns. */
        APPLIED,
        /** Each value copied, nothing counted in memory. */
        COPIED,
        /** Values looked at in place. */
        BORROWED
    }

    /** A native's cost function (null: it has none), input, and how its arguments are evaluated. */
    public record Entry(CostFunction function, Input input, Arguments arguments) {
    }

    private static final Map<NativeFunction, Entry> ENTRIES = new EnumMap<>(NativeFunction.class);

    static {
        for (NativeFunction f : NativeFunction.values()) {
            ENTRIES.put(f, entry(f));
        }
    }

    private NativeCosts() {
    }

    /** Everything about {@code f}'s cost, looked up once by those that apply it often. */
    public static Entry lookup(NativeFunction f) {
        return ENTRIES.get(f);
    }

    /** The cost function {@code f} charges (null for the post-condition allowances, which cost nothing themselves). */
    public static CostFunction function(NativeFunction f) {
        return ENTRIES.get(f).function();
    }

    /** How {@code f}'s input is computed. */
    public static Input input(NativeFunction f) {
        return ENTRIES.get(f).input();
    }

    /** How {@code f}'s arguments are evaluated when it is bound as a simple native. */
    public static Arguments arguments(NativeFunction f) {
        return ENTRIES.get(f).arguments();
    }

    /**
     * The input of {@code cost}'s row for a simple native applied to {@code args} (evaluated) in a
     * contract of {@code version}, or -1 when the row is charged before the arguments or by the
     * native itself. Computes sizes: only the limited tracker asks.
     */
    static long input(Entry cost, List<Value> args, Epoch epoch, ClarityVersion version) {
        return switch (cost.input()) {
            case ARG_COUNT -> args.size();
            case ARGS_SERIALIZED_SIZE -> epoch.atLeast(Epoch.E2_05) ? serializedSizes(args) : args.size();
            case SMALLER_ARG_SIZE -> version.atLeast(ClarityVersion.CLARITY2)
                    ? Math.min(ValueSizes.size(args.get(0)), ValueSizes.size(args.get(1))) : args.size();
            case ARG_SIZE -> ValueSizes.size(args.get(0));
            case ARGS_SIZE -> ValueSizes.size(args);
            // charged before the arguments, or by the native itself
            case ZERO_BEFORE_ARGS, ZERO, OWN -> -1;
        };
    }

    /**
     * {@link #input(Entry, List, Epoch, ClarityVersion)} of the two arguments {@code a} and
     * {@code b}, without a list (map, filter and fold apply a native to two values per element).
     */
    static long input(Entry cost, Value a, Value b, Epoch epoch, ClarityVersion version) {
        return switch (cost.input()) {
            case ARG_COUNT -> 2;
            case ARGS_SERIALIZED_SIZE -> epoch.atLeast(Epoch.E2_05)
                    ? ValueSizes.serializedSize(a) + ValueSizes.serializedSize(b) : 2;
            case SMALLER_ARG_SIZE -> version.atLeast(ClarityVersion.CLARITY2)
                    ? Math.min(ValueSizes.size(a), ValueSizes.size(b)) : 2;
            case ARG_SIZE -> ValueSizes.size(a);
            case ARGS_SIZE -> ValueSizes.size(a) + ValueSizes.size(b);
            // charged before the arguments, or by the native itself
            case ZERO_BEFORE_ARGS, ZERO, OWN -> -1;
        };
    }

    private static long serializedSizes(List<Value> values) {
        long n = 0;
        for (Value v : values) {
            n += ValueSizes.serializedSize(v);
        }
        return n;
    }

    private static Entry of(CostFunction function, Input input) {
        return new Entry(function, input, input.arguments());
    }

    private static Entry count(CostFunction function) {
        return of(function, Input.ARG_COUNT);
    }

    private static Entry sized(CostFunction function) {
        return of(function, Input.ARGS_SERIALIZED_SIZE);
    }

    private static Entry own(CostFunction function) {
        return of(function, Input.OWN);
    }

    private static Entry zero(CostFunction function) {
        return of(function, Input.ZERO);
    }

    private static Entry entry(NativeFunction f) {
        return switch (f) {
            case ADD -> count(CostFunction.ADD);
            case SUBTRACT -> count(CostFunction.SUB);
            case MULTIPLY -> count(CostFunction.MUL);
            case DIVIDE -> count(CostFunction.DIV);
            case MODULO -> count(CostFunction.MOD);
            case POWER -> count(CostFunction.POW);
            case SQRTI -> count(CostFunction.SQRTI);
            case LOG2 -> count(CostFunction.LOG2);
            case TO_INT, TO_UINT -> count(CostFunction.INT_CAST);
            case CMP_GEQ -> of(CostFunction.GEQ, Input.SMALLER_ARG_SIZE);
            case CMP_LEQ -> of(CostFunction.LEQ, Input.SMALLER_ARG_SIZE);
            case CMP_LESS -> of(CostFunction.LE, Input.SMALLER_ARG_SIZE);
            case CMP_GREATER -> of(CostFunction.GE, Input.SMALLER_ARG_SIZE);
            case XOR, BIT_XOR -> count(CostFunction.XOR);
            case BIT_AND -> count(CostFunction.BITWISE_AND);
            case BIT_OR -> count(CostFunction.BITWISE_OR);
            case BIT_NOT -> count(CostFunction.BITWISE_NOT);
            case BIT_SHIFT_LEFT -> count(CostFunction.BITWISE_LEFT_SHIFT);
            case BIT_SHIFT_RIGHT -> count(CostFunction.BITWISE_RIGHT_SHIFT);
            // own: the number of arguments, charged before any is evaluated (they short-circuit, not copied)
            case AND -> own(CostFunction.AND);
            case OR -> own(CostFunction.OR);
            case NOT -> count(CostFunction.NOT);
            case IS_EQ -> sized(CostFunction.EQ);
            // 0, before the condition
            case IF -> zero(CostFunction.IF);
            // own: the number of bindings, before they are evaluated
            case LET -> own(CostFunction.LET);
            case BEGIN -> count(CostFunction.BEGIN);
            // 0, before the condition
            case ASSERTS -> zero(CostFunction.ASSERTS);
            case PRINT -> of(CostFunction.PRINT, Input.ARG_SIZE);
            // 0, after the input is evaluated (and copied)
            case MATCH -> zero(CostFunction.MATCH);
            case TRY -> count(CostFunction.TRY_RET);
            case UNWRAP -> count(CostFunction.UNWRAP_RET);
            case UNWRAP_ERR -> count(CostFunction.UNWRAP_ERR_OR_RET);
            case UNWRAP_PANIC -> count(CostFunction.UNWRAP);
            case UNWRAP_ERR_PANIC -> count(CostFunction.UNWRAP_ERR);
            case DEFAULT_TO -> count(CostFunction.DEFAULT_TO);
            case OK -> count(CostFunction.OK_CONS);
            case ERR -> count(CostFunction.ERR_CONS);
            case SOME -> count(CostFunction.SOME_CONS);
            case IS_OK -> count(CostFunction.IS_OKAY);
            case IS_ERR -> count(CostFunction.IS_ERR);
            case IS_SOME -> count(CostFunction.IS_SOME);
            case IS_NONE -> count(CostFunction.IS_NONE);
            case LIST -> of(CostFunction.LIST_CONS, Input.ARGS_SIZE);
            // own: the number of arguments (function and sequences), before they are evaluated; then
            // cost_lookup_function(0) for the function, and each application as the function's own
            case MAP -> own(CostFunction.MAP);
            // 0, before the sequence is evaluated (the function is looked up after it)
            case FILTER -> zero(CostFunction.FILTER);
            // 0, before the function is looked up and the arguments evaluated
            case FOLD -> zero(CostFunction.FOLD);
            // own: the larger of the sizes of the list's item type and of the element's type, after
            // both are evaluated (the list copied first, the element looked at, then copied); the
            // result is typed (list max+1 supertype)
            case APPEND -> own(CostFunction.APPEND);
            // own, after both sequences are evaluated and copied: in 2.0 the sum of their sizes
            // (ValueSizes.size), from 2.05 the sum of their lengths (items, bytes or characters); a
            // list result's maximum length is the sum of the operands' 
            case CONCAT -> own(CostFunction.CONCAT);
            // 0, after the sequence is evaluated
            case AS_MAX_LEN -> zero(CostFunction.AS_MAX_LEN);
            case LEN -> count(CostFunction.LEN);
            // own: (right - left) * the size of one element's type ((buff 1) and (string-ascii 1): 5,
            // (string-utf8 1): 8, a list's item type), only when the positions are in bounds; the
            // sequence copied, the positions looked at
            case SLICE -> own(CostFunction.SLICE);
            // own: the size of the sequence's type, after the sequence is evaluated (looked at; it
            // and the element are copied only as far as the reference gets)
            case REPLACE_AT -> own(CostFunction.REPLACE_AT);
            case ELEMENT_AT, ELEMENT_AT_ALIAS -> count(CostFunction.ELEMENT_AT);
            case INDEX_OF, INDEX_OF_ALIAS -> sized(CostFunction.INDEX_OF);
            // own: the number of fields, after the values are evaluated (and copied)
            case TUPLE -> own(CostFunction.TUPLE_CONS);
            // own: the tuple's number of fields, after it is evaluated (and copied); nothing for none
            case GET -> own(CostFunction.TUPLE_GET);
            case MERGE -> sized(CostFunction.TUPLE_MERGE);
            case BUFF_TO_INT_LE -> count(CostFunction.BUFF_TO_INT_LE);
            case BUFF_TO_UINT_LE -> count(CostFunction.BUFF_TO_UINT_LE);
            case BUFF_TO_INT_BE -> count(CostFunction.BUFF_TO_INT_BE);
            case BUFF_TO_UINT_BE -> count(CostFunction.BUFF_TO_UINT_BE);
            case STRING_TO_INT -> count(CostFunction.STRING_TO_INT);
            case STRING_TO_UINT -> count(CostFunction.STRING_TO_UINT);
            case INT_TO_ASCII -> count(CostFunction.INT_TO_ASCII);
            case INT_TO_UTF8 -> count(CostFunction.INT_TO_UTF8);
            // own: the size of the evaluated argument, which it looks at
            case TO_ASCII -> own(CostFunction.TO_ASCII);
            case TO_CONSENSUS_BUFF -> sized(CostFunction.TO_CONSENSUS_BUFF);
            // own: a cost_type_parse_step per node of the type, then the buffer's length in bytes, at
            // least 1 from Clarity 5 (log2 of 0 is refused); the result carries the declared type
            case FROM_CONSENSUS_BUFF -> own(CostFunction.FROM_CONSENSUS_BUFF);
            case HASH160 -> sized(CostFunction.HASH160);
            case SHA256 -> sized(CostFunction.SHA256);
            case SHA512 -> sized(CostFunction.SHA512);
            case SHA512_256 -> sized(CostFunction.SHA512T256);
            case KECCAK256 -> sized(CostFunction.KECCAK256);
            case SECP256K1_RECOVER -> of(CostFunction.SECP256K1RECOVER, Input.ZERO_BEFORE_ARGS);
            case SECP256K1_VERIFY -> of(CostFunction.SECP256K1VERIFY, Input.ZERO_BEFORE_ARGS);
            case SECP256R1_VERIFY -> of(CostFunction.SECP256R1VERIFY, Input.ZERO_BEFORE_ARGS);
            case ED25519_VERIFY -> sized(CostFunction.ED25519VERIFY);
            case SECP256K1_DECOMPRESS -> count(CostFunction.SECP256K1DECOMPRESS);
            case VERIFY_MERKLE_PROOF -> sized(CostFunction.VERIFY_MERKLE_PROOF);
            case GET_BITCOIN_TX_OUTPUT -> sized(CostFunction.GET_BITCOIN_TX_OUTPUT);
            // own (maps and data-vars): the bytes read or written, see CostInputs
            case MAP_GET -> own(CostFunction.FETCH_ENTRY);
            case MAP_SET, MAP_INSERT, MAP_DELETE -> own(CostFunction.SET_ENTRY);
            case VAR_GET -> own(CostFunction.FETCH_VAR);
            case VAR_SET -> own(CostFunction.SET_VAR);
            case FT_MINT -> of(CostFunction.FT_MINT, Input.ZERO_BEFORE_ARGS);
            case FT_TRANSFER -> of(CostFunction.FT_TRANSFER, Input.ZERO_BEFORE_ARGS);
            case FT_BURN -> of(CostFunction.FT_BURN, Input.ZERO_BEFORE_ARGS);
            case FT_GET_BALANCE -> of(CostFunction.FT_BALANCE, Input.ZERO_BEFORE_ARGS);
            case FT_GET_SUPPLY -> of(CostFunction.FT_GET_SUPPLY, Input.ZERO_BEFORE_ARGS);
            // own (NFTs): from 2.05 the serialized size of the asset identifier, after the arguments;
            // in 2.0 the size of the declared identifier type; nft-burn? is also charged 0 first
            case NFT_MINT -> own(CostFunction.NFT_MINT);
            case NFT_TRANSFER -> own(CostFunction.NFT_TRANSFER);
            case NFT_BURN -> own(CostFunction.NFT_BURN);
            case NFT_GET_OWNER -> own(CostFunction.NFT_OWNER);
            case STX_GET_BALANCE -> of(CostFunction.STX_BALANCE, Input.ZERO_BEFORE_ARGS);
            case STX_ACCOUNT -> of(CostFunction.STX_ACCOUNT, Input.ZERO_BEFORE_ARGS);
            case STX_TRANSFER -> of(CostFunction.STX_TRANSFER, Input.ZERO_BEFORE_ARGS);
            case STX_TRANSFER_MEMO -> of(CostFunction.STX_TRANSFER_MEMO, Input.ZERO_BEFORE_ARGS);
            case STX_BURN -> of(CostFunction.STX_TRANSFER, Input.ZERO_BEFORE_ARGS);
            case IS_STANDARD -> of(CostFunction.IS_STANDARD, Input.ZERO_BEFORE_ARGS);
            // the principal is kept
            case PRINCIPAL_DESTRUCT -> new Entry(CostFunction.PRINCIPAL_DESTRUCT, Input.ZERO_BEFORE_ARGS, Arguments.COPIED);
            // 0 before the arguments, which it looks at (the name is kept once version and hash pass)
            case PRINCIPAL_CONSTRUCT -> zero(CostFunction.PRINCIPAL_CONSTRUCT);
            case PRINCIPAL_OF -> of(CostFunction.PRINCIPAL_OF, Input.ZERO_BEFORE_ARGS);
            // 0 before the arguments (copied), then the callee pays cost_load_contract(its size)
            // and counts it in memory, then the function's application (as a transaction call).
            // During the simnet's contract calls a target given by name is first looked up as a
            // variable (its call tracer does), which costs that lookup
            case CONTRACT_CALL -> zero(CostFunction.CONTRACT_CALL);
            // 0
            case CONTRACT_OF -> zero(CostFunction.CONTRACT_OF);
            // 0, from epoch 2.1 only
            case AS_CONTRACT -> zero(CostFunction.AS_CONTRACT);
            // 0 after the principal is looked at; nothing for a standard principal
            case CONTRACT_HASH -> zero(CostFunction.CONTRACT_HASH);
            // 0
            case AT_BLOCK -> zero(CostFunction.AT_BLOCK);
            // 0, before the arguments
            case GET_BLOCK_INFO, GET_STACKS_BLOCK_INFO, GET_TENURE_INFO -> zero(CostFunction.BLOCK_INFO);
            case GET_BURN_BLOCK_INFO -> zero(CostFunction.BURN_BLOCK_INFO);
            // own: the number of allowances
            case RESTRICT_ASSETS -> own(CostFunction.RESTRICT_ASSETS);
            case AS_CONTRACT_SAFE -> own(CostFunction.AS_CONTRACT_SAFE);
            // the allowances cost nothing themselves
            case WITH_STX, WITH_FT, WITH_NFT, WITH_STACKING, WITH_STAKING, WITH_POX, WITH_ALL_ASSETS_UNSAFE ->
                    own(null);
        };
    }
}

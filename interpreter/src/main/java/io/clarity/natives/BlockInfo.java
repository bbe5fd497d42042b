package io.clarity.natives;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.chain.Blocks;
import io.clarity.cost.CostInputs;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.ExecutionContext;
import io.clarity.eval.Locals;
import io.clarity.value.BufferValue;
import io.clarity.value.ListValue;
import io.clarity.value.NoneValue;
import io.clarity.value.SomeValue;
import io.clarity.value.TupleValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.BlockProperty;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;

/**
 * The natives of block and tenure information, and at-block, answered from the mocked chain's
 * block history ({@link Blocks}) as the simnet answers them. A height at or above the block the
 * code runs at (the tip, or an at-block's block) has no information: {@code none}.
 */
final class BlockInfo {

    /** The simnet's miner spend on every block but genesis, in satoshis. */
    private static final UIntValue MINER_SPEND_TOTAL = UIntValue.of(2000);
    /** The simnet's reward of every matured block but genesis, in micro-STX. */
    private static final UIntValue BLOCK_REWARD = UIntValue.of(5000);
    /** Blocks after which a block's reward is known (the reference's MINER_REWARD_MATURITY). */
    private static final long MINER_REWARD_MATURITY = 100;
    /** No PoX payouts on the simulated chain: no addresses, nothing paid. */
    private static final TupleValue NO_POX_PAYOUT = TupleValue.of("addrs", ListValue.EMPTY, "payout", UIntValue.ZERO);

    private BlockInfo() {
    }

    /**
     * {@code at-block}: evaluates the (read-only) closure as of the block with the given
     * index block hash, with the state of that block; refused from epoch 3.4.
     */
    static Value atBlock(List<Expr> args, CallContext ctx, Locals locals) {
        ExecutionContext exec = ctx.exec();
        if (!exec.epoch().supportsAtBlock()) {
            throw RuntimeErrorKind.AtBlockUnavailable.error();
        }
        exec.costs().charge(NativeFunction.AT_BLOCK);
        BufferValue hash = (BufferValue) Evaluator.evalBorrowed(args.get(0), ctx, locals);
        if (hash.length() != 32) {
            throw RuntimeErrorKind.BadBlockHash.error(hash);
        }
        long height = exec.blocks().heightOf(hash.bytes());
        exec.costs().addMemory(CostInputs.AT_BLOCK_MEMORY);
        try {
            return exec.atBlock(height < 0 ? Blocks.UNKNOWN_BLOCK : height, () -> Evaluator.eval(args.get(1), ctx, locals));
        } finally {
            exec.costs().dropMemory(CostInputs.AT_BLOCK_MEMORY);
        }
    }

    /** {@code get-block-info?} (Clarity 1 and 2). */
    static Value getBlockInfo(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.GET_BLOCK_INFO);
        if (args.size() != 2) {
            throw RuntimeErrorKind.IncorrectArgumentCount.error(2, args.size());
        }
        BlockProperty p = BlockProperty.ofBlockInfo(((AtomExpr) args.get(0)).name(), ctx.contract().version());
        long h = height(args.get(1), ctx, locals);
        return h < 0 ? NoneValue.INSTANCE : blockProperty(p, h, ctx.exec(), false);
    }

    /**
     * {@code get-stacks-block-info?} (Clarity 3 on); its {@code time} is the stacks block's own
     * (from epoch 3.0; before, the simnet answers with the burn block's).
     */
    static Value getStacksBlockInfo(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.GET_STACKS_BLOCK_INFO);
        BlockProperty p = BlockProperty.ofStacksBlockInfo(((AtomExpr) args.get(0)).name());
        long h = height(args.get(1), ctx, locals);
        return h < 0 ? NoneValue.INSTANCE : blockProperty(p, h, ctx.exec(), ctx.exec().epoch().isNakamoto());
    }

    /** {@code get-tenure-info?} (Clarity 3 on): the information of the tenure a block belongs to. */
    static Value getTenureInfo(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.GET_TENURE_INFO);
        BlockProperty p = BlockProperty.ofTenureInfo(((AtomExpr) args.get(0)).name());
        long h = height(args.get(1), ctx, locals);
        return h < 0 ? NoneValue.INSTANCE : blockProperty(p, h, ctx.exec(), false);
    }

    /**
     * {@code get-burn-block-info?} (Clarity 2 on): a burn block's header hash, or its PoX payout
     * (none on the simulated chain), for burn heights up to the burn chain tip.
     */
    static Value getBurnBlockInfo(List<Expr> args, CallContext ctx, Locals locals) {
        ExecutionContext exec = ctx.exec();
        exec.costs().charge(NativeFunction.GET_BURN_BLOCK_INFO);
        BlockProperty p = BlockProperty.ofBurnBlockInfo(((AtomExpr) args.get(0)).name());
        UIntValue b = (UIntValue) Evaluator.evalBorrowed(args.get(1), ctx, locals);
        Blocks blocks = exec.blocks();
        long view = exec.viewHeight();
        if (!b.fitsIn32Bits() || !knowsBurnChain(blocks, view) || b.lo() > blocks.burnHeight()) {
            return NoneValue.INSTANCE;
        }
        return new SomeValue(p == BlockProperty.POX_ADDRS ? NO_POX_PAYOUT : new BufferValue(blocks.burnHeaderHash(b.lo())));
    }

    /**
     * Whether code running at block {@code view} can see the burn chain: before 3.0 it sees it
     * through the parent block (so not from genesis), from 3.0 through the block itself (so
     * not from an unknown at-block hash).
     */
    private static boolean knowsBurnChain(Blocks blocks, long view) {
        if (blocks.epochAt(view).isNakamoto()) {
            return view <= blocks.stacksHeight();
        }
        if (view == 0) {
            return false;
        }
        requireBlock(blocks, view - 1);
        return true;
    }

    /**
     * The height argument, or -1 when it names no block the code can see: beyond 32 bits, or at
     * or above the block the code runs at.
     */
    private static long height(Expr e, CallContext ctx, Locals locals) {
        UIntValue h = (UIntValue) Evaluator.evalBorrowed(e, ctx, locals);
        if (!h.fitsIn32Bits() || h.lo() >= ctx.exec().viewHeight()) {
            return -1;
        }
        return h.lo();
    }

    /**
     * {@code (some value)} of a property of stacks block {@code h} (or none for a reward not
     * known yet); {@code time} is the stacks block's own when {@code stacksTime}, else its burn
     * block's.
     */
    private static Value blockProperty(BlockProperty p, long h, ExecutionContext exec, boolean stacksTime) {
        Blocks blocks = exec.blocks();
        long view = exec.viewHeight();
        boolean genesisShortcut = h == 0
                && (p == BlockProperty.MINER_SPEND_WINNER || p == BlockProperty.MINER_SPEND_TOTAL || p == BlockProperty.BLOCK_REWARD);
        if (!genesisShortcut) {
            // a reward is known once the block's child has matured
            if (p == BlockProperty.BLOCK_REWARD && h + 1 + MINER_REWARD_MATURITY >= view) {
                return NoneValue.INSTANCE;
            }
            requireBlock(blocks, h);
            // these read the chain as of the parent of the block the code runs at
            if (p == BlockProperty.VRF_SEED || p == BlockProperty.MINER_ADDRESS || p == BlockProperty.MINER_SPEND_WINNER
                    || p == BlockProperty.MINER_SPEND_TOTAL || p == BlockProperty.BLOCK_REWARD) {
                requireBlock(blocks, view - 1);
            }
        }
        Value v = switch (p) {
            case TIME -> UIntValue.of(stacksTime ? blocks.stacksTime(h) : blocks.burnTime(blocks.burnHeightOf(h)));
            case VRF_SEED -> new BufferValue(blocks.vrfSeed(h));
            case HEADER_HASH -> new BufferValue(blocks.headerHash(h));
            case ID_HEADER_HASH -> new BufferValue(blocks.idHeaderHash(h));
            case BURNCHAIN_HEADER_HASH -> new BufferValue(blocks.burnHeaderHash(blocks.burnHeightOf(h)));
            case MINER_ADDRESS -> blocks.minerAddress(h);
            case MINER_SPEND_WINNER -> {
                if (h != 0) {
                    throw RuntimeErrorKind.Internal.error("the simnet keeps no winning miner spend for block " + h);
                }
                yield UIntValue.ZERO;
            }
            case MINER_SPEND_TOTAL -> h == 0 ? UIntValue.ZERO : MINER_SPEND_TOTAL;
            case BLOCK_REWARD -> h == 0 ? null : BLOCK_REWARD;
            case POX_ADDRS -> throw new IllegalStateException("pox-addrs is a burn block property");
        };
        return v == null ? NoneValue.INSTANCE : new SomeValue(v);
    }

    /** Below an at-block on an unknown hash, heights past the tip name no block: the reference fails internally. */
    private static void requireBlock(Blocks blocks, long h) {
        if (h < 0 || h > blocks.stacksHeight()) {
            throw RuntimeErrorKind.Internal.error("there is no block at height " + h);
        }
    }
}

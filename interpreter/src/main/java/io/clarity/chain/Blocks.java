package io.clarity.chain;

import io.clarity.error.RuntimeErrorKind;
import io.clarity.value.Bytes;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.version.Epoch;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The block history of the mocked chain, moving as the clarinet-sdk simnet moves it: a
 * transaction gets a new block (before epoch 3.0 a burn block too), mining adds burn blocks each
 * with its stacks block, and entering an epoch from 3.0 on adds one. Every block's hashes are
 * the simnet's deterministic ones (SHA-512/256 of the height, with a marker byte); its times come
 * from a mock clock that starts at {@link #GENESIS_TIME} and advances as the simnet's does (the
 * simnet starts from the wall clock, so only relations between times are comparable).
 *
 * <p>Besides the blocks, the history records what the simnet stores per block in Clarity's
 * database and what {@code at-block} therefore sees: the epoch in force, the tenure height and
 * the block time.
 */
public final class Blocks {

    /** The mock clock's genesis burn block time: 2025-01-01T00:00:00Z. */
    public static final long GENESIS_TIME = 1_735_689_600L;
    private static final long BURN_BLOCK_SECONDS = 600;
    private static final long STACKS_BLOCK_SECONDS = 10;
    private static final StandardPrincipalValue TESTNET_BURN_ADDRESS = StandardPrincipalValue.known("ST000000000000000000002AMW42H");
    private static final StandardPrincipalValue MAINNET_BURN_ADDRESS = StandardPrincipalValue.known("SP000000000000000000002Q6VF78");
    /** Stacks blocks whose tenure height the simnet stored, and those whose next block's time it stored. */
    private static final byte TENURE_STORED = 1;
    private static final byte NEXT_TIME_STORED = 2;

    private Epoch epoch = Epoch.E2_05;
    private int tenure;
    private int stacksHeight;
    private int burnHeight;
    // per stacks block
    private int[] burnOf = new int[64];
    private long[] stacksTime = new long[64];
    private int[] tenureOf = new int[64];
    private byte[] stored = new byte[64];
    // per burn block
    private long[] burnTime = new long[64];
    // the epoch switches: from height epochHeights[i] on, epochs[i] is in force
    private int[] epochHeights = new int[8];
    private Epoch[] epochs = new Epoch[8];
    private int epochSwitches;
    /** The height of each block's index hash, filled on demand (only at-block needs it). */
    private final Map<Bytes, Integer> heightOfId = new HashMap<>();
    private int indexedUpTo = -1;

    /** The genesis block of a new chain, in epoch 2.05. */
    public Blocks() {
        burnTime[0] = GENESIS_TIME;
        stacksTime[0] = GENESIS_TIME + STACKS_BLOCK_SECONDS;
    }

    private Blocks(Blocks other) {
        epoch = other.epoch;
        tenure = other.tenure;
        stacksHeight = other.stacksHeight;
        burnHeight = other.burnHeight;
        burnOf = other.burnOf.clone();
        stacksTime = other.stacksTime.clone();
        tenureOf = other.tenureOf.clone();
        stored = other.stored.clone();
        burnTime = other.burnTime.clone();
        epochHeights = other.epochHeights.clone();
        epochs = other.epochs.clone();
        epochSwitches = other.epochSwitches;
    }

    /** A copy of the whole history, for snapshots (the index of block hashes is rebuilt on demand). */
    public Blocks copy() {
        return new Blocks(this);
    }

    // ---------------------------------------------------------------------------------------
    // The history as data, for a saved chain
    // ---------------------------------------------------------------------------------------

    /**
     * One stacks block of the history: the burn block it belongs to, its time, its tenure
     * height, and whether the simnet stored its tenure height and the time of the block after it.
     */
    public record StacksBlock(long burnHeight, long time, long tenure, boolean tenureStored, boolean nextTimeStored) {
    }

    /** From stacks height {@code height} on, {@code epoch} is in force. */
    public record EpochSwitch(long height, Epoch epoch) {
    }

    /** The stacks blocks from genesis to the tip. */
    public List<StacksBlock> stacksBlocks() {
        List<StacksBlock> out = new ArrayList<>(stacksHeight + 1);
        for (int h = 0; h <= stacksHeight; h++) {
            out.add(new StacksBlock(burnOf[h], stacksTime[h], tenureOf[h], (stored[h] & TENURE_STORED) != 0,
                    (stored[h] & NEXT_TIME_STORED) != 0));
        }
        return out;
    }

    /** The times of the burn blocks from genesis to the tip. */
    public List<Long> burnTimes() {
        List<Long> out = new ArrayList<>(burnHeight + 1);
        for (int b = 0; b <= burnHeight; b++) {
            out.add(burnTime[b]);
        }
        return out;
    }

    /** The epoch switches, in order (none: the chain is still in epoch 2.05). */
    public List<EpochSwitch> epochSwitches() {
        List<EpochSwitch> out = new ArrayList<>(epochSwitches);
        for (int i = 0; i < epochSwitches; i++) {
            out.add(new EpochSwitch(epochHeights[i], epochs[i]));
        }
        return out;
    }

    /**
     * The history that {@link #stacksBlocks}, {@link #burnTimes}, {@link #epochSwitches} and
     * {@link #tenureHeight} describe; the epoch is the last switch's.
     *
     * @throws IllegalArgumentException when they do not describe a chain (no genesis, a stacks
     *         block of a burn block that does not exist, switches out of order)
     */
    public static Blocks restore(List<StacksBlock> stacksBlocks, List<Long> burnTimes, List<EpochSwitch> switches,
                                 long tenure) {
        if (stacksBlocks.isEmpty() || burnTimes.isEmpty()) {
            throw new IllegalArgumentException("a block history without a genesis block");
        }
        Blocks b = new Blocks();
        b.stacksHeight = stacksBlocks.size() - 1;
        b.burnHeight = burnTimes.size() - 1;
        b.tenure = Math.toIntExact(tenure);
        int size = Math.max(64, stacksBlocks.size() + 1);
        b.burnOf = new int[size];
        b.stacksTime = new long[size];
        b.tenureOf = new int[size];
        b.stored = new byte[size];
        for (int h = 0; h <= b.stacksHeight; h++) {
            StacksBlock s = stacksBlocks.get(h);
            if (s.burnHeight() < 0 || s.burnHeight() > b.burnHeight || (h > 0 && s.burnHeight() < b.burnOf[h - 1])) {
                throw new IllegalArgumentException("stacks block " + h + " belongs to burn block " + s.burnHeight());
            }
            b.burnOf[h] = (int) s.burnHeight();
            b.stacksTime[h] = s.time();
            b.tenureOf[h] = Math.toIntExact(s.tenure());
            b.stored[h] = (byte) ((s.tenureStored() ? TENURE_STORED : 0) | (s.nextTimeStored() ? NEXT_TIME_STORED : 0));
        }
        b.burnTime = new long[Math.max(64, burnTimes.size() + 1)];
        for (int i = 0; i <= b.burnHeight; i++) {
            b.burnTime[i] = burnTimes.get(i);
        }
        b.epochHeights = new int[Math.max(8, switches.size())];
        b.epochs = new Epoch[b.epochHeights.length];
        for (EpochSwitch sw : switches) {
            long previous = b.epochSwitches == 0 ? 0 : b.epochHeights[b.epochSwitches - 1];
            if (sw.height() < previous || sw.height() > b.stacksHeight || sw.epoch() == null) {
                throw new IllegalArgumentException("an epoch switch at height " + sw.height() + " to " + sw.epoch());
            }
            b.epochHeights[b.epochSwitches] = (int) sw.height();
            b.epochs[b.epochSwitches] = sw.epoch();
            b.epochSwitches++;
            b.epoch = sw.epoch();
        }
        return b;
    }

    public Epoch epoch() {
        return epoch;
    }

    /** The height of the stacks chain tip. */
    public long stacksHeight() {
        return stacksHeight;
    }

    /** The height of the burn chain tip. */
    public long burnHeight() {
        return burnHeight;
    }

    /** The tenure height of the tip. */
    public long tenureHeight() {
        return tenure;
    }

    // ---------------------------------------------------------------------------------------
    // Moving the chain
    // ---------------------------------------------------------------------------------------

    /** The new block of a transaction (before 3.0 a new burn block with it). */
    public void advanceForTransaction() {
        if (epoch.isNakamoto()) {
            addStacksBlock();
        } else {
            addBurnBlock();
        }
        storeTenure();
    }

    /** Mines {@code n} empty blocks: each a burn block with its stacks block. */
    public void mine(long n) {
        for (long i = 0; i < n; i++) {
            addBurnBlock();
        }
        storeTenure();
    }

    /** Switches epoch (only forward); entering an epoch from 3.0 on adds a block. */
    public void setEpoch(Epoch next) {
        if (next == epoch) {
            return;
        }
        epoch = next;
        if (epochSwitches == epochs.length) {
            epochHeights = Arrays.copyOf(epochHeights, epochSwitches * 2);
            epochs = Arrays.copyOf(epochs, epochSwitches * 2);
        }
        epochHeights[epochSwitches] = stacksHeight;
        epochs[epochSwitches] = next;
        epochSwitches++;
        if (next.isNakamoto()) {
            addBurnBlock();
            storeTenure();
        }
    }

    private void addBurnBlock() {
        long next = burnTime[burnHeight] + BURN_BLOCK_SECONDS;
        if (stacksTime[stacksHeight] > next) {
            next = stacksTime[stacksHeight] + STACKS_BLOCK_SECONDS;
        }
        burnHeight++;
        if (burnHeight == burnTime.length) {
            burnTime = Arrays.copyOf(burnTime, burnHeight * 2);
        }
        burnTime[burnHeight] = next;
        tenure++;
        addStacksBlock();
    }

    private void addStacksBlock() {
        int h = stacksHeight + 1;
        if (h == burnOf.length) {
            int size = h * 2;
            burnOf = Arrays.copyOf(burnOf, size);
            stacksTime = Arrays.copyOf(stacksTime, size);
            tenureOf = Arrays.copyOf(tenureOf, size);
            stored = Arrays.copyOf(stored, size);
        }
        burnOf[h] = burnHeight;
        stacksTime[h] = Math.max(stacksTime[stacksHeight], burnTime[burnHeight]) + STACKS_BLOCK_SECONDS;
        tenureOf[h] = tenure;
        // the simnet stores a new block's time while its parent is still the tip
        if (epoch.usesStoredBlockTime()) {
            stored[stacksHeight] |= NEXT_TIME_STORED;
        }
        stacksHeight = h;
    }

    /** The simnet stores the tenure height at the tip once a block-making step is done (from 3.0). */
    private void storeTenure() {
        if (epoch.isNakamoto()) {
            stored[stacksHeight] |= TENURE_STORED;
        }
    }

    // ---------------------------------------------------------------------------------------
    // What a block holds (every height here must be a block: 0 to stacksHeight())
    // ---------------------------------------------------------------------------------------

    /** The height of the block with this index block hash, or -1 when there is none. */
    public long heightOf(Bytes idHeaderHash) {
        while (indexedUpTo < stacksHeight) {
            indexedUpTo++;
            heightOfId.put(idHeaderHash(indexedUpTo), indexedUpTo);
        }
        Integer h = heightOfId.get(idHeaderHash);
        return h == null ? -1 : h;
    }

    /** The index block hash ({@code id-header-hash}) of stacks block {@code h}. */
    public Bytes idHeaderHash(long h) {
        return Bytes.wrap(hashedHeight(h));
    }

    /** The block header hash ({@code header-hash}) of stacks block {@code h}. */
    public Bytes headerHash(long h) {
        byte[] b = hashedHeight(h);
        if (h > 0) {
            b[0] = 1;
        }
        return Bytes.wrap(b);
    }

    /** The header hash of burn block {@code b}. */
    public Bytes burnHeaderHash(long b) {
        return marked(b, 2);
    }

    /** The height of the burn block that stacks block {@code h} belongs to. */
    public long burnHeightOf(long h) {
        return burnOf[block(h)];
    }

    /** The VRF seed of the burn block that stacks block {@code h} belongs to. */
    public Bytes vrfSeed(long h) {
        return marked(burnOf[block(h)], 4);
    }

    /** The time of burn block {@code b}. */
    public long burnTime(long b) {
        if (b < 0 || b > burnHeight) {
            throw RuntimeErrorKind.Internal.error("there is no burn block at height " + b);
        }
        return burnTime[(int) b];
    }

    /** The time of stacks block {@code h}. */
    public long stacksTime(long h) {
        return stacksTime[block(h)];
    }

    /** The simnet names the testnet burn address as genesis's miner and the mainnet one for any other block. */
    public StandardPrincipalValue minerAddress(long h) {
        return h == 0 ? TESTNET_BURN_ADDRESS : MAINNET_BURN_ADDRESS;
    }

    /** The epoch in force at block {@code h}, as recorded then (the first epoch before any switch). */
    public Epoch epochAt(long h) {
        for (int i = epochSwitches - 1; i >= 0; i--) {
            if (epochHeights[i] <= h) {
                return epochs[i];
            }
        }
        return Epoch.E2_05;
    }

    /** The tenure height stored at or before block {@code h}, or -1 when none was. */
    public long storedTenureAt(long h) {
        for (long i = Math.min(h, stacksHeight); i >= 0; i--) {
            if ((stored[(int) i] & TENURE_STORED) != 0) {
                return tenureOf[(int) i];
            }
        }
        return -1;
    }

    /** The block time stored at or before block {@code h} (the time of the block after it), or -1. */
    public long storedTimeAt(long h) {
        for (long i = Math.min(h, stacksHeight); i >= 0; i--) {
            if ((stored[(int) i] & NEXT_TIME_STORED) != 0) {
                return stacksTime[(int) i + 1];
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------
    // Keywords as code running at block `view` reads them (the tip, or an at-block's block;
    // UNKNOWN_BLOCK when at-block was given a hash that names no block)
    // ---------------------------------------------------------------------------------------

    /** The height an at-block on an unknown block hash runs at (the simnet's u32::MAX). */
    public static final long UNKNOWN_BLOCK = 0xFFFFFFFFL;

    /**
     * {@code burn-block-height}: before 3.0 (as block {@code view} recorded the epoch) the burn
     * block of the parent block, from 3.0 the burn chain tip.
     */
    public long burnBlockHeightAt(long view) {
        if (epochAt(view).isNakamoto()) {
            return burnHeight;
        }
        if (view == 0) {
            return 0;
        }
        return burnOf[block(view - 1)];
    }

    /** {@code tenure-height}: the block height before 3.0, then the tenure height stored. */
    public long tenureHeightAt(long view) {
        if (!epochAt(view).isNakamoto()) {
            return view;
        }
        long t = storedTenureAt(view);
        if (t < 0) {
            throw RuntimeErrorKind.Internal.error("no tenure height is stored at block " + view);
        }
        return t;
    }

    /** {@code stacks-block-time}: BlockTimeNotAvailable when no time was stored. */
    public long blockTimeAt(long view) {
        long t = storedTimeAt(view);
        if (t < 0) {
            throw RuntimeErrorKind.BlockTimeNotAvailable.error();
        }
        return t;
    }

    /** A height that must name a block; the reference fails internally when it does not. */
    private int block(long h) {
        if (h < 0 || h > stacksHeight) {
            throw RuntimeErrorKind.Internal.error("there is no block at height " + h);
        }
        return (int) h;
    }

    private static Bytes marked(long height, int marker) {
        byte[] b = hashedHeight(height);
        b[0] = (byte) marker;
        return Bytes.wrap(b);
    }

    /** SHA-512/256 of the height as 4 big-endian bytes: the simnet's seed of every block hash. */
    private static byte[] hashedHeight(long height) {
        try {
            return MessageDigest.getInstance("SHA-512/256").digest(ByteBuffer.allocate(4).putInt((int) height).array());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-512/256", e);
        }
    }
}

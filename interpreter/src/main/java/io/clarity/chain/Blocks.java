package io.clarity.chain;

import io.clarity.version.Epoch;

/**
 * The block heights and epoch of the mocked chain, moving as the clarinet-sdk simnet moves them:
 * a transaction gets a new block (before epoch 3.0 a burn block too), mining adds burn and stacks
 * blocks, and entering an epoch from 3.0 on adds one block.
 */
public final class Blocks {

    private Epoch epoch;
    private long stacksHeight;
    private long burnHeight;

    public Blocks(Epoch epoch, long stacksHeight, long burnHeight) {
        this.epoch = epoch;
        this.stacksHeight = stacksHeight;
        this.burnHeight = burnHeight;
    }

    /** A copy, for snapshots. */
    public Blocks copy() {
        return new Blocks(epoch, stacksHeight, burnHeight);
    }

    public Epoch epoch() {
        return epoch;
    }

    public long stacksHeight() {
        return stacksHeight;
    }

    public long burnHeight() {
        return burnHeight;
    }

    /** The tenure height: from epoch 3.0 each burn block starts a tenure. */
    public long tenureHeight() {
        return burnHeight;
    }

    /** {@code burn-block-height} as contracts see it: before 3.0, the burn block of the parent. */
    public long visibleBurnHeight() {
        return epoch.isNakamoto() ? burnHeight : Math.max(0, burnHeight - 1);
    }

    /** {@code block-height} as Clarity 1 and 2 contracts see it: from 3.0, the tenure height. */
    public long visibleBlockHeight() {
        return epoch.isNakamoto() ? tenureHeight() : stacksHeight;
    }

    /** The new block of a transaction. */
    public void advanceForTransaction() {
        stacksHeight++;
        if (!epoch.isNakamoto()) {
            burnHeight++;
        }
    }

    /** Mines {@code n} empty blocks: each a burn block with its stacks block. */
    public void mine(long n) {
        stacksHeight += n;
        burnHeight += n;
    }

    /** Switches epoch (only forward); entering an epoch from 3.0 on adds one block. */
    public void setEpoch(Epoch next) {
        if (next == epoch) {
            return;
        }
        epoch = next;
        if (next.isNakamoto()) {
            stacksHeight++;
            burnHeight++;
        }
    }
}

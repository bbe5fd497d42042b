package io.clarity;

import io.clarity.chain.Blocks;
import io.clarity.chain.ChainState;

/**
 * The whole state of a {@link Simnet} at one moment: balances, contracts and their storage,
 * heights and epoch. Immutable once taken, so one snapshot can seed any number of chains, in
 * any number of threads ({@link Simnet#restore}, {@link Simnet#from}). Taking and restoring a
 * snapshot copies the state: the time is proportional to the number of stored entries, which
 * in a unit test is far below the cost of deploying again.
 */
public final class Snapshot {

    private final ChainState state;
    private final Blocks blocks;
    private final int scratchContracts;

    Snapshot(ChainState state, Blocks blocks, int scratchContracts) {
        this.state = state;
        this.blocks = blocks;
        this.scratchContracts = scratchContracts;
    }

    /** A state of its own, equal to the snapshot's. */
    ChainState copyState() {
        return state.copy();
    }

    Blocks copyBlocks() {
        return blocks.copy();
    }

    /** The snapshot's own state, to read only (the saved-chain writer). */
    ChainState state() {
        return state;
    }

    /** The snapshot's own blocks, to read only. */
    Blocks blocks() {
        return blocks;
    }

    int scratchContracts() {
        return scratchContracts;
    }
}

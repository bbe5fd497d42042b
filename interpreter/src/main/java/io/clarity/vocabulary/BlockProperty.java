package io.clarity.vocabulary;

import io.clarity.version.ClarityVersion;
import java.util.List;

/**
 * The properties that {@code get-block-info?}, {@code get-stacks-block-info?},
 * {@code get-tenure-info?} and {@code get-burn-block-info?} can read, with the natives (and for
 * get-block-info?, the first Clarity version) that accept each; their types are the analysis's
 * ({@code BlockInfoTypes}).
 */
public enum BlockProperty {
    TIME("time", 1, true, true, false),
    VRF_SEED("vrf-seed", 1, false, true, false),
    HEADER_HASH("header-hash", 1, true, false, true),
    ID_HEADER_HASH("id-header-hash", 1, true, false, false),
    BURNCHAIN_HEADER_HASH("burnchain-header-hash", 1, false, true, false),
    MINER_ADDRESS("miner-address", 1, false, true, false),
    MINER_SPEND_WINNER("miner-spend-winner", 2, false, true, false),
    MINER_SPEND_TOTAL("miner-spend-total", 2, false, true, false),
    BLOCK_REWARD("block-reward", 2, false, true, false),
    POX_ADDRS("pox-addrs", 0, false, false, true);

    private final String clarityName;
    /** The first Clarity version whose get-block-info? accepts it; 0 when it does not. */
    private final int blockInfoSince;
    private final boolean stacksBlockInfo;
    private final boolean tenureInfo;
    private final boolean burnBlockInfo;

    BlockProperty(String clarityName, int blockInfoSince, boolean stacksBlockInfo, boolean tenureInfo, boolean burnBlockInfo) {
        this.clarityName = clarityName;
        this.blockInfoSince = blockInfoSince;
        this.stacksBlockInfo = stacksBlockInfo;
        this.tenureInfo = tenureInfo;
        this.burnBlockInfo = burnBlockInfo;
    }

    public String clarityName() {
        return clarityName;
    }

    /** A property of {@code get-block-info?} in {@code version}, or null. */
    public static BlockProperty ofBlockInfo(String name, ClarityVersion version) {
        BlockProperty p = named(name);
        return p != null && p.blockInfoSince > 0 && version.number() >= p.blockInfoSince ? p : null;
    }

    /** A property of {@code get-stacks-block-info?}, or null. */
    public static BlockProperty ofStacksBlockInfo(String name) {
        BlockProperty p = named(name);
        return p != null && p.stacksBlockInfo ? p : null;
    }

    /** A property of {@code get-tenure-info?}, or null. */
    public static BlockProperty ofTenureInfo(String name) {
        BlockProperty p = named(name);
        return p != null && p.tenureInfo ? p : null;
    }

    /** A property of {@code get-burn-block-info?}, or null. */
    public static BlockProperty ofBurnBlockInfo(String name) {
        BlockProperty p = named(name);
        return p != null && p.burnBlockInfo ? p : null;
    }

    private static final List<BlockProperty> ALL = List.of(values());

    private static BlockProperty named(String name) {
        for (BlockProperty p : ALL) {
            if (p.clarityName.equals(name)) {
                return p;
            }
        }
        return null;
    }
}

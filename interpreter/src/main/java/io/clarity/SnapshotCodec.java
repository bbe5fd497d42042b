package io.clarity;

import io.clarity.analysis.Analyzer;
import io.clarity.analysis.ContractAnalysis;
import io.clarity.chain.Blocks;
import io.clarity.chain.ChainState;
import io.clarity.chain.ContractStorage;
import io.clarity.chain.DataLocation;
import io.clarity.chain.DeployedContract;
import io.clarity.error.ClarityError;
import io.clarity.value.ConsensusCodec;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Writes a {@link Snapshot} (with the chain's accounts) as bytes and reads it back, exactly:
 * the state, the whole block history that block information and {@code at-block} read, and the
 * committed writes that {@code at-block} reads behind.
 *
 * <p>The format is a header, a body and a checksum:
 * <pre>
 * "CLARITYCHAIN" u16:format (4; formats 2 and 3 are read too)
 * accounts:  u16:n (string:name value:address)*
 * blocks:    u32:tenure-height
 *            u32:n (u32:burn-height u64:time u32:tenure u8:stored)*   stacks blocks, from genesis
 *            u32:n (u64:time)*                                       burn blocks, from genesis
 *            u32:n (u32:stacks-height string:epoch)*                 epoch switches
 *            u32:scratch-contracts
 * stx:       value:liquid-supply u32:n (value:principal value:balance)*
 * contracts: u32:n, in deploy order, each
 *            value:id u8:clarity-version string:epoch bytes:source
 *            u32:n (string:name value)*                       constants
 *            u32:n (string:name value)*                       data-vars
 *            u32:n (string:name u32:n (value:key value)*       maps, each with
 *                   u32:n (value:key)*)*                     the keys of its deleted entries (from format 3)
 *            u32:n (string:name u8:has-max [value:max] value:supply u32:n (value:owner value:balance)*)*
 *            u32:n (string:name u32:n (value:asset value:owner)*)*   non-fungible tokens
 * history:   u8:kept u32:n (location key u8:has-before [value] u8:has-after [value] u64:block)*
 *            location: u8:part [u32:contract-index] [string:map-or-token]
 *            (from format 4, the deployed contracts are a part too: which contracts at-block sees;
 *            in a chain of an older format, at-block sees every contract at every block)
 *            key: a string for data-vars, counters and token supplies, a value otherwise
 * u32:CRC-32 of everything before
 * </pre>
 * Integers are big-endian; a string or bytes is a u32 length and the (UTF-8) bytes; a value is a
 * u32 length and the value's consensus serialization (SIP-005), so every stored value is written
 * as the chain itself would serialize it. A stacks block's {@code stored} bits say whether the
 * simnet stored its tenure height (1) and the time of the block after it (2). Entries of
 * unordered collections are sorted by their encoding, so the same state always gives the same
 * bytes. The index of block hashes is not written: it is a cache that the chain rebuilds.
 *
 * <p>Contracts are not deployed again when read (that would run their top level a second time):
 * each is analysed again from its source, in its epoch and Clarity version, and given back its
 * constants and storage. Values are read back exactly as written, without a type. The state is
 * rebuilt outside any transaction, so that rebuilding it writes no history; the saved history is
 * then given back as it was. {@code SnapshotCoverageTest} fails when the chain gains a field that
 * this codec may not know.
 */
final class SnapshotCodec {

    private static final int TENURE_STORED = 1;
    private static final int NEXT_TIME_STORED = 2;
    private static final byte[] MAGIC = "CLARITYCHAIN".getBytes(StandardCharsets.US_ASCII);
    /** Format 1 (before block histories and at-block) held only the heights: its chains cannot be read exactly. */
    private static final int FORMAT = 4;
    /** Format 2 did not keep which map entries were deleted, which only a later read's cost tells. */
    private static final int OLDEST_READ = 2;

    private SnapshotCodec() {
    }

    // ---------------------------------------------------------------------------------------
    // Writing
    // ---------------------------------------------------------------------------------------

    static byte[] write(Snapshot snapshot, Map<String, StandardPrincipalValue> accounts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.write(MAGIC);
            out.writeShort(FORMAT);
            out.writeShort(accounts.size());
            for (Map.Entry<String, StandardPrincipalValue> a : accounts.entrySet()) {
                string(out, a.getKey());
                value(out, a.getValue());
            }
            blocks(out, snapshot.blocks());
            out.writeInt(snapshot.scratchContracts());
            ChainState state = snapshot.state();
            value(out, state.liquidSupply());
            pairs(out, state.stxBalances(), false);
            out.writeInt(state.contracts().size());
            for (DeployedContract c : state.contracts().values()) {
                contract(out, c);
            }
            history(out, state);
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
            out.flush();
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void blocks(DataOutputStream out, Blocks blocks) throws IOException {
        out.writeInt((int) blocks.tenureHeight());
        List<Blocks.StacksBlock> stacks = blocks.stacksBlocks();
        out.writeInt(stacks.size());
        for (Blocks.StacksBlock b : stacks) {
            out.writeInt((int) b.burnHeight());
            out.writeLong(b.time());
            out.writeInt((int) b.tenure());
            out.writeByte((b.tenureStored() ? TENURE_STORED : 0) | (b.nextTimeStored() ? NEXT_TIME_STORED : 0));
        }
        List<Long> burnTimes = blocks.burnTimes();
        out.writeInt(burnTimes.size());
        for (long t : burnTimes) {
            out.writeLong(t);
        }
        List<Blocks.EpochSwitch> switches = blocks.epochSwitches();
        out.writeInt(switches.size());
        for (Blocks.EpochSwitch sw : switches) {
            out.writeInt((int) sw.height());
            string(out, sw.epoch().label());
        }
    }

    private static void history(DataOutputStream out, ChainState state) throws IOException {
        Map<ContractPrincipalValue, Integer> index = new HashMap<>();
        for (ContractPrincipalValue id : state.contracts().keySet()) {
            index.put(id, index.size());
        }
        out.writeByte(state.keepsHistory() ? 1 : 0);
        List<ChainState.KeptWrite> writes = state.keptWrites();
        out.writeInt(writes.size());
        for (ChainState.KeptWrite w : writes) {
            DataLocation where = w.location();
            out.writeByte(where.part().ordinal());
            if (where.contract() != null) {
                out.writeInt(index.get(where.contract()));
            }
            if (where.name() != null) {
                string(out, where.name());
            }
            if (where.part().keyedByName()) {
                string(out, (String) w.key());
            } else {
                value(out, (Value) w.key());
            }
            optional(out, (Value) w.before());
            optional(out, (Value) w.after());
            out.writeLong(w.height());
        }
    }

    private static void optional(DataOutputStream out, Value v) throws IOException {
        out.writeByte(v == null ? 0 : 1);
        if (v != null) {
            value(out, v);
        }
    }

    private static void contract(DataOutputStream out, DeployedContract c) throws IOException {
        value(out, c.id());
        out.writeByte(c.version().number());
        string(out, c.epoch().label());
        bytes(out, c.source().getBytes(StandardCharsets.UTF_8));
        named(out, new TreeMap<>(c.constants()));
        ContractStorage s = c.storage();
        named(out, s.dataVars());
        List<String> maps = new ArrayList<>(s.mapNames());
        out.writeInt(maps.size());
        for (String map : maps) {
            string(out, map);
            pairs(out, s.mapEntries(map), true);
            List<byte[]> deleted = new ArrayList<>();
            for (Value key : s.deletedKeys(map)) {
                deleted.add(ConsensusCodec.encode(key));
            }
            deleted.sort(Arrays::compareUnsigned);
            out.writeInt(deleted.size());
            for (byte[] key : deleted) {
                bytes(out, key);
            }
        }
        List<String> fts = new ArrayList<>(s.fungibleTokens());
        out.writeInt(fts.size());
        for (String ft : fts) {
            string(out, ft);
            UIntValue max = s.ftMaxSupply(ft);
            out.writeByte(max == null ? 0 : 1);
            if (max != null) {
                value(out, max);
            }
            value(out, s.ftSupply(ft));
            pairs(out, s.ftBalances(ft), true);
        }
        List<String> nfts = new ArrayList<>(s.nonFungibleTokens());
        out.writeInt(nfts.size());
        for (String nft : nfts) {
            string(out, nft);
            pairs(out, s.nftOwners(nft), true);
        }
    }

    private static void named(DataOutputStream out, Map<String, Value> values) throws IOException {
        out.writeInt(values.size());
        for (Map.Entry<String, Value> e : values.entrySet()) {
            string(out, e.getKey());
            value(out, e.getValue());
        }
    }

    /** Key-value pairs; {@code sort} for a collection without a meaningful order. */
    private static void pairs(DataOutputStream out, Map<? extends Value, ? extends Value> entries, boolean sort)
            throws IOException {
        List<byte[][]> encoded = new ArrayList<>(entries.size());
        entries.forEach((k, v) -> encoded.add(new byte[][] {ConsensusCodec.encode(k), ConsensusCodec.encode(v)}));
        if (sort) {
            encoded.sort((a, b) -> Arrays.compareUnsigned(a[0], b[0]));
        }
        out.writeInt(encoded.size());
        for (byte[][] kv : encoded) {
            bytes(out, kv[0]);
            bytes(out, kv[1]);
        }
    }

    private static void value(DataOutputStream out, Value v) throws IOException {
        bytes(out, ConsensusCodec.encode(v));
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        bytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    // ---------------------------------------------------------------------------------------
    // Reading
    // ---------------------------------------------------------------------------------------

    static Simnet read(byte[] data) throws IOException {
        if (data.length < MAGIC.length + 6 || !Arrays.equals(Arrays.copyOf(data, MAGIC.length), MAGIC)) {
            throw new IOException("not a saved chain (no CLARITYCHAIN header)");
        }
        ByteBuffer in = ByteBuffer.wrap(data, 0, data.length - 4);
        CRC32 crc = new CRC32();
        crc.update(data, 0, data.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(data, data.length - 4, 4).getInt()) {
            throw new IOException("the saved chain is damaged (its checksum does not match)");
        }
        in.position(MAGIC.length);
        int format = in.getShort() & 0xffff;
        if (format < OLDEST_READ || format > FORMAT) {
            throw new IOException("the saved chain has format " + format + "; this version reads formats " + OLDEST_READ
                    + " to " + FORMAT + " (start a new chain with `clarity reset`)");
        }
        try {
            return new Reader(in, format).chain();
        } catch (BufferUnderflowException e) {
            throw new IOException("the saved chain ends too early");
        } catch (ClarityError e) {
            throw new IOException("a saved contract no longer passes analysis: " + e.describe());
        }
    }

    /** One pass over a body whose checksum matched. */
    private static final class Reader {
        private final ByteBuffer in;
        private final int format;

        Reader(ByteBuffer in, int format) {
            this.in = in;
            this.format = format;
        }

        Simnet chain() throws IOException {
            Map<String, StandardPrincipalValue> accounts = new LinkedHashMap<>();
            int n = in.getShort() & 0xffff;
            for (int i = 0; i < n; i++) {
                String name = string();
                accounts.put(name, standard(value()));
            }
            if (!accounts.containsKey("deployer")) {
                throw new IOException("the saved chain has no deployer account");
            }
            Blocks blocks = blocks();
            int scratch = in.getInt();

            // built outside any transaction: nothing here is a write that at-block could read behind
            ChainState state = new ChainState();
            UIntValue liquidSupply = uint(value());
            int balances = count();
            for (int i = 0; i < balances; i++) {
                state.mintStx(principal(value()), uint(value()));
            }
            if (!state.liquidSupply().equals(liquidSupply)) {
                throw new IOException("the saved chain is inconsistent: its balances do not add up to its supply");
            }
            int contracts = count();
            List<DeployedContract> deployed = new ArrayList<>(contracts);
            for (int i = 0; i < contracts; i++) {
                DeployedContract c = contract(state);
                state.addContract(c);
                deployed.add(c);
            }
            history(state, deployed);
            if (in.hasRemaining()) {
                throw new IOException("the saved chain has bytes after its history");
            }
            return Simnet.adopt(state, blocks, scratch, accounts);
        }

        private Blocks blocks() throws IOException {
            long tenure = in.getInt() & 0xffffffffL;
            int n = count();
            List<Blocks.StacksBlock> stacks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long burnHeight = in.getInt() & 0xffffffffL;
                long time = in.getLong();
                long blockTenure = in.getInt() & 0xffffffffL;
                byte stored = in.get();
                stacks.add(new Blocks.StacksBlock(burnHeight, time, blockTenure, (stored & TENURE_STORED) != 0,
                        (stored & NEXT_TIME_STORED) != 0));
            }
            n = count();
            List<Long> burnTimes = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                burnTimes.add(in.getLong());
            }
            n = count();
            List<Blocks.EpochSwitch> switches = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long height = in.getInt() & 0xffffffffL;
                switches.add(new Blocks.EpochSwitch(height, epoch(string())));
            }
            try {
                return Blocks.restore(stacks, burnTimes, switches, tenure);
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new IOException("the saved chain's blocks are inconsistent: " + e.getMessage());
            }
        }

        private void history(ChainState state, List<DeployedContract> contracts) throws IOException {
            boolean kept = in.get() != 0;
            int n = count();
            List<ChainState.KeptWrite> writes = new ArrayList<>(n);
            DataLocation.Part[] parts = DataLocation.Part.values();
            for (int i = 0; i < n; i++) {
                int part = in.get() & 0xff;
                if (part >= parts.length) {
                    throw new IOException("the saved chain's history names an unknown kind of map " + part);
                }
                DataLocation.Part p = parts[part];
                DeployedContract c = null;
                if (p.inContract()) {
                    int index = in.getInt();
                    if (index < 0 || index >= contracts.size()) {
                        throw new IOException("the saved chain's history names contract " + index + " of " + contracts.size());
                    }
                    c = contracts.get(index);
                }
                String name = p.named() ? string() : null;
                DataLocation where = new DataLocation(p, c == null ? null : c.id(), name);
                Object key = p.keyedByName() ? string() : value();
                Value before = in.get() == 0 ? null : value();
                Value after = in.get() == 0 ? null : value();
                writes.add(new ChainState.KeptWrite(where, key, before, after, in.getLong()));
            }
            try {
                state.restoreHistory(writes, kept);
            } catch (IllegalArgumentException e) {
                throw new IOException("the saved chain's history does not fit its state: " + e.getMessage());
            }
        }

        private DeployedContract contract(ChainState state) throws IOException {
            Value idValue = value();
            if (!(idValue instanceof ContractPrincipalValue id)) {
                throw new IOException("a saved contract has no contract identifier");
            }
            ClarityVersion version = ClarityVersion.of(in.get());
            Epoch epoch = epoch(string());
            if (version == null || !epoch.allows(version)) {
                throw new IOException("saved contract " + id.address() + " has an impossible Clarity version");
            }
            String source = new String(bytes(), StandardCharsets.UTF_8);
            Analyzer.CheckedContract checked = Analyzer.analyze(id, source, version, epoch, Session.resolver(state));
            ContractAnalysis analysis = checked.analysis();
            DeployedContract c = new DeployedContract(id, version, epoch, source, checked.definitions(), analysis,
                    state.newStorage());
            int constants = count();
            for (int i = 0; i < constants; i++) {
                String name = string();
                c.defineConstant(name, value());
            }
            ContractStorage s = c.storage();
            int vars = count();
            for (int i = 0; i < vars; i++) {
                String name = string();
                s.createDataVar(name, value());
            }
            int maps = count();
            for (int i = 0; i < maps; i++) {
                String name = string();
                if (analysis.mapTypes(name) == null) {
                    throw new IOException("saved contract " + id.address() + " has no map " + name);
                }
                s.createMap(name);
                int entries = count();
                for (int j = 0; j < entries; j++) {
                    s.mapSet(name, value(), value());
                }
                int deleted = format >= 3 ? count() : 0;
                for (int j = 0; j < deleted; j++) {
                    s.markDeleted(name, value());
                }
            }
            int fts = count();
            for (int i = 0; i < fts; i++) {
                String name = string();
                UIntValue max = in.get() == 0 ? null : uint(value());
                s.createFungibleToken(name, max);
                s.setFtSupply(name, uint(value()));
                int holders = count();
                for (int j = 0; j < holders; j++) {
                    s.setFtBalance(name, principal(value()), uint(value()));
                }
            }
            int nfts = count();
            for (int i = 0; i < nfts; i++) {
                String name = string();
                s.createNonFungibleToken(name);
                int assets = count();
                for (int j = 0; j < assets; j++) {
                    s.setNftOwner(name, value(), principal(value()));
                }
            }
            return c;
        }

        private static Epoch epoch(String label) throws IOException {
            Epoch e = Epoch.of(label);
            if (e == null) {
                throw new IOException("the saved chain names an unknown epoch " + label);
            }
            return e;
        }

        private static StandardPrincipalValue standard(Value v) throws IOException {
            if (v instanceof StandardPrincipalValue p) {
                return p;
            }
            throw new IOException("the saved chain has an account that is not a standard principal: " + v);
        }

        private static PrincipalValue principal(Value v) throws IOException {
            if (v instanceof PrincipalValue p) {
                return p;
            }
            throw new IOException("the saved chain has an owner that is not a principal: " + v);
        }

        private static UIntValue uint(Value v) throws IOException {
            if (v instanceof UIntValue u) {
                return u;
            }
            throw new IOException("the saved chain has an amount that is not a uint: " + v);
        }

        /** A value as the chain stored it (exactly what was written, however deeply nested). */
        private Value value() throws IOException {
            byte[] encoded = bytes();
            try {
                return ConsensusCodec.decodeStored(encoded);
            } catch (ConsensusCodec.DecodeException e) {
                throw new IOException("the saved chain holds an unreadable value: " + e.getMessage());
            }
        }

        private String string() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        private byte[] bytes() {
            int n = count();
            byte[] b = new byte[n];
            in.get(b);
            return b;
        }

        /** A length or count; never more than the bytes left, so a bad one cannot exhaust memory. */
        private int count() {
            int n = in.getInt();
            if (n < 0 || n > in.remaining()) {
                throw new BufferUnderflowException();
            }
            return n;
        }
    }
}

package io.clarity.cost;

import io.clarity.error.RuntimeErrorKind;
import io.clarity.version.Epoch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.StringTokenizer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The cost functions of one boot cost contract, read from its table
 * ({@code io/clarity/cost/costs-3.txt}: one line per function, a formula per dimension). The
 * epoch decides the contract, as the reference's {@code default_cost_contract_for_epoch} does:
 * {@code costs} in 2.0, {@code costs-2} in 2.05 (its testnet variant, the simulated chain being a
 * testnet), {@code costs-3} from 2.1 to 3.2, {@code costs-4} in 3.3 and 3.4.
 */
public final class CostTable {

    /** Dimensions, in the order of the table's columns. */
    static final int RUNTIME = 0;
    static final int READ_COUNT = 1;
    static final int READ_LENGTH = 2;
    static final int WRITE_COUNT = 3;
    static final int WRITE_LENGTH = 4;

    /**
     * The tables read so far, by contract and by epoch: each is read on first use, as a run needs
     * one or two of the four (reading all four took 40 ms of CPU at every start).
     */
    private static final ConcurrentMap<String, CostTable> BY_CONTRACT = new ConcurrentHashMap<>();
    private static final AtomicReferenceArray<CostTable> BY_EPOCH = new AtomicReferenceArray<>(Epoch.values().length);

    private final String contract;
    /** Per function (by ordinal), its five formulas; null where the contract lacks the function. */
    private final Formula[][] formulas;
    /** Per function, whether it costs runtime only (most do), so that metering can skip the rest. */
    private final boolean[] runtimeOnly;

    private CostTable(String contract, Formula[][] formulas) {
        this.contract = contract;
        this.formulas = formulas;
        this.runtimeOnly = new boolean[formulas.length];
        for (int i = 0; i < formulas.length; i++) {
            Formula[] d = formulas[i];
            runtimeOnly[i] = d != null && d[READ_COUNT].equals(Formula.ZERO) && d[READ_LENGTH].equals(Formula.ZERO)
                    && d[WRITE_COUNT].equals(Formula.ZERO) && d[WRITE_LENGTH].equals(Formula.ZERO);
        }
    }

    /** Whether this table's cost contract defines {@code f} ({@link #row} fails on one it does not). */
    boolean defines(CostFunction f) {
        return formulas[f.ordinal()] != null;
    }

    /** Whether {@code f} costs nothing but runtime. */
    boolean runtimeOnly(CostFunction f) {
        return runtimeOnly[f.ordinal()];
    }

    /** The table of the cost contract in force in {@code epoch}. */
    public static CostTable forEpoch(Epoch epoch) {
        CostTable table = BY_EPOCH.get(epoch.ordinal());
        if (table == null) {
            table = BY_CONTRACT.computeIfAbsent(contractFor(epoch), CostTable::load);
            BY_EPOCH.set(epoch.ordinal(), table);
        }
        return table;
    }

    /** The name of the boot cost contract in force in {@code epoch}. */
    public static String contractFor(Epoch epoch) {
        return switch (epoch) {
            case E2_0 -> "costs";
            case E2_05 -> "costs-2";
            case E2_1, E2_2, E2_3, E2_4, E2_5, E3_0, E3_1, E3_2 -> "costs-3";
            case E3_3, E3_4 -> "costs-4";
        };
    }

    /** {@code costs-3}. */
    public String contract() {
        return contract;
    }

    /** What {@code f} costs for input {@code n}. */
    public ExecutionCost cost(CostFunction f, long n) {
        Formula[] d = row(f);
        return new ExecutionCost(d[RUNTIME].apply(n), d[READ_COUNT].apply(n), d[READ_LENGTH].apply(n),
                d[WRITE_COUNT].apply(n), d[WRITE_LENGTH].apply(n));
    }

    /** The five formulas of {@code f}; the reference fails the transaction for a function its contract lacks. */
    Formula[] row(CostFunction f) {
        Formula[] d = formulas[f.ordinal()];
        if (d == null) {
            throw RuntimeErrorKind.CostComputationFailed.error(f.contractName(), "the cost contract " + contract + " does not define it");
        }
        return d;
    }

    private static CostTable load(String contract) {
        String resource = contract + ".txt";
        Formula[][] formulas = new Formula[CostFunction.values().length][];
        try (InputStream in = CostTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing cost table " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                // a tokenizer, not String.split: a regex compiled per line was most of the load
                StringTokenizer words = new StringTokenizer(t);
                String[] cols = new String[words.countTokens()];
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = words.nextToken();
                }
                CostFunction f = CostFunction.byContractName(cols[0]);
                if (f == null || cols.length != 6) {
                    throw new IllegalStateException(resource + ": bad line: " + line);
                }
                if (cols[1].equals("-")) {
                    continue;
                }
                Formula[] d = new Formula[5];
                for (int i = 0; i < 5; i++) {
                    d[i] = Formula.parse(cols[i + 1]);
                }
                formulas[f.ordinal()] = d;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CostTable(contract, formulas);
    }

    @Override
    public String toString() {
        return contract;
    }
}

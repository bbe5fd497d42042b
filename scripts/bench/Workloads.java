import com.sun.management.ThreadMXBean;
import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.value.OkValue;
import io.clarity.value.Value;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The in-process workloads of scripts/bench.sh, runnable against any built jar:
 * {@code java -cp cli/target/clarity.jar scripts/bench/Workloads.java SEED.clar
 * interpreter/src/test/resources/bench/heavy.clar [WORKLOAD...]} (default: every workload). Prints one line
 * per workload, "name rate", rate in calls per second of the measuring thread's CPU time (median
 * of the measured runs, after warm-up): CPU time rather than wall time, so that another process
 * on a shared machine slows a run less. Then "name-bytes-per-call"; "name-wall", the rate by wall
 * time; and "name-process", the rate by the CPU time of the whole process (JIT and GC threads
 * included), which scripts/bench.sh sets beside the oracle's, timed the same way.
 * scripts/compare-jars.sh runs it on two jars in turn.
 */
public final class Workloads {

    private static final int WARM_UP = 10;
    /** Measured runs per workload (after the warm-up): the system property workloads.runs, default 5. */
    private static final int RUNS = Integer.getInteger("workloads.runs", 5);
    /** Fresh chains of 6,000 public calls per run. */
    private static final int CHAINS = 10;
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** Bytes allocated per call in the last measured run of each workload (the same in every run but the first). */
    private static double bytesPerCall;
    /** The median rate of the last workload by wall time (as the oracle's benchmark times itself). */
    private static double wallRate;
    /** The median rate of the last workload by the CPU time of the whole process (its JIT and GC threads too). */
    private static double processRate;
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** The bytes this thread has allocated so far. */
    private static long allocated() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** The CPU time of this thread, in nanoseconds. */
    private static long now() {
        return THREADS.getCurrentThreadCpuTime();
    }

    public static void main(String[] args) throws Exception {
        String seed = Files.readString(Path.of(args[0]));
        // the contract of the read-only workloads, shared with ThroughputTest
        String heavy = Files.readString(Path.of(args[1]));
        // optional further arguments: the names of the workloads to run (default: all)
        only = List.of(args).subList(2, args.length);
        if (wanted("public-calls-costs")) {
            report("public-calls-costs", publicCalls(Simnet::new, seed));
        }
        if (wanted("public-calls-free")) {
            report("public-calls-free", publicCalls(Simnet::withoutCostTracking, seed));
        }
        List<Value> thousand = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            thousand.add(Cl.uint(i));
        }
        if (wanted("read-only-noop")) {
            report("read-only-noop", readOnly(heavy, "noop", List.of(), 2_000_000));
        }
        if (wanted("fold-argument")) {
            report("fold-argument", readOnly(heavy, "sum-list", List.of(Cl.list(thousand)), 20_000));
        }
        if (wanted("fold-constant")) {
            report("fold-constant", readOnly(heavy, "sum-const", List.of(), 20_000));
        }
        if (wanted("sha256-chain")) {
            report("sha256-chain", readOnly(heavy, "hash-chain", List.of(), 3_000));
        }
    }

    private static List<String> only = List.of();

    private static boolean wanted(String name) {
        return only.isEmpty() || only.contains(name);
    }

    private static void report(String name, double rate) {
        System.out.printf(Locale.ROOT, "%s %.0f%n", name, rate);
        System.out.printf(Locale.ROOT, "%s-bytes-per-call %.0f%n", name, bytesPerCall);
        System.out.printf(Locale.ROOT, "%s-wall %.0f%n", name, wallRate);
        System.out.printf(Locale.ROOT, "%s-process %.0f%n", name, processRate);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    /**
     * Times the measured runs of one workload by three clocks, and counts the bytes allocated.
     * A run may be timed in several windows (the untimed set-up between them).
     */
    private static final class Meter {
        private final List<Double> threadRates = new ArrayList<>();
        private final List<Double> wallRates = new ArrayList<>();
        private final List<Double> processRates = new ArrayList<>();
        private long thread;
        private long wall;
        private long process;
        private long bytes;
        private long startThread;
        private long startWall;
        private long startProcess;
        private long startBytes;

        void start() {
            startThread = now();
            startWall = System.nanoTime();
            startProcess = PROCESS.getProcessCpuTime();
            startBytes = allocated();
        }

        void stop() {
            thread += now() - startThread;
            wall += System.nanoTime() - startWall;
            process += PROCESS.getProcessCpuTime() - startProcess;
            bytes += allocated() - startBytes;
        }

        /** Ends a run of {@code calls} calls; a warm-up run is not kept. */
        void endRun(boolean measured, long calls) {
            if (measured) {
                threadRates.add(calls / (thread / 1e9));
                wallRates.add(calls / (wall / 1e9));
                processRates.add(calls / (process / 1e9));
                bytesPerCall = bytes / (double) calls;
            }
            thread = wall = process = bytes = 0;
        }

        /** The median rate by the thread's CPU time; sets those by the other clocks. */
        double result() {
            wallRate = median(wallRates);
            processRate = median(processRates);
            return median(threadRates);
        }
    }

    /**
     * The oracle's workload (b): 2,000 cycles of add-funds, request-compute and complete-job on a
     * fresh chain, {@link #CHAINS} chains per run (each run long enough for the process's CPU
     * clock, which ticks every 10 ms).
     */
    private static double publicCalls(Supplier<Simnet> chains, String source) {
        Meter meter = new Meter();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            for (int chain = 0; chain < CHAINS; chain++) {
                Simnet simnet = chains.get();
                simnet.deploy("compute-sharing", source);
                ok(simnet.callPublic("compute-sharing", "register-provider", List.of(Cl.uint(1000), Cl.uint(10)), "wallet_1"));
                Value provider = simnet.account("wallet_1");
                meter.start();
                for (int i = 1; i <= 2000; i++) {
                    ok(simnet.callPublic("compute-sharing", "add-funds", List.of(Cl.uint(100)), "wallet_2"));
                    ok(simnet.callPublic("compute-sharing", "request-compute", List.of(provider, Cl.uint(10)), "wallet_2"));
                    ok(simnet.callPublic("compute-sharing", "complete-job", List.of(Cl.uint(i)), "wallet_1"));
                }
                meter.stop();
            }
            meter.endRun(run >= WARM_UP, 6000L * CHAINS);
        }
        return meter.result();
    }

    private static void ok(TxResult r) {
        if (!(r.result() instanceof OkValue)) {
            throw new IllegalStateException("a call of the workload failed: " + r.result());
        }
    }

    private static double readOnly(String heavy, String function, List<Value> args, int calls) {
        Meter meter = new Meter();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            Simnet simnet = new Simnet();
            simnet.deploy("heavy", heavy);
            meter.start();
            for (int i = 0; i < calls; i++) {
                simnet.callReadOnly("heavy", function, args, "wallet_1");
            }
            meter.stop();
            meter.endRun(run >= WARM_UP, calls);
        }
        return meter.result();
    }
}

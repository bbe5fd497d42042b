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
 * interpreter/src/test/resources/bench/heavy.clar}. Prints one line
 * per workload, "name rate", rate in calls per second of the measuring thread's CPU time (median
 * of the measured runs, after warm-up): CPU time rather than wall time, so that another process
 * on a shared machine slows a run less. scripts/compare-jars.sh runs it on two jars in turn.
 */
public final class Workloads {

    private static final int WARM_UP = 10;
    private static final int RUNS = 5;
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** Bytes allocated per call in the last measured run of each workload (the same in every run but the first). */
    private static double bytesPerCall;

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
        report("public-calls-costs", publicCalls(Simnet::new, seed));
        report("public-calls-free", publicCalls(Simnet::withoutCostTracking, seed));
        List<Value> thousand = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            thousand.add(Cl.uint(i));
        }
        report("read-only-noop", readOnly(heavy, "noop", List.of(), 200_000));
        report("fold-argument", readOnly(heavy, "sum-list", List.of(Cl.list(thousand)), 2_000));
        report("fold-constant", readOnly(heavy, "sum-const", List.of(), 2_000));
        report("sha256-chain", readOnly(heavy, "hash-chain", List.of(), 1_000));
    }

    private static void report(String name, double rate) {
        System.out.printf(Locale.ROOT, "%s %.0f%n", name, rate);
        System.out.printf(Locale.ROOT, "%s-bytes-per-call %.0f%n", name, bytesPerCall);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static double publicCalls(Supplier<Simnet> chains, String source) {
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            Simnet simnet = chains.get();
            simnet.deploy("compute-sharing", source);
            ok(simnet.callPublic("compute-sharing", "register-provider", List.of(Cl.uint(1000), Cl.uint(10)), "wallet_1"));
            Value provider = simnet.account("wallet_1");
            long start = now();
            long bytes = allocated();
            for (int i = 1; i <= 2000; i++) {
                ok(simnet.callPublic("compute-sharing", "add-funds", List.of(Cl.uint(100)), "wallet_2"));
                ok(simnet.callPublic("compute-sharing", "request-compute", List.of(provider, Cl.uint(10)), "wallet_2"));
                ok(simnet.callPublic("compute-sharing", "complete-job", List.of(Cl.uint(i)), "wallet_1"));
            }
            if (run >= WARM_UP) {
                rates.add(6000 / ((now() - start) / 1e9));
                bytesPerCall = (allocated() - bytes) / 6000.0;
            }
        }
        return median(rates);
    }

    private static void ok(TxResult r) {
        if (!(r.result() instanceof OkValue)) {
            throw new IllegalStateException("a call of the workload failed: " + r.result());
        }
    }


    private static double readOnly(String heavy, String function, List<Value> args, int calls) {
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            Simnet simnet = new Simnet();
            simnet.deploy("heavy", heavy);
            long start = now();
            long bytes = allocated();
            for (int i = 0; i < calls; i++) {
                simnet.callReadOnly("heavy", function, args, "wallet_1");
            }
            if (run >= WARM_UP) {
                rates.add(calls / ((now() - start) / 1e9));
                bytesPerCall = (allocated() - bytes) / (double) calls;
            }
        }
        return median(rates);
    }
}

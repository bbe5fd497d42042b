"""The measuring half of scripts/bench.sh: runs the oracle's own benchmark and ours in one run and
prints one table of medians, ratios and targets, with the peak memory of each of our workloads.

usage: python3 scripts/bench/bench.py --root ROOT --oracle ORACLE_DIR --jar JAR [--baseline OLD.jar
       [--baseline-launcher OLD_LAUNCHER]] [--runs N]

ORACLE_DIR is a writable, set-up copy of shared/oracle with shared/seed beside it (bench.sh makes
it). Every figure is the median of N runs (default 5):
  - in process, ours: scripts/bench/Workloads.java, N JVMs per workload and side (so that a peak
    memory is the workload's own, and one JVM's JIT decisions move one figure of N; the serial
    collector, see IN_PROCESS_JVM), each the median of its 3 measured runs after warm-up, in
    rounds; the median over the JVMs, the largest peak;
  - in process, the real VM: N processes of the oracle's bench/bench.mjs with cost tracking and N
    without, alternating;
  - whole processes (the oracle's run-scenario.mjs and ours as users run it, through the launcher
    ./clarity with CLARITY_JAR=JAR, after one run that prepares its start-up archive; the
    baseline through OLD_LAUNCHER when given, e.g. the launcher of the commit it was built
    from, each side with a cache of its own): run N times in turn, every side in each round, so
    that all sides see the same load;
  - the REPL until its prompt, ours only (the oracle has none): `clarity repl` at a
    pseudo-terminal, from its start to JLine's first prompt, beside the whole processes.
Times are CPU times of the whole process (user + system, every thread: our JIT and GC threads,
Node's helpers), on both sides: on a shared machine another process's load stretches wall time
but hardly CPU time. bench.mjs times itself with performance.now(), which a module loaded first
(--import) points at process.cpuUsage(); Workloads.java reads the process's CPU time. Wall
times are printed too, and the wall-time targets (deploy-only, --version) are judged on them.
Peak memory is the largest resident set (ru_maxrss) of a process or, for a set of processes, of
any of them.
"""
import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

WORKLOADS = [
    # name in Workloads.java, row label, key of bench.mjs output (cost tracking on unless noted), target ratio
    ("public-calls-costs", "public calls, costs on", ("on", "b_public_calls"), 300),
    ("public-calls-free", "public calls, costs off", ("off", "b_public_calls"), None),
    ("fold-argument", "fold over a 1,000-uint argument", ("on", "sum_list_arg"), 150),
    ("fold-constant", "fold over a 1,000-uint constant", ("on", "sum_const"), 150),
    ("sha256-chain", "1,000 chained sha256", ("on", "sha256_chain"), 15),
]


# The in-process workloads' JVMs, both sides: the serial collector, which sizes the heap by what
# is live after a collection. G1 (the default) sizes it by the allocation rate, so that a faster
# interpreter, allocating less per call but more per second, peaked higher (fold over a constant:
# 818 MB against the baseline's 566 MB under G1, 167 MB against 182 MB under the serial
# collector, at the same rate); G1's concurrent threads also counted in the process's CPU time.
IN_PROCESS_JVM = ["-XX:+UseSerialGC"]

CPU_CLOCK = """// loaded before bench.mjs: its performance.now() then reads the process's CPU time (ms)
performance.now = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
"""


def run(cmd, cwd=None, env=None):
    """Runs cmd to completion; returns (wall seconds, CPU seconds, peak resident set in KiB, stdout)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err, subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                                                           stderr=err) as p:
        # read before waiting, so that a large output cannot block the child
        out = p.stdout.read()
        # wait4 rather than wait: it gives the child's resource usage, its peak memory among them
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        errors = err.read()
    wall = time.perf_counter() - start
    if p.returncode != 0:
        sys.stderr.write(errors.decode(errors="replace")[-3000:])
        raise SystemExit(f"bench: {' '.join(map(str, cmd))} exited with {p.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, out.decode()


def prompt_time(cmd, cwd, env):
    """Starts cmd at a pseudo-terminal; returns (seconds until it shows JLine's prompt, peak KiB).

    The prompt is seen when JLine turns bracketed paste on (ESC [?2004h), just before it writes
    the prompt; then ::quit ends the session."""
    import pty
    import select
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.chdir(cwd)
            os.execvpe(cmd[0], cmd, dict(env, TERM="xterm"))
        finally:
            os._exit(127)
    seen, shown = b"", None
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 60)
            if not ready:
                break
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            seen += data
            if shown is None and b"\x1b[?2004h" in seen:
                shown = time.perf_counter() - start
                os.write(fd, b"::quit\r")
    finally:
        _, status, usage = os.wait4(pid, 0)
        os.close(fd)
    if shown is None:
        sys.stderr.write(seen.decode(errors="replace")[-3000:])
        raise SystemExit(f"bench: {' '.join(cmd)} showed no prompt (exit {os.waitstatus_to_exitcode(status)})")
    return shown, usage.ru_maxrss


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--oracle", required=True)
    ap.add_argument("--jar", required=True)
    ap.add_argument("--baseline")
    ap.add_argument("--baseline-launcher")
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    root = pathlib.Path(a.root)
    oracle = pathlib.Path(a.oracle)
    seed = oracle.parent / "seed" / "compute-sharing.clar"
    heavy = root / "interpreter/src/test/resources/bench/heavy.clar"
    realistic = sorted((root / "interpreter/src/test/resources/conformance/realistic").glob("*.scn"))
    sides = {"ours": pathlib.Path(a.jar).resolve()}
    if a.baseline:
        sides["baseline"] = pathlib.Path(a.baseline).resolve()
    work = pathlib.Path(tempfile.mkdtemp(prefix="clarity-bench-"))
    (work / "cpu-clock.mjs").write_text(CPU_CLOCK)
    subprocess.run([sys.executable, str(root / "scripts/bench/cycles2000.py"), str(work / "cycles2000.scn"), str(seed)],
                   check=True)
    lines = (work / "cycles2000.scn").read_text().splitlines()
    (work / "deploy-only.scn").write_text("\n".join(lines[:2]) + "\n")
    classes = {}
    for side, jar in sides.items():
        classes[side] = work / f"classes-{side}"
        subprocess.run(["javac", "-d", str(classes[side]), "-cp", str(jar), str(root / "scripts/bench/Workloads.java")],
                       check=True)

    def log(msg):
        print(f"# {time.strftime('%H:%M:%S')} {msg}", file=sys.stderr, flush=True)

    # ---- in process: the real VM (bench.mjs), N runs with costs and N without, alternating
    vm = {"on": [], "off": []}
    for i in range(a.runs):
        for mode in ("on", "off"):
            log(f"oracle bench.mjs costs {mode}, run {i + 1}/{a.runs}")
            flag = [] if mode == "on" else ["--no-cost-tracking"]
            _, _, _, out = run(["node", "--import", str(work / "cpu-clock.mjs"), "bench/bench.mjs", *flag], cwd=oracle)
            vm[mode].append(json.loads(out))

    def vm_rate(mode, key):
        rates = []
        for d in vm[mode]:
            rates.append(d["b_public_calls"]["calls_per_s"] if key == "b_public_calls"
                         else d["c_read_only_heavy"][key]["calls_per_s"])
        return median(rates)

    # ---- in process: ours, one JVM per workload and side (its own peak memory)
    # N JVMs per workload and side, in rounds (every side and workload in each), each the median of
    # its own 3 measured runs after warm-up; a figure is the median over the JVMs: a JVM's JIT
    # decisions, which differ from one start to the next and last for its whole life, then move
    # one of N figures rather than the row (one JVM's 5 runs had put a row 30% low)
    per_jvm = {side: {name: [] for name, *_ in WORKLOADS} for side in sides}
    for i in range(a.runs):
        for name, *_ in WORKLOADS:
            for side, jar in sides.items():
                log(f"{side} Workloads {name}, JVM {i + 1}/{a.runs}")
                _, _, rss, out = run(["java", *IN_PROCESS_JVM, "-Dworkloads.runs=3", "-cp", f"{jar}:{classes[side]}",
                                      "Workloads", str(seed), str(heavy), name])
                figures = dict((k, float(v)) for k, v in (line.split() for line in out.splitlines()))
                per_jvm[side][name].append((figures[f"{name}-process"], figures[name],
                                            figures[f"{name}-bytes-per-call"], rss, figures[f"{name}-wall"]))
    ours = {side: {} for side in sides}
    for side in sides:
        for name, *_ in WORKLOADS:
            jvms = per_jvm[side][name]
            ours[side][name] = (median([j[0] for j in jvms]), median([j[1] for j in jvms]),
                                median([j[2] for j in jvms]), max(j[3] for j in jvms), median([j[4] for j in jvms]))

    # ---- whole processes, every side in each round
    procs = {
        "6,001 calls, whole process (s)": (["run-scenario.mjs", str(work / "cycles2000.scn")],
                                           ["scenario", str(work / "cycles2000.scn")], 20),
        "deploy-only, whole process (s)": (["run-scenario.mjs", str(work / "deploy-only.scn")],
                                           ["scenario", str(work / "deploy-only.scn")], 15),
        "--version (s)": (["run-scenario.mjs", "--version"], ["--version"], None),
    }
    def ours_env(side):
        # the launcher, as users run it, on this side's jar, with a cache of this side's (one
        # launcher keeps the archive of one jar)
        return dict(os.environ, CLARITY_JAR=str(sides[side]), XDG_CACHE_HOME=str(work / f"cache-{side}"))

    launchers = {side: str(root / "clarity") for side in sides}
    if a.baseline and a.baseline_launcher:
        launchers["baseline"] = str(pathlib.Path(a.baseline_launcher).resolve())
    for side in sides:
        log(f"{side}: the launcher prepares its start-up archive (not timed)")
        run([launchers[side], "scenario", str(work / "deploy-only.scn")], env=ours_env(side))
    repl_dir = work / "repl"
    repl_dir.mkdir()
    prompts = {side: [] for side in sides}
    repl_rss = {side: 0 for side in sides}
    times = {label: {s: [] for s in ["vm", *sides]} for label in [*procs, "realistic"]}
    walls = {label: {s: [] for s in ["vm", *sides]} for label in [*procs, "realistic"]}
    rss = {label: {s: 0 for s in ["vm", *sides]} for label in [*procs, "realistic"]}
    for i in range(a.runs):
        log(f"the REPL until its prompt, run {i + 1}/{a.runs}")
        for side in sides:
            seconds, peak = prompt_time([launchers[side], "repl"], repl_dir, ours_env(side))
            prompts[side].append(seconds)
            repl_rss[side] = max(repl_rss[side], peak)
        for label, (vm_args, our_args, _) in procs.items():
            log(f"whole process: {label}, run {i + 1}/{a.runs}")
            for side in ["vm", *sides]:
                cmd = ["node", *vm_args] if side == "vm" else [launchers[side], *our_args]
                wall, cpu, peak, _ = run(cmd, cwd=oracle if side == "vm" else None,
                                         env=None if side == "vm" else ours_env(side))
                times[label][side].append(cpu)
                walls[label][side].append(wall)
                rss[label][side] = max(rss[label][side], peak)
        log(f"whole process: the realistic topic, {len(realistic)} scenarios one process each, run {i + 1}/{a.runs}")
        for side in ["vm", *sides]:
            total, total_wall = 0.0, 0.0
            for scn in realistic:
                cmd = (["node", "run-scenario.mjs", str(scn)] if side == "vm"
                       else [launchers[side], "scenario", str(scn)])
                wall, cpu, peak, _ = run(cmd, cwd=oracle if side == "vm" else None,
                                         env=None if side == "vm" else ours_env(side))
                total += cpu
                total_wall += wall
                rss["realistic"][side] = max(rss["realistic"][side], peak)
            times["realistic"][side].append(total)
            walls["realistic"][side].append(total_wall)

    # ---- the table
    load = open("/proc/loadavg").read().split()[:3]
    print(f"# {os.cpu_count()} CPUs, load {' '.join(load)} at the end; medians of {a.runs} runs; "
          f"CPU time of each whole process; ratio = ours / real VM (rates) or real VM / ours (seconds); "
          f"peak = largest resident set")
    head = ["workload", "real VM", "ours", "ratio", "target", "ok?", "ours peak"]
    if a.baseline:
        head += ["baseline", "baseline ratio", "baseline peak"]
    print("| " + " | ".join(head) + " |")
    print("|" + " --- |" * len(head))

    def mib(kib):
        return f"{kib / 1024:,.0f} MiB"

    verdicts = []
    for name, label, (mode, key), target in WORKLOADS:
        v = vm_rate(mode, key)
        o = ours["ours"][name]
        ratio = o[0] / v
        ok = "-" if target is None else ("yes" if ratio >= target else "NO")
        verdicts.append(ok)
        row = [f"{label} (calls/s)", f"{v:,.0f}", f"{o[0]:,.0f}", f"{ratio:,.0f}x",
               "-" if target is None else f">= {target}x", ok, mib(o[3])]
        if a.baseline:
            b = ours["baseline"][name]
            row += [f"{b[0]:,.0f}", f"{b[0] / v:,.0f}x", mib(b[3])]
        print("| " + " | ".join(row) + " |")
    targets = {label: t for label, (_, _, t) in procs.items()}
    targets["realistic"] = 10
    absolute = {"deploy-only, whole process (s)": 0.25, "--version (s)": 0.15}
    for label in [*procs, "realistic"]:
        v, o = median(times[label]["vm"]), median(times[label]["ours"])
        ratio = v / o
        target = targets[label]
        checks, shown = [], []
        if target is not None:
            checks.append(ratio >= target)
            shown.append(f">= {target}x")
        if label in absolute:
            checks.append(median(walls[label]["ours"]) <= absolute[label])
            shown.append(f"<= {absolute[label]} s")
        ok = "yes" if all(checks) else "NO"
        verdicts.append(ok)
        shown_label = (f"realistic topic, {len(realistic)} scenarios, one process each (s, total)"
                       if label == "realistic" else label)
        row = [shown_label, f"{v:.2f}", f"{o:.2f}", f"{ratio:.1f}x", ", ".join(shown), ok, mib(rss[label]["ours"])]
        if a.baseline:
            b = median(times[label]["baseline"])
            row += [f"{b:.2f}", f"{v / b:.1f}x", mib(rss[label]["baseline"])]
        print("| " + " | ".join(row) + " |")
    repl_ok = "yes" if median(prompts["ours"]) <= 0.5 else "NO"
    verdicts.append(repl_ok)
    row = ["REPL until its prompt, at a pseudo-terminal (s, wall)", "-", f"{median(prompts['ours']):.2f}", "-",
           "<= 0.5 s", repl_ok, mib(repl_rss["ours"])]
    if a.baseline:
        row += [f"{median(prompts['baseline']):.2f}", "-", mib(repl_rss["baseline"])]
    print("| " + " | ".join(row) + " |")
    print()
    print("# whole processes by wall time (median s; the load of other processes stretches these):")
    for label in [*procs, "realistic"]:
        extra = f", baseline {median(walls[label]['baseline']):.2f}" if a.baseline else ""
        print(f"#   {label}: real VM {median(walls[label]['vm']):.2f}, ours {median(walls[label]['ours']):.2f}{extra}")
    print("# ours in process, by wall time, and by the measuring thread's CPU time with allocation per call:")
    for name, *_ in WORKLOADS:
        o = ours["ours"][name]
        extra = ""
        if a.baseline:
            b = ours["baseline"][name]
            extra = f"; baseline {b[1]:,.0f} calls/s, {b[2]:,.0f} bytes/call"
        print(f"#   {name}: wall {o[4]:,.0f} calls/s; thread {o[1]:,.0f} calls/s, {o[2]:,.0f} bytes/call{extra}")
    if a.baseline:
        higher = [label for label in rss if rss[label]["ours"] > rss[label]["baseline"]]
        higher += ["REPL"] if repl_rss["ours"] > repl_rss["baseline"] else []
        higher += [name for name, *_ in WORKLOADS if ours["ours"][name][3] > ours["baseline"][name][3]]
        print(f"# peak memory higher than the baseline's: {', '.join(higher) if higher else 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

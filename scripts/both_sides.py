"""Runs scenarios on the oracle (the real Clarity VM) and on our CLI, for the differential fuzzers.

Shared by scripts/analysis-fuzz.py and scripts/diff-fuzz.py: where the two programs are, the
paired run (both at once, the oracle's transcripts cached by the scenarios' content, so that a
rerun after a fix only runs ours), and the split of a transcript into steps.

Environment: CLARITY_SHARED is the shared folder holding oracle/ (default ../shared beside the
repository); CLARITY_JAR is our CLI (default cli/target/clarity.jar).
"""
import hashlib
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class Sides:
    """The oracle's folder and our jar, checked to be there."""

    def __init__(self, tool):
        shared = Path(os.environ.get("CLARITY_SHARED", ROOT.parent / "shared"))
        self.shared = shared
        self.oracle = shared / "oracle"
        self.jar = Path(os.environ.get("CLARITY_JAR", ROOT / "cli/target/clarity.jar"))
        if not (self.oracle / "node_modules").exists():
            sys.exit("%s: the oracle at %s is not set up (run its ./setup)" % (tool, self.oracle))
        if not self.jar.exists():
            sys.exit("%s: no CLI jar at %s (mvn -q -o -B -DskipTests package)" % (tool, self.jar))

    def oracle_cmd(self, *args):
        return ["node", str(self.oracle / "run-scenario.mjs")] + [str(a) for a in args]

    def ours_cmd(self, *args):
        return ["java", "-jar", str(self.jar), "scenario"] + [str(a) for a in args]

    def run_pair(self, scenarios, cache):
        """Runs the scenario files on both sides (one process each, each file on a fresh chain).

        Returns ({name: oracle transcript}, {name: our transcript}, our exit status), keyed by the
        files' base names. The oracle's transcripts come from `cache` (a folder) when the same
        files ran before.
        """
        scenarios = [Path(s) for s in scenarios]
        digest = hashlib.sha1(b"".join(s.name.encode() + b"\0" + s.read_bytes() for s in scenarios)).hexdigest()
        cached = Path(cache) / digest
        with tempfile.TemporaryDirectory(prefix="both-sides.") as tmp:
            ours_dir = Path(tmp) / "ours"
            oracle_dir = Path(tmp) / "oracle"
            with ThreadPoolExecutor(2) as ex:
                fo = None if cached.exists() else ex.submit(
                    subprocess.run, self.oracle_cmd("--out-dir", oracle_dir, *scenarios), cwd=str(self.oracle),
                    capture_output=True, text=True)
                fu = ex.submit(subprocess.run, self.ours_cmd("--out-dir", ours_dir, *scenarios),
                               capture_output=True, text=True)
                status = fu.result().returncode
                if fo is not None:
                    fo.result()
                    cached.mkdir(parents=True, exist_ok=True)
                    for s in scenarios:
                        produced = oracle_dir / (s.stem + ".out")
                        (cached / (s.stem + ".out")).write_text(produced.read_text() if produced.exists() else "")
            oracle = {s.stem: (cached / (s.stem + ".out")).read_text() for s in scenarios}
            ours = {}
            for s in scenarios:
                produced = ours_dir / (s.stem + ".out")
                ours[s.stem] = produced.read_text() if produced.exists() else ""
        return oracle, ours, status


def run(cmd, cwd=None):
    """Standard output of a command."""
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True).stdout


def step_lines(transcript):
    """First line of each step (events and costs lines are indented)."""
    return [line for line in transcript.splitlines() if line and not line.startswith("  ")]


def blocks(transcript):
    """Each step's line with its indented event (or cost) lines under it."""
    out = []
    for line in transcript.splitlines():
        if line.startswith("  ") and out:
            out[-1].append(line)
        elif line:
            out.append([line])
    return out

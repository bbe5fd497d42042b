"""Writes the benchmark scenario of the oracle's own benchmark: the seed contract deployed, then
2,000 cycles of add-funds, request-compute and complete-job (6,001 public calls in all).

usage: python3 scripts/bench/cycles2000.py OUT.scn SEED.clar
(scripts/bench.sh and scripts/compare-jars.sh both run it)
"""
import sys

out, clar = sys.argv[1], sys.argv[2]
lines = ["epoch 3.2", f"deploy compute-sharing {clar}",
         "call compute-sharing register-provider u1000 u10 as wallet_1"]
for i in range(1, 2001):
    lines += ["call compute-sharing add-funds u100 as wallet_2",
              "call compute-sharing request-compute wallet_1 u10 as wallet_2",
              f"call compute-sharing complete-job u{i} as wallet_1"]
open(out, "w").write("\n".join(lines) + "\n")

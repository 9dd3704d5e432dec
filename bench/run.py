#!/usr/bin/env python3
"""Times Krait against CPython 3.11 on the programs in bench/, alternating the two on the same
machine, and prints each program's ratio (Krait time / CPython time, medians of several runs)
and the geometric mean.  The baseline is Debian's own python3.11 (built with PGO), called by
its real binary rather than through a version-manager shim that would add start-up time."""
import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = ("run.py", "deadline.py")   # the measuring scripts, not programs to time


def baseline():
    for cand in ("/usr/bin/python3.11", shutil.which("python3.11"), shutil.which("python3")):
        if cand and os.path.exists(cand):
            real = os.path.realpath(cand)
            if "pyenv/shims" in real:
                continue
            return real
    sys.exit("bench: no CPython 3.11 binary found")


def timed(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed:\n{p.stderr.decode()[-2000:]}")
    return dt, p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default="build/krait")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("programs", nargs="*")
    a = ap.parse_args()
    py = baseline()
    krait = [os.path.abspath(a.krait), "--timeout", "0", "--max-memory", "0", "--max-output", "0"]
    progs = a.programs or sorted(os.path.join(HERE, f) for f in os.listdir(HERE)
                                 if f.endswith(".py") and f not in TOOLS)
    print(f"baseline: {py}")
    print(f"{'program':<22}{'cpython':>10}{'krait':>10}{'ratio':>8}")
    ratios = []
    for prog in progs:
        tk, tp = [], []
        out_k = out_p = None
        for _ in range(a.runs):
            dt, out_p = timed([py, prog])
            tp.append(dt)
            dt, out_k = timed(krait + [prog])
            tk.append(dt)
        if out_k != out_p:
            print(f"{os.path.basename(prog)}: OUTPUT DIFFERS from CPython", file=sys.stderr)
        mk, mp = statistics.median(tk), statistics.median(tp)
        ratios.append(mk / mp)
        print(f"{os.path.basename(prog):<22}{mp:>9.3f}s{mk:>9.3f}s{mk / mp:>8.2f}")
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"geometric mean ratio (krait/cpython): {geo:.2f}")


if __name__ == "__main__":
    main()

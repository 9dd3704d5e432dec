#!/usr/bin/env python3
"""How close to its deadline a time-limited run ends, measured inside the process.

Runs every `# expect: limit=time` case of tests/security/cases (tight loops, deep recursion,
huge builtins, catastrophic patterns) with `--json`, one at a time, and reads the run's own
wall time from the result: the overshoot is that time minus the --timeout the case runs with.
The security suite checks the same cases from outside, where process start-up and a loaded
machine count too; this is the number the time limit promises (10 ms on a 2-core machine).
A negative overshoot is a run refused early because an operation was predicted not to finish.

  bench/deadline.py [--krait build/krait] [--over MS]    (exit 1 if any case ends later than MS)
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "security"))
import run as security  # noqa: E402  (the case format and default flags live there)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default="build/krait")
    ap.add_argument("--over", type=float, default=10.0, help="milliseconds allowed")
    args = ap.parse_args()
    cases = security.all_cases([])
    cases = [c for c in cases if c.expect == "limit=time" and not c.generate]
    rows = []
    for c in cases:
        cmd = [args.krait, "--json"] + security.DEFAULT_FLAGS + c.flags + [c.path]
        p = subprocess.run(cmd, input=c.stdin, capture_output=True,
                           timeout=security.RUNNER_TIMEOUT)
        res = json.loads(p.stdout)
        if res.get("limit") != "time":
            sys.exit(f"deadline: {c.name} ended with {res.get('status')} {res.get('limit')}")
        rows.append(((res["stats"]["wall_time"] - c.timeout_flag()) * 1e3, c.name))
    rows.sort()
    over = [r for r in rows if r[0] > args.over]
    for ms, name in rows[-5:]:
        print(f"  {ms:+8.2f} ms  {name}")
    print(f"deadline: {len(rows)} time-limited runs, overshoot median "
          f"{statistics.median(r[0] for r in rows):+.2f} ms, worst {rows[-1][0]:+.2f} ms "
          f"({rows[-1][1]}); {len(over)} over {args.over:g} ms")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Traceback tests: each cases/*.py is run by python3 and by Krait from the cases directory,
and their whole stderr (every traceback line, source line and caret) must be identical, as must
stdout and the exit status.  Prints `tracebacks: N passed, M failed`; exits 1 on failures.

  run.py [--krait build/krait] [CASE...]
"""
import argparse
import concurrent.futures
import difflib
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PY = shutil.which("python3")


def run(cmd, case):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    try:
        p = subprocess.run(cmd + [os.path.basename(case)], capture_output=True, timeout=60,
                           cwd=os.path.dirname(case), env=env)
    except subprocess.TimeoutExpired:
        return -1, "", "<timeout>"
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def compare(krait, case):
    want, got = run([PY], case), run([krait], case)
    problems = []
    if got[0] != want[0]:
        problems.append(f"exit status: python {want[0]}, krait {got[0]}")
    for i, what in ((1, "stdout"), (2, "stderr")):
        if got[i] != want[i]:
            diff = difflib.unified_diff(want[i].splitlines(), got[i].splitlines(), "python3",
                                        "krait", lineterm="", n=3)
            problems.append(f"{what} differs:\n" + "\n".join(list(diff)[:60]))
    return case, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default="build/krait")
    ap.add_argument("-q", "--quiet", action="store_true")
    ap.add_argument("cases", nargs="*")
    a = ap.parse_args()
    krait = os.path.abspath(a.krait)
    cases = [os.path.abspath(c) for c in a.cases] or sorted(
        os.path.join(CASES, f) for f in os.listdir(CASES) if f.endswith(".py"))
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        for case, problems in ex.map(lambda c: compare(krait, c), cases):
            if not problems:
                passed += 1
                continue
            failed += 1
            print(f"FAIL {os.path.relpath(case, HERE)}")
            if not a.quiet:
                for p in problems:
                    print("  " + p.replace("\n", "\n  "))
    print(f"tracebacks: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Conformance runner: each cases/<area>/<name>.py is a Python program; its expected behaviour
(stdout, the last line of stderr, the exit status) is produced by CPython 3.11 and stored beside
it as <name>.expected (JSON).  Expected files are generated (--expect), never typed.

  run.py --expect [CASE...]          regenerate expectations with CPython 3.11
  run.py --krait build/krait [CASE...]  compare Krait against them

A case may have <name>.stdin (fed to stdin).  Runs use PYTHONHASHSEED=0 so that CPython's set
iteration order is reproducible (Krait's hashes match CPython's with that seed).
"""
import argparse
import concurrent.futures
import difflib
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
TIMEOUT = 60


def find_python():
    for cand in ("/usr/bin/python3.11", shutil.which("python3.11"), shutil.which("python3")):
        if not cand or not os.path.exists(cand):
            continue
        out = subprocess.run([cand, "-c", "import sys; print(sys.version_info[:2])"],
                             capture_output=True, text=True)
        if out.stdout.strip() == "(3, 11)":
            return cand
    sys.exit("conformance: CPython 3.11 not found")


def all_cases(selected):
    if selected:
        return [os.path.abspath(c) for c in selected]
    found = []
    for root, _, files in os.walk(CASES):
        for f in files:
            if f.endswith(".py"):
                found.append(os.path.join(root, f))
    return sorted(found)


def run(cmd, case):
    stdin_path = case[:-3] + ".stdin"
    stdin = open(stdin_path, "rb").read() if os.path.exists(stdin_path) else b""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    name = os.path.basename(case)
    try:
        p = subprocess.run(cmd + [name], input=stdin, capture_output=True, timeout=TIMEOUT,
                           cwd=os.path.dirname(case), env=env)
    except subprocess.TimeoutExpired:
        return {"stdout": "", "stderr_last": "<timeout>", "exit": -1}
    err = p.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")
    return {
        "stdout": p.stdout.decode("utf-8", "replace"),
        "stderr_last": err[-1] if err else "",
        "exit": p.returncode,
    }


def expect(cases):
    py = find_python()
    def one(case):
        res = run([py], case)
        with open(case[:-3] + ".expected", "w", encoding="utf-8") as f:
            json.dump(res, f, indent=1, ensure_ascii=False, sort_keys=True)
            f.write("\n")
        return case
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        for _ in ex.map(one, cases):
            pass
    print(f"{len(cases)} expectations written with {py}")


def compare(krait, cases, verbose):
    cmd = [os.path.abspath(krait)]
    def one(case):
        exp_path = case[:-3] + ".expected"
        if not os.path.exists(exp_path):
            return case, ["no .expected file (run make conformance-expect)"]
        exp = json.load(open(exp_path, encoding="utf-8"))
        got = run(cmd, case)
        problems = []
        if got["stdout"] != exp["stdout"]:
            diff = difflib.unified_diff(exp["stdout"].splitlines(), got["stdout"].splitlines(),
                                        "cpython", "krait", lineterm="", n=2)
            problems.append("stdout differs:\n" + "\n".join(list(diff)[:40]))
        if got["stderr_last"] != exp["stderr_last"]:
            problems.append(f"stderr last line: expected {exp['stderr_last']!r}\n"
                            f"                      got {got['stderr_last']!r}")
        if got["exit"] != exp["exit"]:
            problems.append(f"exit status: expected {exp['exit']}, got {got['exit']}")
        return case, problems
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        for case, problems in ex.map(one, cases):
            if problems:
                failed += 1
                print(f"FAIL {os.path.relpath(case, HERE)}")
                if verbose:
                    for p in problems:
                        print("  " + p.replace("\n", "\n  "))
            else:
                passed += 1
    print(f"conformance: {passed} passed, {failed} failed")
    return failed == 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--expect", action="store_true")
    ap.add_argument("--krait")
    ap.add_argument("-q", "--quiet", action="store_true")
    ap.add_argument("cases", nargs="*")
    a = ap.parse_args()
    cases = all_cases(a.cases)
    if a.expect:
        expect(cases)
        return
    if not a.krait:
        ap.error("--krait or --expect is required")
    sys.exit(0 if compare(a.krait, cases, not a.quiet) else 1)


if __name__ == "__main__":
    main()

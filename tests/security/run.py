#!/usr/bin/env python3
"""Security cases: hostile programs run under build/krait with tight limits.

Each cases/<family>/<name>.py is an attack.  Its header (the leading comment lines) says what
must happen:

  # expect: OUTCOME          required; one of
        ok                   exit status 0
        <ExceptionName>      an uncaught exception of that class (exit 1, the last line of
                             stderr starts with "<ExceptionName>"); SyntaxError included
        limit=KIND           a hard limit ended the run (exit 3, stderr names the limit):
                             memory, time, steps, output, depth (the C-stack guard), interrupt
        policy               `krait check` refuses the file (exit 4); the file is not run
        check-ok             `krait check` accepts the file (exit 0); the file is not run
        exit=N               SystemExit with status N
  # stdout: TEXT             stdout must be exactly TEXT plus a newline (\\n for newlines)
  # stdout-prefix: TEXT      stdout must start with TEXT (\\n for newlines)
  # stderr-has: TEXT         stderr must contain TEXT
  # flags: ARGS              extra krait options, after the defaults (so they override them)
  # stdin: TEXT              what the program reads from stdin (\\n for newlines)
  # generate                 the rest of the file is a Python program, run by python3 here,
                             whose stdout is the attack (for inputs too big to commit)

Default options: --timeout 2 --max-memory 256M --max-output 1M.  Whatever the expectation, a
case fails if krait crashes (a signal, an exit status outside 0-4 unless exit=N is expected),
prints a sanitizer report, or is still running RUNNER_TIMEOUT seconds later.  A limit=time case
also fails if the run overshot its deadline by more than --time-slack seconds (measured from
outside, so process start-up counts against it).

  run.py --krait build/krait [-j N] [CASE...]
Prints `security: N passed, M failed`; exit status 1 if any failed.
"""
import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
DEFAULT_FLAGS = ["--timeout", "2", "--max-memory", "256M", "--max-output", "1M"]
RUNNER_TIMEOUT = 60
LIMIT_NAMES = {
    "memory": "MemoryLimitExceeded", "time": "TimeLimitExceeded", "steps": "StepLimitExceeded",
    "output": "OutputLimitExceeded", "depth": "RecursionLimitExceeded",
    "interrupt": "Interrupted",
}
SANITIZER_MARKS = ("AddressSanitizer", "UndefinedBehaviorSanitizer", "LeakSanitizer",
                   "runtime error:")


class Case:
    def __init__(self, path):
        self.path = path
        self.name = os.path.relpath(path, CASES)
        self.expect = None
        self.stdout = self.stdout_prefix = self.stderr_has = None
        self.flags = []
        self.stdin = b""
        self.generate = False
        with open(path, "rb") as f:
            raw = f.read()
        for line in raw.decode("utf-8", "replace").split("\n"):
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*([a-z-]+)(?::\s?(.*))?$", line)
            if not m:
                continue
            key, val = m.group(1), m.group(2)
            if key == "expect":
                self.expect = val.strip()
            elif key == "stdout":
                self.stdout = unescape(val) + "\n"
            elif key == "stdout-prefix":
                self.stdout_prefix = unescape(val)
            elif key == "stderr-has":
                self.stderr_has = unescape(val)
            elif key == "flags":
                self.flags = shlex.split(val)
            elif key == "stdin":
                self.stdin = unescape(val).encode()
            elif key == "generate":
                self.generate = True

    def timeout_flag(self):
        flags = DEFAULT_FLAGS + self.flags
        t = None
        for i, a in enumerate(flags[:-1]):
            if a == "--timeout":
                t = float(flags[i + 1])
        return t


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def source_of(case, tmp):
    """The path krait runs: the case itself, or what its generator printed."""
    if not case.generate:
        return case.path
    gen = subprocess.run([sys.executable, case.path], capture_output=True, timeout=120)
    if gen.returncode != 0:
        raise RuntimeError("generator failed: " + gen.stderr.decode("utf-8", "replace"))
    out = os.path.join(tmp, case.name.replace(os.sep, "_"))
    with open(out, "wb") as f:
        f.write(gen.stdout)
    return out


def run_case(krait, case, tmp, slack):
    """Returns (ok, detail, overshoot or None)."""
    if not case.expect:
        return False, "no '# expect:' line", None
    try:
        src = source_of(case, tmp)
    except Exception as e:   # a broken generator is the case's own bug
        return False, str(e), None
    if case.expect in ("policy", "check-ok"):
        cmd = [krait, "check"] + case.flags + [src]
    else:
        cmd = [krait] + DEFAULT_FLAGS + case.flags + [src]
    start = time.monotonic()
    try:
        p = subprocess.run(cmd, input=case.stdin, capture_output=True, timeout=RUNNER_TIMEOUT,
                           env=dict(os.environ, PYTHONHASHSEED="0"))
    except subprocess.TimeoutExpired:
        return False, f"hang: still running after {RUNNER_TIMEOUT}s", None
    elapsed = time.monotonic() - start
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace")
    rc = p.returncode
    problems = []
    if rc < 0:
        problems.append(f"crash: killed by signal {-rc}")
    for mark in SANITIZER_MARKS:
        if mark in err:
            problems.append(f"sanitizer report ({mark})")
            break
    exp = case.expect
    last = err.rstrip("\n").split("\n")[-1] if err.strip() else ""
    overshoot = None
    if exp == "ok":
        if rc != 0:
            problems.append(f"exit {rc}, expected 0")
    elif exp in ("policy", "check-ok"):
        if rc != (4 if exp == "policy" else 0):
            problems.append(f"krait check exit {rc}, expected {4 if exp == 'policy' else 0}")
    elif exp.startswith("exit="):
        if rc != int(exp[5:]):
            problems.append(f"exit {rc}, expected {exp[5:]}")
    elif exp.startswith("limit="):
        kind = exp[6:]
        want = LIMIT_NAMES.get(kind)
        if not want:
            problems.append(f"unknown limit {kind!r}")
        elif rc != 3 or want not in err:
            problems.append(f"exit {rc}, expected 3 with {want}")
        if kind == "time" and case.timeout_flag():
            overshoot = elapsed - case.timeout_flag()
            if overshoot > slack:
                problems.append(f"deadline overshot by {overshoot:.3f}s")
    else:   # an exception class
        if rc != 1 or not re.match(re.escape(exp) + r"(:|$)", last):
            problems.append(f"exit {rc}, last stderr line {last[:200]!r}, expected {exp}")
    if rc not in (0, 1, 2, 3, 4) and rc >= 0 and not exp.startswith("exit="):
        problems.append(f"unexpected exit status {rc}")
    if case.stdout is not None and out != case.stdout:
        problems.append(f"stdout {out[:300]!r}, expected {case.stdout[:300]!r}")
    if case.stdout_prefix is not None and not out.startswith(case.stdout_prefix):
        problems.append(f"stdout {out[:300]!r} does not start with {case.stdout_prefix!r}")
    if case.stderr_has is not None and case.stderr_has not in err:
        problems.append(f"stderr lacks {case.stderr_has!r}: {err[-300:]!r}")
    detail = "; ".join(problems)
    if problems and err:
        detail += "\n  stderr tail: " + err[-400:].replace("\n", "\n    ")
    return not problems, detail, overshoot


def all_cases(selected):
    if selected:
        return [Case(os.path.abspath(c)) for c in selected]
    paths = []
    for root, _, files in os.walk(CASES):
        paths += [os.path.join(root, f) for f in files if f.endswith(".py")]
    return [Case(p) for p in sorted(paths)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--krait", default="build/krait")
    ap.add_argument("-j", type=int, default=2, help="cases run at once (default 2)")
    ap.add_argument("--time-slack", type=float, default=0.5,
                    help="seconds a limit=time run may end after its deadline, start-up "
                         "included (default 0.5, generous for sanitizer builds)")
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()
    krait = os.path.abspath(args.krait)
    cases = all_cases(args.cases)
    passed = failed = 0
    overshoots = []
    with tempfile.TemporaryDirectory(prefix="krait-security-") as tmp:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
            futs = {pool.submit(run_case, krait, c, tmp, args.time_slack): c for c in cases}
            for fut in concurrent.futures.as_completed(futs):
                c = futs[fut]
                ok, detail, over = fut.result()
                if over is not None:
                    overshoots.append((over, c.name))
                if ok:
                    passed += 1
                else:
                    failed += 1
                    print(f"FAIL {c.name}: {detail}")
    if overshoots:
        worst = max(overshoots)
        print(f"security: time-limit cases: worst end {worst[0] * 1000:+.0f} ms after the "
              f"deadline ({worst[1]}), start-up included")
    print(f"security: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

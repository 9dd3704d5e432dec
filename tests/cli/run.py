#!/usr/bin/env python3
"""CLI tests: the krait command against python3 (for what must read the same: output, exit
status, tracebacks and syntax errors) and against Krait's own contract (limits, --json,
check, --allow-import).  Prints `N passed, M failed`."""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PY = "/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else shutil.which("python3")


def run(cmd, stdin=b"", cwd=None):
    p = subprocess.run(cmd, input=stdin, capture_output=True, timeout=60, cwd=cwd,
                       env=dict(os.environ, PYTHONHASHSEED="0"))
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


class Suite:
    def __init__(self, krait):
        self.krait = os.path.abspath(krait)
        self.passed = self.failed = 0
        self.tmp = tempfile.mkdtemp(prefix="krait-cli-")

    def file(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w" if isinstance(text, str) else "wb") as f:
            f.write(text)
        return path

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {name}\n  {detail}")

    def same_as_python(self, name, args, stdin=b"", compare_stderr="last"):
        """Runs `krait args` and `python3 args` in the temp dir and compares."""
        k = run([self.krait] + args, stdin, cwd=self.tmp)
        p = run([PY] + args, stdin, cwd=self.tmp)
        problems = []
        if k[0] != p[0]:
            problems.append(f"exit {k[0]} != python's {p[0]}")
        if k[1] != p[1]:
            problems.append(f"stdout {k[1]!r} != python's {p[1]!r}")
        if compare_stderr == "all" and k[2] != p[2]:
            problems.append(f"stderr:\n{k[2]}\n  python's:\n{p[2]}")
        if compare_stderr == "last":
            kl = k[2].rstrip("\n").split("\n")[-1]
            pl = p[2].rstrip("\n").split("\n")[-1]
            if kl != pl:
                problems.append(f"stderr last line {kl!r} != python's {pl!r}")
        self.check(name, not problems, "; ".join(problems))

    def expect(self, name, args, stdin=b"", exit=None, stdout=None, stderr_last=None):
        code, out, err = run([self.krait] + args, stdin, cwd=self.tmp)
        problems = []
        if exit is not None and code != exit:
            problems.append(f"exit {code}, expected {exit} (stderr: {err[-300:]!r})")
        if stdout is not None and not re.fullmatch(stdout, out, re.S):
            problems.append(f"stdout {out!r} does not match {stdout!r}")
        last = err.rstrip("\n").split("\n")[-1]
        if stderr_last is not None and not re.fullmatch(stderr_last, last):
            problems.append(f"stderr last line {last!r} does not match {stderr_last!r}")
        self.check(name, not problems, "; ".join(problems))
        return code, out, err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default="build/krait")
    a = ap.parse_args()
    s = Suite(a.krait)

    # running programs, as python3 does
    s.same_as_python("-c", ["-c", "print(1 + 2)"])
    s.same_as_python("stdin program", ["-"], stdin=b"print('from stdin')\n")
    s.file("hello.py", "import sys\nprint('hello', 40 + 2)\n")
    s.same_as_python("file", ["hello.py"])
    s.file("boom.py", "def f(x):\n    return 1 / x\n\nprint('before')\nf(0)\n")
    s.same_as_python("uncaught exception: traceback", ["boom.py"], compare_stderr="all")
    s.file("chain.py", "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad') from e\n")
    s.same_as_python("chained exception", ["chain.py"], compare_stderr="all")
    s.file("ctx.py", "try:\n    1 / 0\nexcept ZeroDivisionError:\n    undefined_name\n")
    s.same_as_python("implicit chaining", ["ctx.py"], compare_stderr="all")
    s.file("syn.py", "x = (1 +\n")
    s.same_as_python("syntax error: unclosed paren", ["syn.py"], compare_stderr="all")
    s.file("syn2.py", "if True\n    pass\n")
    s.same_as_python("syntax error: missing colon", ["syn2.py"], compare_stderr="all")
    s.file("syn3.py", "def f():\nreturn 1\n")
    s.same_as_python("indentation error", ["syn3.py"], compare_stderr="all")
    s.same_as_python("sys.exit(3)", ["-c", "import sys; sys.exit(3)"])
    s.same_as_python("sys.exit('msg')", ["-c", "import sys; sys.exit('bye')"], compare_stderr="all")
    s.same_as_python("sys.exit()", ["-c", "import sys; print('x'); sys.exit()"])
    s.same_as_python("raise SystemExit(0)", ["-c", "raise SystemExit(0)"])
    s.same_as_python("input() reads stdin", ["-c", "a = input(); b = input('>'); print(a + b)"],
                     stdin=b"left\nright\n")
    s.same_as_python("input() at EOF", ["-c", "input()"])
    s.same_as_python("NameError suggestion", ["-c", "pritn(1)"])
    s.same_as_python("AttributeError suggestion", ["-c", "[].apend(1)"])
    s.same_as_python("ModuleNotFoundError", ["-c", "import no_such_module_xyz"])
    s.same_as_python("recursion", ["-c", "def f(): f()\nf()"])
    # compile-time warnings name the pseudo-file, and have no source line to show
    s.same_as_python("SyntaxWarning for -c", ["-c", "x = 5\nprint(x is 5, [(1, 2) (3)])"],
                     compare_stderr="all")
    s.same_as_python("SyntaxWarning for stdin", ["-"], stdin=b"assert (1, 'm')\nprint('ok')\n",
                     compare_stderr="all")
    s.same_as_python("print(file=sys.stderr)",
                     ["-c", "import sys; print('out'); print('err', file=sys.stderr)"],
                     compare_stderr="all")
    s.same_as_python("stderr backslash-escapes surrogates",
                     ["-c", "import sys; print('a\\ud800', 'b', sep='\\udfff', file=sys.stderr); "
                      "sys.stderr.write('\\udc00\\n')"], compare_stderr="all")

    # Krait's own contract
    s.expect("--version", ["--version"], exit=0, stdout=r"Krait \d+\.\d+\.\d+ \(Python 3\.11\)\n")
    s.expect("--help", ["--help"], exit=0, stdout=r"usage: krait.*")
    s.expect("missing file", ["no_such_file.py"], exit=2,
             stderr_last=r"krait: can't open file 'no_such_file.py': \[Errno 2\] .*")
    s.expect("unknown option", ["--bogus"], exit=2)
    s.expect("time limit", ["--timeout", "0.2", "-c", "while True: pass"], exit=3,
             stderr_last=r"TimeLimitExceeded: .*")
    s.expect("step limit", ["--max-steps", "10000", "-c", "while True: pass"], exit=3,
             stderr_last=r"StepLimitExceeded: .*")
    s.expect("memory limit", ["--max-memory", "64M", "-c", "x = 'a' * 10**10"], exit=3,
             stderr_last=r"MemoryLimitExceeded: .*")
    s.expect("output limit", ["--max-output", "1K", "-c", "while True: print('x' * 100)"],
             exit=3, stderr_last=r"OutputLimitExceeded: .*")
    s.expect("limit is uncatchable", ["--timeout", "0.2", "-c",
             "try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n"],
             exit=3, stdout="", stderr_last=r"TimeLimitExceeded: .*")
    s.expect("depth limit", ["--max-depth", "50", "-c",
             "def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('ok')"],
             exit=0, stdout="ok\n")
    s.expect("--allow-import refuses others", ["--allow-import", "math", "-c", "import sys"],
             exit=1, stderr_last="ModuleNotFoundError: No module named 'sys'")
    code, out, _ = s.expect("--json result", ["--json", "-c", "print('hi')\n1 + 1"], exit=0)
    try:
        j = json.loads(out)
        s.check("--json fields", j["status"] == "ok" and j["stdout"] == "hi\n" and
                j["value"] == "2" and j["error"] is None and "steps" in j["stats"], out)
    except (ValueError, KeyError) as e:
        s.check("--json parses", False, f"{e}: {out!r}")
    code, out, _ = s.expect("--json exception", ["--json", "-c", "1/0"], exit=1)
    try:
        j = json.loads(out)
        s.check("--json error fields", j["status"] == "exception" and
                j["error"]["type"] == "ZeroDivisionError" and j["error"]["line"] == 1, out)
    except (ValueError, KeyError, TypeError) as e:
        s.check("--json error parses", False, f"{e}: {out!r}")
    s.file("bad.py", "import os\nopen('x')\nx = ().__class__.__subclasses__\n")
    code, out, _ = s.expect("check: violations", ["check", "bad.py"], exit=4)
    s.check("check: text report", "bad.py:1:1: error: forbidden-import" in out and
            "absent-builtin" in out and "blocked-attribute" in out, out)
    code, out, _ = s.expect("check --json", ["check", "--json", "bad.py"], exit=4)
    try:
        j = json.loads(out)
        v = j["violations"]
        s.check("check --json metrics", j["status"] == "policy" and j["metrics"]["lines"] == 3 and
                j["metrics"]["nodes"] > 5 and j["metrics"]["nesting"] >= 2, out)
        s.check("check --json fields", {x["rule"] for x in v} ==
                {"forbidden-import", "absent-builtin", "blocked-attribute"} and
                all({"rule", "name", "severity", "line", "col", "message"} <= set(x) for x in v),
                out)
    except ValueError as e:
        s.check("check --json parses", False, f"{e}: {out!r}")
    s.file("good.py", "import math\nprint(math.pi)\n")
    s.expect("check: clean", ["check", "good.py"], exit=0,
             stdout=r".*good\.py: 2 lines, \d+ AST nodes, nesting depth \d+\n")
    s.expect("--dump-ast", ["--dump-ast", "-c", "x = 1"], exit=0, stdout=r"Module\(.*")

    shutil.rmtree(s.tmp, ignore_errors=True)
    print(f"cli: {s.passed} passed, {s.failed} failed")
    sys.exit(1 if s.failed else 0)


if __name__ == "__main__":
    main()

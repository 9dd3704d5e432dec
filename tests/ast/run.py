#!/usr/bin/env python3
"""Checks Krait's front end against CPython (the python3 running this script, 3.11).

  cases/*.py   valid programs: Krait's AST dump must equal ast.dump(ast.parse(src), indent=2)
               and, when the command supports --positions, the include_attributes=True form.
  errors/*.py  invalid programs: Krait's SyntaxError must have CPython's type, message and
               line (offsets are reported, not counted).  A file whose first line is
               "# krait: <Type>: <message>" is one Krait refuses on purpose (CPython accepts
               it); that line is the expectation.
  hostile      inputs generated here (NUL bytes, bad UTF-8, 100k-deep nesting of many shapes,
               10 MB lines, huge literals): Krait must end cleanly, with CPython's error when
               CPython reports a SyntaxError, and some SyntaxError when CPython runs out of
               memory or recursion.  Where the nesting is beyond Krait's documented limits
               (10000 operators pending in one expression, 1000 AST levels), Krait's own
               "too many nested expressions" is accepted too.

Usage: run.py [--cmd "build/krait --dump-ast"] [--no-positions] [--only SUBSTRING] [-v]
The default command is the test driver build/ast-dump (tests/ast/build.sh).
"""
import argparse
import ast
import difflib
import glob
import os
import random
import re
import shlex
import subprocess
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
TIMEOUT = 120

ERR_RE = re.compile(r"^ERROR (\w+): (.*) \((\w+), (-?\w+), (-?\w+), (-?\w+)\)$")
TB_LINE_RE = re.compile(r'File "[^"]*", line (\d+)')
TB_LAST_RE = re.compile(r"^(\w+(?:Error|Exceeded)): (.*)$")


class Krait:
    def __init__(self, cmd, positions):
        self.cmd = shlex.split(cmd)
        self.positions = positions

    def run(self, path, positions=False):
        args = list(self.cmd)
        if positions:
            args.append("--positions")
        p = subprocess.run(args + [path], capture_output=True, timeout=TIMEOUT)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def error(self, path):
        """(type, msg, lineno, offset) of Krait's error, None if it parsed, or a crash text."""
        try:
            rc, out, err = self.run(path)
        except subprocess.TimeoutExpired:
            return "timeout"
        if rc < 0 or rc > 2:
            return "crash (exit status %d): %s" % (rc, err.strip()[-500:])
        if rc == 0:
            return None
        for line in out.splitlines():
            m = ERR_RE.match(line)
            if m:
                ty, msg, ln, off = m.group(1), m.group(2), m.group(3), m.group(4)
                return (ty, msg, None if ln == "None" else int(ln),
                        None if off == "None" else int(off))
        # a traceback, as the CLI prints it
        text = (out + "\n" + err).strip().splitlines()
        lineno = None
        for line in text:
            m = TB_LINE_RE.search(line)
            if m:
                lineno = int(m.group(1))
        for line in reversed(text):
            m = TB_LAST_RE.match(line.strip())
            if m:
                return (m.group(1), m.group(2), lineno, None)
        return "unreadable output: %r" % (out + err)[-500:]


def cpython_dump(src, positions):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(src)
    return ast.dump(tree, indent=2, include_attributes=positions)


def cpython_error(src, name):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(src, name, "exec", dont_inherit=True)
        except SyntaxError as e:
            return (type(e).__name__, e.msg, e.lineno, e.offset)
        except (MemoryError, RecursionError) as e:
            return (type(e).__name__, str(e), None, None)
        except ValueError as e:
            return ("ValueError", str(e), None, None)
    return None


class Report:
    def __init__(self, verbose):
        self.passed = self.failed = 0
        self.notes = []
        self.verbose = verbose

    def ok(self, name, note=None):
        self.passed += 1
        if note:
            self.notes.append("%s: %s" % (name, note))
        if self.verbose:
            print("ok   %s" % name)

    def fail(self, name, why):
        self.failed += 1
        print("FAIL %s: %s" % (name, why))


def diff(want, got):
    lines = list(difflib.unified_diff(want.splitlines(), got.splitlines(), "cpython", "krait",
                                      lineterm="", n=2))
    if len(lines) > 60:
        lines = lines[:60] + ["... (%d more diff lines)" % (len(lines) - 60)]
    return "\n".join(lines)


def run_cases(krait, rep, only):
    for path in sorted(glob.glob(os.path.join(HERE, "cases", "*.py"))):
        name = "cases/" + os.path.basename(path)
        if only and only not in name:
            continue
        src = open(path, "rb").read()
        modes = [False, True] if krait.positions else [False]
        for positions in modes:
            label = name + (" [positions]" if positions else "")
            try:
                want = cpython_dump(src, positions)
            except (SyntaxError, ValueError) as e:
                rep.fail(label, "CPython cannot dump it: %s" % e)
                continue
            try:
                rc, out, err = krait.run(path, positions)
            except subprocess.TimeoutExpired:
                rep.fail(label, "timeout")
                continue
            got = out.rstrip("\n")
            if rc != 0:
                rep.fail(label, "Krait failed (exit %d): %s" % (rc, (out + err).strip()[-400:]))
            elif got != want:
                rep.fail(label, "AST differs\n" + diff(want, got))
            else:
                rep.ok(label)


def expectation(src, name):
    """What Krait must report for an error file, from CPython or the file's own header."""
    first = src.split(b"\n", 1)[0]
    m = re.match(rb"# krait: (\w+): (.*)$", first)
    if m:
        return (m.group(1).decode(), m.group(2).decode(), None, None), True
    if b"\0" in src:
        # CPython's file mode (compile() words it "source code string ...")
        line = src[:src.index(b"\0")].count(b"\n") + 1
        return ("SyntaxError", "source code cannot contain null bytes", line, None), False
    return cpython_error(src, name), False


NESTING_ERRORS = ("too many nested expressions", "too many nested parentheses")


def check_error(krait, rep, name, path, src, hostile=False, deep=False, want=None):
    own = want is not None
    if want is None:
        want, own = expectation(src, path)
    got = krait.error(path)
    if deep and not isinstance(got, str) and got and got[0] == "SyntaxError" and \
            got[1] in NESTING_ERRORS:
        rep.ok(name, "beyond Krait's nesting limits: %s" % got[1])
        return
    if isinstance(got, str):
        rep.fail(name, got)
        return
    if want is None:
        rep.fail(name, "CPython accepts this program" if not hostile or got else
                 "accepted by both (not an error case)")
        return
    if got is None:
        rep.fail(name, "Krait accepts it; CPython: %s: %s (line %s)" % want[:3])
        return
    if want[0] in ("MemoryError", "RecursionError"):
        # CPython gives up; Krait must end with a clean SyntaxError
        if got[0] in ("SyntaxError", "IndentationError"):
            rep.ok(name, "CPython %s, Krait %s: %s" % (want[0], got[0], got[1]))
        else:
            rep.fail(name, "expected a SyntaxError, got %s: %s" % got[:2])
        return
    same = got[0] == want[0] and got[1] == want[1] and (own and want[2] is None or
                                                       got[2] == want[2])
    if not same:
        rep.fail(name, "\n    CPython: %s: %s (line %s, offset %s)\n    Krait:   %s: %s "
                       "(line %s, offset %s)" % (want + got))
    elif not own and want[3] is not None and got[3] != want[3]:
        rep.ok(name, "offset %s, CPython %s" % (got[3], want[3]))
    else:
        rep.ok(name)


def run_errors(krait, rep, only):
    for path in sorted(glob.glob(os.path.join(HERE, "errors", "*.py"))):
        name = "errors/" + os.path.basename(path)
        if only and only not in name:
            continue
        check_error(krait, rep, name, path, open(path, "rb").read())


# Krait refuses what is not UTF-8 even in comments, which CPython's compile() skips.
BAD_COMMENT = ("SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xff in "
               "position 0: invalid start byte", 1, None)


# Krait's default limit on the size of source (kr_config.max_source, 10 MiB): the long lines
# stay just under it, so that they reach the parser.
LONG_LINE = (10 << 20) - 16


def hostile_inputs():
    """(name, bytes[, want]) of generated inputs, none of which may crash or hang Krait.
    Names starting with deep_ nest beyond Krait's limits."""
    deep = 100000
    ind = "".join(" " * i + "if x:\n" for i in range(3000)) + " " * 3000 + "pass\n"
    return [
        ("nul_byte", b"x = 1\ny = 'a\0b'\n"),
        ("nul_first", b"\0"),
        ("utf8_start_byte", b"x = 1\n\xff = 2\n"),
        ("utf8_continuation", b'x = "\xc3\x28"\n'),
        ("utf8_truncated", b'x = "ab\xe2\x82"\n'),
        ("utf8_surrogate", b'x = "\xed\xa0\x80"\n'),
        ("utf8_overlong", b'x = "\xc0\xaf"\n'),
        ("utf8_identifier", b"x = 1 + \xe9\n"),
        ("utf8_comment", b"# \xff\nx = 1 +\n", BAD_COMMENT),
        ("deep_parens", b"x = " + b"(" * deep + b"1" + b")" * deep + b"\n"),
        ("deep_parens_open", b"(" * deep),
        ("deep_lists", b"[" * deep + b"]" * deep),
        ("deep_braces_open", b"{1:" * deep),
        ("deep_minus", b"x = " + b"-" * deep + b"1\n"),
        ("deep_minus_open", b"-" * deep),
        ("deep_not", b"x = " + b"not " * deep + b"y\n"),
        ("deep_not_open", b"not " * deep),
        ("deep_lambda", b"f = " + b"lambda: " * deep + b"0\n"),
        ("deep_lambda_open", b"lambda:" * deep),
        ("deep_lambda_params", b"f = " + b"lambda a, b: " * deep + b"0\n"),
        ("deep_await", b"await " * deep + b"x\n"),
        ("deep_pow", b"x = 2" + b" ** 2" * deep + b"\n"),
        ("deep_pow_open", b"x" + b"**" * deep),
        ("deep_ifexp", b"x = " + b"a if b else " * deep + b"c\n"),
        ("deep_ifexp_open", b"a if b else " * deep),
        ("deep_assign_chain", b"x = " * deep + b"1\n"),
        ("deep_assign_open", b"x" + b"=x" * deep + b"="),
        ("deep_star", b"*" * deep),
        ("deep_attr_chain", b"x = a" + b".b" * deep + b"\n"),
        ("deep_call_chain", b"x = f" + b"()" * deep + b"\n"),
        ("deep_subscript_chain", b"x = a" + b"[0]" * deep + b"\n"),
        ("deep_subscript_open", b"x" + b"[" * deep),
        ("long_binop_chain", b"x = " + b" + ".join([b"1"] * deep) + b"\n"),
        ("long_or_chain", b"x = " + b" or ".join([b"a"] * deep) + b"\n"),
        ("long_compare_chain", b"x = " + b" < ".join([b"a"] * deep) + b"\n"),
        ("deep_blocks", ind.encode()),
        ("deep_fstring", b"f'{" * deep),
        ("deep_fstring_spec", b"x = f'{x:" + b"{x:" * deep + b"}" * deep + b"}'\n"),
        ("deep_fstring_minus", b"x = f'{" + b"-" * deep + b"1}'\n"),
        ("deep_yield", b"def f():\n    x = " + b"yield " * deep + b"1\n"),
        ("deep_defs", b"def f():\n" * deep),
        ("long_line_10mb", b"x = '" + b"a" * LONG_LINE + b"'\n"),
        ("long_line_10mb_unterminated", b"x = '" + b"a" * LONG_LINE + b"\n"),
        ("long_expr_line", b"x = [" + b"1, " * (1 << 20) + b"]\n"),
        ("huge_int", b"x = 1" + b"0" * 100000 + b"\n"),
        ("huge_hex", b"x = 0x" + b"f" * 100000 + b"\n"),
        ("huge_float", b"x = 1" + b"0" * 100000 + b".5e-99999\n"),
        ("huge_string_escapes", b"x = '" + b"\\x41" * 500000 + b"'\n"),
        ("many_statements", b"x = 1\n" * 200000 + b"x = = 1\n"),
        ("many_errors", b")" * deep + b"\n"),
        ("many_tokens_error", b" ".join([b"1"] * deep) + b"\n"),
    ]


def run_hostile(krait, rep, only):
    with tempfile.TemporaryDirectory() as tmp:
        for name, src, *own in hostile_inputs():
            label = "hostile/" + name
            if only and only not in label:
                continue
            path = os.path.join(tmp, name + ".py")
            with open(path, "wb") as f:
                f.write(src)
            want, _ = expectation(src, path)
            if want is None:
                # valid Python: Krait must parse it or refuse it cleanly
                got = krait.error(path)
                if isinstance(got, str):
                    rep.fail(label, got)
                else:
                    rep.ok(label, "valid; Krait: %s" % ("ok" if got is None else
                                                        "%s: %s" % got[:2]))
                continue
            check_error(krait, rep, label, path, src, hostile=True,
                        deep=name.startswith("deep_"), want=own[0] if own else None)


def random_pattern(rnd, depth=0):
    """A match pattern of every kind, nested: tree-sitter's pattern grammar differs from
    Python's in many corners (signs, wildcards and `as` inside or- and keyword patterns)."""
    leaves = ["_", "x", "1", "-1", "-2.5", "'s'", "b''", "None", "True", "a.b", "(1)"]
    if depth > 3 or rnd.random() < 0.3:
        return rnd.choice(leaves)
    sub = lambda: random_pattern(rnd, depth + 1)
    kind = rnd.randrange(7)
    if kind == 0:
        items = [sub() for _ in range(rnd.randrange(4))] + (["*r"] if rnd.random() < 0.3 else [])
        return "[" + ", ".join(items) + "]"
    if kind == 1:
        items = [sub() for _ in range(rnd.randrange(4))]
        return "(" + ", ".join(items) + ("," if len(items) < 2 or rnd.random() < 0.5 else "") + ")"
    if kind == 2:
        items = ["%s: %s" % (rnd.choice(["1", "'k'", "a.b", "None", "-2"]), sub())
                 for _ in range(rnd.randrange(3))]
        return "{" + ", ".join(items + (["**rest"] if rnd.random() < 0.3 else [])) + "}"
    if kind == 3:
        args = [sub() for _ in range(rnd.randrange(3))]
        args += ["%s=%s" % (rnd.choice("pqr"), sub()) for _ in range(rnd.randrange(3))]
        return rnd.choice(["C", "a.C", "int"]) + "(" + ", ".join(args) + ")"
    if kind == 4:
        return sub() + " | " + sub()
    if kind == 5:
        return sub() + " as " + rnd.choice(["n", "m", "_"])
    return "(" + sub() + ")"


def random_expression(rnd, depth=0):
    """An expression of every kind, nested: operator precedence, starred items, walruses,
    conditionals, lambdas, comprehensions and f-strings are where tree-sitter's grammar and
    Python's part."""
    leaves = ["x", "1", "-1", "2.5", "'s'", "b'b'", "None", "True", "...", "a.b", "f'{x}'",
              "f'{x!r:>{w}}'", "0x1f", "1_000", "1e5", "'a' 'b'"]
    if depth > 3 or rnd.random() < 0.25:
        return rnd.choice(leaves)
    sub = lambda: random_expression(rnd, depth + 1)
    kind = rnd.randrange(20)
    ops = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"]
    forms = [
        lambda: "%s %s %s" % (sub(), rnd.choice(ops), sub()),
        lambda: rnd.choice(["-", "+", "~", "not "]) + sub(),
        lambda: "%s %s %s" % (sub(), rnd.choice(["and", "or"]), sub()),
        lambda: "%s %s %s" % (sub(), rnd.choice(["<", "==", "!=", ">=", "is", "is not", "in",
                                                 "not in"]), sub()),
        lambda: "%s if %s else %s" % (sub(), sub(), sub()),
        lambda: "lambda %s: %s" % (rnd.choice(["", "a", "a, b=1", "*a, **k", "a, /, b, *, c"]),
                                   sub()),
        lambda: "(%s)" % sub(),
        lambda: "[%s]" % ", ".join(rnd.choice([sub(), "*" + sub()]) for _ in range(rnd.randrange(3))),
        lambda: "(%s,)" % ", ".join(sub() for _ in range(rnd.randrange(1, 3))),
        lambda: "{%s}" % ", ".join(rnd.choice(["%s: %s" % (sub(), sub()), "**" + sub()])
                                   for _ in range(rnd.randrange(3))),
        lambda: "[%s for y in %s if %s]" % (sub(), sub(), sub()),
        lambda: "{%s for y in %s for z in y}" % (sub(), sub()),
        lambda: "(%s for y in %s)" % (sub(), sub()),
        lambda: "%s(%s)" % (sub(), ", ".join(rnd.choice([sub(), "*" + sub(), "k=" + sub(),
                                                         "**" + sub()])
                                             for _ in range(rnd.randrange(3)))),
        lambda: "%s[%s]" % (sub(), rnd.choice([sub(), sub() + ":" + sub(), "::" + sub(),
                                               sub() + ", " + sub(), ":"])),
        lambda: sub() + ".attr",
        lambda: "(y := %s)" % sub(),
        lambda: "f'{%s} and {%s!s}'" % (sub(), sub()),
        lambda: "(yield %s)" % sub(),
        lambda: "[*%s %s %s]" % (sub(), rnd.choice(ops), sub()),
    ]
    return forms[kind]()


def run_generated(krait, rep, only, what, count, seed, make, invalid_checked):
    """`count` generated programs (a fixed seed): the valid ones as one module whose AST must
    be CPython's, and the first `invalid_checked` that CPython refuses, each of which Krait
    must refuse with CPython's error."""
    if only and only not in "generated/" + what:
        return
    rnd = random.Random(seed)
    valid, invalid = [], []
    for _ in range(count):
        src = make(rnd)
        try:
            ast.parse(src)
            valid.append(src)
        except (SyntaxError, RecursionError, ValueError):
            invalid.append(src)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, what + ".py")
        src = "".join(valid).encode()
        with open(path, "wb") as f:
            f.write(src)
        for positions in ([False, True] if krait.positions else [False]):
            label = "generated/%s (%d valid)%s" % (what, len(valid), " [positions]" * positions)
            rc, out, err = krait.run(path, positions)
            want = cpython_dump(src, positions)
            if rc != 0:
                rep.fail(label, "Krait failed (exit %d): %s" % (rc, (out + err).strip()[-400:]))
            elif out.rstrip("\n") != want:
                rep.fail(label, "AST differs\n" + diff(want, out.rstrip("\n")))
            else:
                rep.ok(label)
        for i, bad in enumerate(invalid[:invalid_checked]):
            path = os.path.join(tmp, "invalid%d.py" % i)
            with open(path, "w") as f:
                f.write(bad)
            check_error(krait, rep, "generated/%s, invalid %d" % (what, i), path, bad.encode())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cmd", default=os.path.join(ROOT, "build", "ast-dump"),
                    help="command printing the AST of the file given as last argument")
    ap.add_argument("--no-positions", action="store_true",
                    help="the command has no --positions mode")
    ap.add_argument("--only", help="run the tests whose name contains this")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    positions = not args.no_positions and os.path.basename(shlex.split(args.cmd)[0]) == "ast-dump"
    krait = Krait(args.cmd, positions)
    sys.setrecursionlimit(10000)
    rep = Report(args.verbose)
    run_cases(krait, rep, args.only)
    run_errors(krait, rep, args.only)
    run_hostile(krait, rep, args.only)
    run_generated(krait, rep, args.only, "patterns", 400, 2026,
                  lambda rnd: "match v:\n    case %s:\n        pass\n" % random_pattern(rnd), 25)
    # The wording of errors in a badly broken expression can differ (docs/differences.md):
    # only the valid ones are checked.
    run_generated(krait, rep, args.only, "expressions", 600, 2026,
                  lambda rnd: "def g():\n    return %s\n" % random_expression(rnd), 0)
    if rep.notes and args.verbose:
        print("notes:")
        for n in rep.notes:
            print("  " + n)
    print("%d passed, %d failed" % (rep.passed, rep.failed))
    return 1 if rep.failed else 0


if __name__ == "__main__":
    sys.exit(main())

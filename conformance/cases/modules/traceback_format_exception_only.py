# traceback.format_exception_only and friends on exceptions that were never raised and on
# caught ones: qualified class names, notes, multi-line messages, SyntaxError details, and
# __str__ methods that fail.
import traceback


class LocalError(Exception):
    pass


class Qualified(Exception):
    pass


Qualified.__module__ = "pkg.errors"


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


class EmptyStr(Exception):
    def __str__(self):
        return ""


def only(e):
    return traceback.format_exception_only(e)


for e in [ValueError("plain"), ValueError(), KeyError("key"), KeyError(), LocalError("local"),
          Qualified("qualified"), BadStr("x"), EmptyStr("y"), OSError(2, "No such file"),
          ValueError("line one\nline two"), StopIteration(5), SystemExit(3)]:
    print(only(e))
print(traceback.format_exception_only(ValueError, ValueError("two-argument form")))
print(traceback.format_exception_only(None))
noted = ValueError("with notes")
noted.add_note("first note")
noted.add_note("second\nnote")
print(only(noted))
se = SyntaxError("invalid syntax", ("prog.py", 3, 5, "x = (1 +\n", 3, 9))
print(only(se))
print(only(SyntaxError("bare message")))
print(only(IndentationError("unexpected indent", ("f.py", 1, 1, "  x\n", 1, 2))))
try:
    {}["missing"]
except KeyError as e:
    caught = e
print(only(caught))
print(traceback.format_exception(caught)[-1], end="")
print(traceback.format_exception(LocalError("never raised")))
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise LookupError("outer") from inner
except LookupError as e:
    lines = traceback.format_exception(e, chain=False)
    print(lines[0], end="")
    print(lines[-1], end="")
    print(traceback.format_exc().splitlines()[-1])
    print(sum(1 for line in traceback.format_exception(e) if "direct cause" in line))

import sys
import traceback


def clean(text):
    """Drops the directory from '  File "/dir/name.py"' so the output does not depend on
    where the checkout is."""
    out = []
    for line in text.split("\n"):
        start = line.find('File "')
        if start >= 0:
            end = line.find('"', start + 6)
            slash = line.rfind("/", start, end)
            if slash >= 0:
                line = line[:start + 6] + line[slash + 1:]
        out.append(line)
    return "\n".join(out)


def inner(x):
    return 10 / x


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError:
    print(clean(traceback.format_exc()), end="")
    print(clean(traceback.format_exc(limit=1)), end="")
    print(clean(traceback.format_exc(limit=-1)), end="")
    print(repr(traceback.format_exc(limit=0)))
print(repr(traceback.format_exc()))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as err:
    pieces = traceback.format_exception(err)
    print(len(pieces), all(isinstance(p, str) for p in pieces))
    for p in pieces:
        print(repr(clean(p)))
    print(clean("".join(traceback.format_exception(err, chain=False))), end="")
    print(traceback.format_exception_only(err))
    print(traceback.format_exception_only(type(err), err))
e = SyntaxError("bad", ("f.py", 2, 3, "x = = 1\n", 2, 6))
print(traceback.format_exception_only(e))
n = KeyError("k")
n.add_note("note 1")
n.add_note("two\nlines")
print(traceback.format_exception_only(n))
print(traceback.format_exception(None), traceback.format_exception_only(None))
for bad in [lambda: traceback.format_exception("x"),
            lambda: traceback.format_exception(ValueError, ValueError())]:
    try:
        bad()
    except (TypeError, ValueError) as t:
        print(type(t).__name__, t)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
try:
    undefined_name_here
except NameError:
    traceback.print_exc(file=w)
print([clean(p) for p in w.parts])
w = Writer()
traceback.print_exception(RuntimeError("no traceback"), file=w)
print(w.parts)
try:
    int("x")
except ValueError as err:
    traceback.print_exception(err, file=sys.stdout, limit=0)

# What __exit__ receives, what its return value means, and what happens when __exit__
# itself raises: the new exception replaces the old one, which becomes its __context__.
class Probe:
    def __init__(self, name, result=None, raise_in_exit=None):
        self.name, self.result, self.raise_in_exit = name, result, raise_in_exit

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print(f"{self.name}: {typ.__name__ if typ else None}, {val!r}")
        if typ is not None:
            print("  same object as raised:", val is last_raised[0], type(val) is typ)
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.result


last_raised = [None]


def raise_(e):
    last_raised[0] = e
    raise e


for result in (None, 0, "", [], 1, "yes", [0]):
    try:
        with Probe(f"returns {result!r}", result):
            raise_(ValueError(result))
        print("  suppressed")
    except ValueError as e:
        print("  propagated", repr(e))

try:
    with Probe("replacer", raise_in_exit=KeyError("from exit")):
        raise_(IndexError("original"))
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__), "cause:", e.__cause__)

try:
    with Probe("clean exit raises", raise_in_exit=RuntimeError("exit only")):
        pass
except RuntimeError as e:
    print("RuntimeError", e, "context:", e.__context__)


class Inspect:
    def __enter__(self):
        return "value from enter"

    def __exit__(self, *args):
        print("exit got", len(args), "arguments")
        return False


with Inspect() as v:
    print(v)


def gen():
    with Probe("in generator"):
        yield 1
        yield 2


g = gen()
print(next(g))
g.close()
g = gen()
next(g)
try:
    g.throw(ValueError("thrown in"))
except ValueError as e:
    print("after throw:", e)

try:
    with Probe("outer", result=True):
        with Probe("inner"):
            raise_(TypeError("inner error"))
    print("outer suppressed the inner error")
finally:
    print("finally runs")

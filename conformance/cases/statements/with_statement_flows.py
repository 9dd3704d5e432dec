# with: several managers, the order of enter and exit, what __exit__ receives, suppression,
# errors in __enter__, and return/break/continue leaving the block.
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter

    def __enter__(self):
        print(f"  enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"{self.name} cannot enter")
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print(f"  exit {self.name}: {typ.__name__ if typ else None} {val!r}")
        return self.suppress


with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("outer", suppress=True):
    with CM("inner"):
        raise KeyError("k")
print("after suppressed error")
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)


def leave(how):
    for i in range(3):
        with CM(f"{how}{i}"):
            if how == "return":
                return "returned"
            if how == "break":
                break
            if how == "continue":
                continue
    return "loop done"


for how in ["return", "break", "continue"]:
    print(leave(how))


class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *a):
        return False


for obj in [NoExit(), NoEnter(), 5]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Swallow:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return "truthy"


with Swallow():
    1 / 0
print("zero division swallowed")
with CM("t") as (first, *rest):
    print(first, rest)

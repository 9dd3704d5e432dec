# The right operand's reflected method goes first only if its type is a proper subclass that
# overrides it; NotImplemented then falls back to the left operand.
log = []


class Base:
    def __init__(self, tag):
        self.tag = tag

    def __sub__(self, o):
        log.append(f"{self.tag}.__sub__")
        return NotImplemented if getattr(o, "refuse", False) else "Base.sub"

    def __rsub__(self, o):
        log.append(f"{self.tag}.__rsub__")
        return "Base.rsub"

    def __repr__(self):
        return self.tag


class Over(Base):
    def __rsub__(self, o):
        log.append(f"{self.tag}.Over.__rsub__")
        return NotImplemented


class Inherit(Base):
    pass


class Refuser(Base):
    refuse = True

    def __rsub__(self, o):
        log.append(f"{self.tag}.Refuser.__rsub__")
        return "Refuser.rsub"


for left, right in [(Base("b"), Over("o")), (Base("b"), Inherit("i")), (Base("b"), Refuser("r")),
                    (Over("o"), Base("b")), (Over("o1"), Over("o2")), (Inherit("i"), Base("b"))]:
    log.clear()
    try:
        print(left, "-", right, "=", left - right, log)
    except TypeError as e:
        print(left, "-", right, "TypeError:", e, log)


class MyInt(int):
    def __rsub__(self, o):
        return f"MyInt.__rsub__({o})"

    def __radd__(self, o):
        return NotImplemented


class MyFloat(float):
    def __rtruediv__(self, o):
        return "MyFloat.__rtruediv__"


print(10 - MyInt(3), MyInt(3) - 10, 1 + MyInt(2), 1.5 - MyInt(1), True - MyInt(1))
print(1 / MyFloat(2.0), 1.0 / MyFloat(2.0), MyFloat(2.0) / 1, 2 ** MyInt(3), type(2 ** MyInt(3)).__name__)


class OnlyR:
    def __radd__(self, o):
        return "OnlyR.__radd__"


for expr in [lambda: 1 + OnlyR(), lambda: OnlyR() + OnlyR(), lambda: OnlyR() + 1, lambda: [1] + OnlyR(), lambda: "s" + OnlyR()]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)


class L(list):
    def __radd__(self, o):
        return "L.__radd__"


print([1] + L([2]), L([1]) + [2], type(L([1]) + [2]).__name__, (1,) + L(), "x" + L())

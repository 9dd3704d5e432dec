# A chained comparison returns the first falsy link's result object, testing each link once.
class R:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth

    def __bool__(self):
        print("  bool", self.name)
        return self.truth

    def __repr__(self):
        return self.name


class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"  lt {self.n} {other.n}")
        return R(f"lt{self.n}{other.n}", self.n < other.n)

    def __eq__(self, other):
        print(f"  eq {self.n} {other.n}")
        return R(f"eq{self.n}{other.n}", self.n == other.n)

    def __repr__(self):
        return f"V{self.n}"


a, b, c = V(1), V(2), V(3)
print("result", a < b < c)
print("result", a < c < b)
print("result", b < a < c)
print("result", a == a == b)
print("result", a < b == b < c)
print("result", not (a < b < c))
if a < b < c:
    print("taken")
x = a < b < c
print("stored", x)


class BadBool:
    def __bool__(self):
        raise RuntimeError("no truth")

    def __repr__(self):
        return "BadBool()"


class W:
    def __lt__(self, other):
        return BadBool()


try:
    print(W() < W() < W())
except RuntimeError as e:
    print("RuntimeError:", e)
print(W() < W())
try:
    if W() < W():
        pass
except RuntimeError as e:
    print("RuntimeError in if:", e)
log = []


def v(x):
    log.append(x)
    return x


print(v(1) in v([1, 2]) not in v([[1], [2]]), log)
log.clear()
print(v(None) is v(None) is not v(0) == v(0.0), log)
log.clear()
print(v(5) > v(3) > v(4) > v(0), log)
log.clear()
print([v(i) < v(2) < v(4) for i in range(4)], log)

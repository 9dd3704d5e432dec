def show(x):
    r = repr(x)
    return type(x).__name__ if " at 0x" in r else r

def t(f, *a, **k):
    desc = f.__name__ + "(" + ", ".join([show(x) for x in a] + [n + "=" + show(v) for n, v in k.items()]) + ")"
    try:
        r = f(*a, **k)
        print(desc, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(desc, "!!", type(e).__name__, e)

for v in [-5, 5, 0, -0.0, -2.5, True, False, -2**100, float("-inf"), float("nan")]:
    t(abs, v)
t(abs, "x")
t(abs, [1])
for n in [0, 1, -1, 255, -255, 2**64, True, -(2**70)]:
    t(bin, n); t(oct, n); t(hex, n)
for bad in [1.5, "1", None]:
    t(bin, bad); t(hex, bad); t(oct, bad)
class Idx:
    def __index__(self):
        return 42
t(bin, Idx()); t(hex, Idx()); t(oct, Idx())
for c in [0, 65, 0x10FFFF, 0x110000, -1, 2**100, 1.5, "a", True, 0xD800, 0x1F40D]:
    t(chr, c)
for s in ["a", "é", "🐍", "", "ab", b"a", bytearray(b"z"), b"", 5, "\x00"]:
    t(ord, s)
for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (7, 0), (7.0, 0), (2**100, 7), (True, 2), (7, 2.5), ("a", 1), (1, "a")]:
    t(divmod, a, b)
for args in [(2, 10), (2, -1), (-2, 3), (2.0, 3), (2, 0.5), (0, 0), (0.0, -1), (4, 0.5), (2, 10, 7), (2, -1, 7), (3, -1, 6),
             (2, 3, -5), (2, 3, 0), (2.0, 3, 5), (2, 3, 1), (10, -2)]:
    t(pow, *args)
t(pow, 2, 3, mod=5)
t(pow, base=3, exp=2)
t(pow, "a", 2)
t(pow, 2, "a")
t(pow, 2, 3, "a")
for args in [(2.5,), (3.5,), (-2.5,), (2.675, 2), (1234.5678, -2), (15, -1), (25, -1), (2**70 + 5, -1), (0.5,), (1.5,),
             (-0.5,), (7,), (7, None), (2.5, None), (1e300, 2), ("a",), (1.5, "a"), (10, 1.5), (float("inf"),), (float("nan"),),
             (float("inf"), 1), (True,), (True, 2), (-35, -1), (-45, -1), (123456, -10)]:
    t(round, *args)
class R:
    def __round__(self, n=None):
        return ("round", n)
t(round, R())
t(round, R(), 3)
t(round, number=2.5)
t(round, 2.567, ndigits=1)
for args in [([1, 2, 3],), ([1.5, 2.5],), ([], 10), ([[1], [2]], []), ((0.1,) * 10,), ([1, 2.5, True],), (["a"], ""), (range(10**6),),
             ([2**62, 2**62],), ([1e308, 1e308],), ([1, float("nan")],), ([0.1] * 3,), ([], 0.0), ([1, "a"],), ([], b""),
             ([], bytearray()), ([[]], ()), (iter([1, 2]),)]:
    t(sum, *args)
t(sum, [1, 2], start=10)
t(sum, [0.5], start=1)
print(sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum((x for x in [1.5, 2]), 0.5))
for args in [([3, 1, 2],), (3, 1, 2), ("hello",), ([],), ([1, "a"],), ([[2], [1, 5]],), ((1, 1.0),), ((1.0, 1),), ([True, 1],)]:
    t(max, *args); t(min, *args)
t(max, [], default="d"); t(min, [], default=None); t(max, [5], default=1)
t(max, [1, 2], key=lambda x: -x); t(min, "abc", key=ord); t(max, 1, 2, key=None)
t(max, [(1, "b"), (1, "a")], key=lambda p: p[0]); t(min, [(1, "b"), (1, "a")], key=lambda p: p[0])
t(max, 1, 2, default=0)
t(max, 5)
t(min)
t(max, [1, 2], key=5)
print(max([3, 1, 2]), min(x * x for x in range(-3, 3)), max("b", "abc", key=len), min({3: 1, 1: 2}))
divmod("x", 1)

# In-place operators fall back to the binary ones; when all fail the message names the
# augmented symbol.
class A:
    pass


class B:
    pass


syms = ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]

def attempt(left, right):
    out = []
    for sym in syms:
        x = left
        try:
            if sym == "+=": x += right
            elif sym == "-=": x -= right
            elif sym == "*=": x *= right
            elif sym == "@=": x @= right
            elif sym == "/=": x /= right
            elif sym == "//=": x //= right
            elif sym == "%=": x %= right
            elif sym == "**=": x **= right
            elif sym == "<<=": x <<= right
            elif sym == ">>=": x >>= right
            elif sym == "&=": x &= right
            elif sym == "|=": x |= right
            else: x ^= right
            out.append(f"{sym} ok {x!r}")
        except (TypeError, ValueError) as e:
            out.append(f"{sym} {type(e).__name__}: {e}")
    return out


for pair in [(A(), B()), (1, "a"), ([1], 2), ([1], "ab"), ("ab", 2.0), ((1,), [2]), ({1}, [1]), ({"a": 1}, [("b", 2)]),
             (1.5, None)]:
    print(type(pair[0]).__name__, type(pair[1]).__name__)
    for line in attempt(*pair):
        print("  ", line)


class Chain:
    def __init__(self, log):
        self.log = log

    def __iadd__(self, o):
        self.log.append("iadd")
        return NotImplemented

    def __add__(self, o):
        self.log.append("add")
        return NotImplemented


class Right:
    def __radd__(self, o):
        o.log.append("radd")
        return "from radd"


c = Chain([])
log = c.log
c += Right()
print(c, log)
c = Chain([])
try:
    c += 1
except TypeError as e:
    print("TypeError:", e, c.log)
# x *= seq repeats seq only when x's type has no sequence methods of its own.
for left in [2, True, None, 1.5, A(), range(2), {1: 2}.keys(), frozenset(), {1: 2}]:
    for right in [[1], "ab", (0,)]:
        x = left
        try:
            x *= right
            print(type(left).__name__, "*=", repr(right), "->", x)
        except TypeError as e:
            print(type(left).__name__, "*=", repr(right), "TypeError:", e)
        try:
            print("  binary:", left * right)
        except TypeError as e:
            print("  binary TypeError:", e)

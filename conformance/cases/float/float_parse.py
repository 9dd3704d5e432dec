def t(x):
    try:
        print(repr(float(x)))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["1", "  1.5  ", "-2.5e3", "+.5", "5.", ".", "e5", "1e", "1e+", "1_000.5", "1__0", "_1", "1_",
          "1_e5", "1e_5", "1e5_0", "0x10", "inf", "-inf", "+Infinity", "infinit", "nan", "-NaN", "nan1",
          "1.5f", "", "  ", "1 2", "١٫٥", "\u0661.\u0665", "\u00a01.5\u2003", "1e400", "-1e400", "1e-400",
          "0.000000000000000000000000000000000000000000001", "9" * 400, "1" + "0" * 400 + "e-400",
          b"1.25", bytearray(b"-3"), "infinity", "iNfInItY", "in", "nana", "1.0.0", "--1", "+-1",
          "\t\n3.5\n", "3.5\x00"]:
    t(s)
for v in [1, -1, True, 2**63, 10**308, 10**309, 3.5]:
    t(v)
for bad in [None, [], "abc", b"x", {}, object()]:
    t(bad)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return "x"
t(F())
t(I())
t(Bad())
print(float(), type(float()), float(-0.0))
class MyF(float):
    pass
m = MyF(2.5)
print(m, type(m), repr(m), m + 1, type(m + 1), float(m), type(float(m)))
print(MyF("1e3"), MyF(), isinstance(m, float))
float("1.5x")

class F(float):
    def __repr__(self):
        return "F(%s)" % float.__repr__(self)
f = F(2.5)
print(f, repr(f), str(f), f + 1, type(f + 1), -f, type(-f), abs(F(-1.5)), type(abs(F(-1.5))), f * 2, f == 2.5, hash(f) == hash(2.5))
print(f.is_integer(), f.as_integer_ratio(), f.hex(), f.real, type(f.real), f.imag, f.conjugate(), type(f.conjugate()))
print(round(f), round(f, 1), type(round(f, 1)), int(f), float(f), type(float(f)), f"{f:.2f}", format(f, "e"))
print(F.fromhex("0x1p3"), type(F.fromhex("0x1p3")), F("1.5"), F(), F(3))
class G(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(G(1.5), type(G(1.5)), G(1.5) + 0)
print(float.fromhex("0x1.8p1"), float.hex(0.1), (0.1).hex(), float.fromhex("  -0x1.fffffffffffffp+1023  "))
for s in ["0x1p-1075", "0x1p1024", "inf", "-nan", "0x.8p1", "1", "0x1.g", ""]:
    try:
        print(s, float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(s, type(e).__name__, e)
print((3.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio(), (1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[1].bit_length())
print((2.0).is_integer(), (2.5).is_integer(), (1e300).is_integer(), (-0.0).is_integer())
print(float.__getnewargs__(2.5) if hasattr(float, "__getnewargs__") else "none", (2.5).__trunc__(), (-2.5).__floor__(), (2.5).__ceil__())

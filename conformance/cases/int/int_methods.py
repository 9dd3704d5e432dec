for n in [0, 1, -1, 5, -5, 255, 256, -256, 2**63, -2**63, 2**64 - 1, 10**30, -(10**30)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer() if hasattr(n, "is_integer") else "-",
          n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print(True.bit_length(), True.as_integer_ratio(), type(True.real), type(True.numerator))
print(type((5).conjugate()), type(True.conjugate()))
print((10).__index__(), (10).__int__(), (10).__float__(), (10).__trunc__(), (10).__floor__(), (10).__ceil__())
print((7).__round__(), (7).__round__(-1), (15).__round__(-1), (25).__round__(-1), (-25).__round__(-1), (125).__round__(-2))
print(round(1234567, -3), round(-1234567, -3), round(5, 2), round(50, -2), round(150, -2), round(250, -2))
print(round(10**30 + 5 * 10**9, -10))
print((12).__sizeof__() > 0)
print(int.__name__, int.__qualname__, int.__doc__[:20] if int.__doc__ else None)
print((-7).__abs__(), (7).__neg__(), (7).__pos__(), (7).__invert__())
print((3).__add__(4), (3).__add__(4.0), (3).__radd__(4), (3).__sub__(1), (3).__rsub__(1))
print((3).__mul__("a"), (3).__truediv__(2), (3).__floordiv__(2), (3).__mod__(2), (3).__divmod__(2))
print((3).__pow__(2), (3).__pow__(2, 5), (3).__lshift__(2), (3).__rshift__(1))
print((3).__and__(1), (3).__or__(4), (3).__xor__(1))
print((3).__eq__(3), (3).__eq__(3.0), (3).__lt__(4), (3).__ne__("x"))
print((3).__bool__(), (0).__bool__(), (3).__hash__())
try:
    (5).bit_length(1)
except TypeError as e:
    print("TypeError", e)
try:
    int.bit_count()
except TypeError as e:
    print("TypeError", e)
print(int.from_bytes(b"\x00\x01", "big"), int.from_bytes(b"\x00\x01", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", byteorder="big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80", signed=True))
print(int.from_bytes(bytearray(b"\x01\x00"), "little"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print((0).to_bytes(0, "big"), (255).to_bytes(), (127).to_bytes(1, signed=True))
print((2**64).to_bytes(9, "big"))
for args, kw in [((1, "middle"), {}), ((256, 1, "big"), {}), ((-1, 1, "big"), {}), ((128, 1, "big"), {"signed": True}),
                 ((1, -1, "big"), {}), ((1, "x", "big"), {})]:
    try:
        print(args[0].to_bytes(*args[1:], **kw))
    except Exception as e:
        print(type(e).__name__, e)
try:
    int.from_bytes(b"\x01", "mid")
except ValueError as e:
    print("ValueError", e)
try:
    int.from_bytes("ab", "big")
except TypeError as e:
    print("TypeError", e)
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b"\x05", "big")), MyInt.from_bytes(b"\x05", "big"))
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")))
print(int.__new__(int, 5), int.__new__(MyInt, "7"), type(int.__new__(MyInt, "7")))
(5).to_bytes(1, "big", signed=2, extra=1)

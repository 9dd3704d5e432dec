class F:
    def __float__(self):
        return 1.25
class I:
    def __index__(self):
        return 3
class Both:
    def __float__(self):
        return 9.5
    def __index__(self):
        return 1
class FSub(float):
    pass
class RetSub:
    def __float__(self):
        return FSub(2.5)
class RetInt:
    def __float__(self):
        return 5
print(float(F()), float(I()), float(Both()), float(RetSub()), type(float(RetSub())).__name__, float(FSub(1.5)), type(float(FSub(1.5))).__name__)
for bad in [RetInt(), object(), [1.0], None, {1.0: 0}, "1j"]:
    try:
        print(float(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float(True), float(False), float(2**1000) > 1e300, float("  -12.5e-1  "), float(b" 3 "), float(bytearray(b"4.5")))
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError", e)
float(RetInt())

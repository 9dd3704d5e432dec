class A:
    def __abs__(self):
        return "absolute"
class Neg:
    def __neg__(self):
        return 1
print(abs(A()), abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2**80), type(abs(False)))
for bad in [Neg(), "s", None, [1], {}]:
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError", e)
print(abs(float("-inf")), abs(-1e-320), int.__abs__(-5), float.__abs__(-1.5))
class MyInt(int):
    pass
print(abs(MyInt(-4)), type(abs(MyInt(-4))).__name__, abs(MyInt(4)), type(abs(MyInt(4))).__name__)
abs("x")

print(True + True, True - False, True * 5, True / 2, True // 2, True % 2, True ** 3, -True, +True, ~True, ~False)
print(True & False, True | False, True ^ True, type(True & False), type(True & 1), type(True | 2), True << 3, True >> 1)
print(True == 1, False == 0, hash(True), hash(False), True < 2, False > -1)
print(int(True), float(True), str(True), repr(False), bool(0), bool(-1), bool(0.0), bool(""), bool([0]), bool(None))
print(sum([True, True, False]), max(True, 0), abs(True), abs(False), divmod(True, True), pow(True, 10))
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate(), type(True.conjugate()))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__ if False else bool.__bases__, type(True).__name__)
print(f"{True}", f"{True:d}", f"{True:x}", f"{True:5}", format(False, "b"), "%d %s %r" % (True, True, False))
print([1, 2, 3][True], {True: "a", 1: "b"}, {1: "x"}[True], [0] * True, "ab" * False)
try:
    bool.__new__(bool, 5) and print("ok")
except TypeError as e:
    print("TypeError", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(True and 5, 0 or False, not True, not 0, True if 0 else False)
print(int("1") == True, True + 0.5, True * 1.5, 3 - True)
x = True
x += 1
print(x, type(x))
y = False
y |= True
print(y, type(y))
z = True
z &= 3
print(z, type(z))

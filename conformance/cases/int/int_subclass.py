class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
a = MyInt(5)
print(a, repr(a), str(a), int(a), type(int(a)), a + 1, type(a + 1), -a, type(-a), abs(MyInt(-3)), type(abs(MyInt(-3))))
print(a == 5, a < 6, hash(a) == hash(5), a * 2, type(a * 2), a // 2, a ** 2, divmod(a, 2), type(divmod(a, 2)[0]))
print(isinstance(a, int), type(a).__mro__[1], MyInt("12"), MyInt("ff", 16), MyInt(3.9), MyInt(), MyInt(True))
print(a.bit_length(), a.real, type(a.real), a.numerator, type(a.numerator), a.conjugate(), type(a.conjugate()))
print(f"{a}", f"{a:03d}", "%d" % a, format(a, "x"), bin(a), hex(a))
class Add(int):
    def __add__(self, o):
        return "Add.__add__"
    def __radd__(self, o):
        return "Add.__radd__"
print(Add(1) + 1, 1 + Add(1), Add(1) + Add(2), sum([Add(1), 2]) if False else "skip")
class WithAttrs(int):
    pass
w = WithAttrs(9)
w.tag = "t"
print(w, w.tag, w + 1, w.__dict__)
print(int.__new__(MyInt, 7), type(int.__new__(MyInt, 7)))
class Neg(int):
    def __neg__(self):
        return "neg!"
print(-Neg(3), +Neg(3), ~Neg(3))
d = {MyInt(1): "a"}
print(d[1], 1 in d, MyInt(1) in {1: 0})
print(sorted([MyInt(3), 1, MyInt(2)]), max(MyInt(3), 4))
class Idx:
    def __index__(self):
        return 3
    def __int__(self):
        return 4
print(int(Idx()), [0, 1, 2, 3, 4][Idx()], bin(Idx()), range(Idx()))
class OnlyInt:
    def __int__(self):
        return 8
print(int(OnlyInt()))
try:
    [1][OnlyInt()]
except TypeError as e:
    print("TypeError", e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
class Trunc:
    def __trunc__(self):
        return 11
print(int(Trunc()))
int(object())

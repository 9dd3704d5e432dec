class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
class Bad:
    def __format__(self, spec):
        return 5
class Plain:
    def __str__(self):
        return "plain"
print(format(F()), format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()), format(Plain()), f"{Plain()}", f"{Plain()!r:>5}"[:2])
for call in [lambda: format(Bad()), lambda: format(Plain(), "x"), lambda: format(object(), "d"), lambda: format(1, b"x"),
             lambda: format([], "s"), lambda: format(None, ">5"), lambda: format((), "")]:
    try:
        print(repr(call()))
    except TypeError as e:
        print("TypeError", e)
print(format(None), format([1, 2]), format((1,), ""), format({1: 2}), format(True), format(2.5), format("s"), format(b"b"))
print(format("abc", "^9"), format("abc", "*<6"), format("abc", ".2"), format("é", "_>4"), format("", "x^3"))
print(object.__format__(Plain(), ""), int.__format__(5, ""), str.__format__("a", "3"))
format(Plain(), "5")

print(format(True), format(True, ""), format(True, "d"), format(True, "5"), format(True, "<5"), format(False, "x"), format(True, ".1f"), format(True, "%"))
print(f"{True!s:>6}", f"{True:>6}", f"{False:^7}", "{}".format(True), "%s %d %r" % (False, False, True))
print(format(None), f"{None}", f"{None!r}", "{:}".format(None), format(None, ""), str(None).center(8, "*"))
for v, spec in [(None, "s"), (None, ">5"), ([1], ">5"), ((), "x"), ({}, "<3"), (range(2), ""), (print, "")]:
    try:
        print(repr(format(v, spec)))
    except TypeError as e:
        print("TypeError", e)
class I(int):
    pass
class F(float):
    pass
print(format(I(255), "x"), format(F(1.5), ".2f"), f"{I(7):03}", f"{F(0.5):%}", format(I(1), ""), format(F(2.0), ""))
class Override(int):
    def __format__(self, spec):
        return "custom:" + spec
print(format(Override(3), "d"), f"{Override(3):x}", "{:>5}".format(Override(3)), "%d" % Override(3))
format(None, "d")

import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class F:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __trunc__(self):
        return 'truncated'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
class OnlyFloat:
    def __float__(self):
        return 2.5
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
check(lambda: math.trunc(OnlyFloat()))
class Idx:
    def __index__(self):
        return 41
print(math.floor(Idx()), math.ceil(Idx()))
class FloatSub(float):
    def __floor__(self):
        return 'sub floor'
print(math.floor(FloatSub(3.7)), math.ceil(FloatSub(3.2)), math.trunc(FloatSub(-3.7)))
class IntSub(int):
    pass
print(math.floor(IntSub(5)), type(math.floor(IntSub(5))).__name__, math.trunc(IntSub(-5)))
class Bad:
    def __float__(self):
        return 'x'
check(lambda: math.floor(Bad()))
check(lambda: math.sqrt(Bad()))

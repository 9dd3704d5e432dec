# Argument errors when calling classes: __init__ and __new__ messages, classes without
# either, callable instances, and bound methods stored on instances.
def check(thunk):
    try:
        r = thunk()
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)


class Plain:
    pass


class WithInit:
    def __init__(self, x, *, y):
        self.x, self.y = x, y


class WithNew:
    def __new__(cls, a):
        return super().__new__(cls)


class Both:
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, a, b):
        pass


class CallMe:
    def __call__(self, n, /):
        return n * 2


check(lambda: Plain())
check(lambda: Plain(1))
check(lambda: Plain(x=1))
check(lambda: WithInit(1))
check(lambda: WithInit(1, 2))
check(lambda: WithInit(y=2))
check(lambda: WithInit(1, y=2, z=3))
check(lambda: WithNew())
check(lambda: WithNew(1, 2))
check(lambda: WithNew(1))
check(lambda: Both(1))
check(lambda: Both(1, 2))
check(lambda: CallMe()(4))
check(lambda: CallMe()())
check(lambda: CallMe()(n=4))
check(lambda: CallMe().__call__(1, 2))
check(lambda: object(1))
check(lambda: object.__new__(Plain, 1))
check(lambda: int.__new__(int, 1, 2, 3))


class Holder:
    pass


h = Holder()
h.bound = WithInit.__init__.__get__(h)
check(lambda: h.bound())
h.fn = lambda self: self
check(lambda: h.fn())

class E(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.created = True
        return obj


e = E(1, 2)
print(e.args, e.created)


class F(Exception):
    def __init__(self):
        pass


f = F()
print(f.args, repr(f), str(f) == "")


class G(Exception):
    def __init__(self, x):
        super().__init__()
        self.x = x


g = G(5)
print(g.args, repr(g), g.x)


class H(ValueError):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra


h = H("a", "b", extra=3)
print(h.args, h.extra, str(h))
try:
    ValueError(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Exception(1, key=2)
except TypeError as e:
    print(type(e).__name__, e)

# Augmented assignment: in place for mutable types, rebinding otherwise, and targets
# evaluated once.
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias, lst is alias)
tup = (1,)
alias_t = tup
tup += (2,)
print(tup, alias_t, tup is alias_t)
s = "a"
s += "b"
s *= 3
print(s)
d = {"a": 1}
alias_d = d
d |= {"b": 2}
print(d, alias_d is d)
st = {1}
st |= {2}
st &= {2, 3}
st -= {9}
st ^= {4}
print(sorted(st))
try:
    t = (1, [2])
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e, t)


class Log(dict):
    def __getitem__(self, k):
        print("  get", k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print("  set", k, v)
        super().__setitem__(k, v)


def key():
    print("  key evaluated")
    return "k"


box = Log(k=10)
box[key()] += 5
print(dict(box))


class Obj:
    def __init__(self):
        self.calls = 0

    def __getattribute__(self, name):
        if name == "n":
            print("  getattr n")
        return object.__getattribute__(self, name)


o = Obj()
o.n = 1
o.n += 1
print(o.n)


class Vec:
    def __init__(self, *c):
        self.c = list(c)

    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self.c, other.c)))

    def __iadd__(self, other):
        self.c = [a + b for a, b in zip(self.c, other.c)]
        return self

    def __repr__(self):
        return f"Vec{tuple(self.c)}"


class PlainVec(Vec):
    __iadd__ = None


v = Vec(1, 2)
same = v
v += Vec(10, 10)
print(v, same is v)
w = Vec(1, 2)
w2 = w
w = w + Vec(1, 1)
print(w, w2, w is w2)
try:
    p = PlainVec(1)
    p += Vec(1)
except TypeError as e:
    print("TypeError:", e)
n = 5
try:
    n += "a"
except TypeError as e:
    print("TypeError:", e)
try:
    undefined_name += 1
except NameError as e:
    print("NameError:", e)

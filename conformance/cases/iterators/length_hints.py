def hint(it):
    return it.__length_hint__()
l = [1, 2, 3]
it = iter(l)
print(hint(it), next(it), hint(it))
l.append(4)
print(hint(it))
l.clear()
print(hint(it), list(it), hint(it))
r = reversed([1, 2, 3])
print(hint(r), next(r), hint(r))
l2 = [1, 2, 3]
r2 = reversed(l2)
l2.pop()
print(hint(r2), list(r2))
print(hint(iter((1, 2))), hint(iter(range(10))), hint(iter(range(0, 10, 3))), hint(iter({1, 2})), hint(iter({1: 2})))
print(hint(iter({1: 2}.values())), hint(iter({1: 2}.items())), hint(reversed(range(4))), hint(reversed({1: 2, 3: 4})))
class Seq:
    def __init__(self):
        self.n = 3
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i
s = Seq()
rs = reversed(s)
print(type(rs).__name__, hint(rs), next(rs), hint(rs))
s.n = 1
print(hint(rs), list(rs))
si = iter(Seq())
print(type(si).__name__, hint(si), next(si), hint(si), list(si), hint(si))
class NoLen:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError
        return i
print(iter(NoLen()).__length_hint__(), list(NoLen()))
r0 = iter(range(2))
next(r0); next(r0)
print(hint(r0), next(r0, "x"), hint(r0))

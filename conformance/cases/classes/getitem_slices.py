class Rec:
    def __getitem__(self, k):
        return ('get', k)
    def __setitem__(self, k, v):
        print('set', k, v)
    def __delitem__(self, k):
        print('del', k)
r = Rec()
print(r[1], r['a'], r[1:2], r[:], r[::2], r[1:2:3], r[:, 1], r[...], r[1, 2:3])
print(r[-1], r[None], r[::], r[1:], r[:-1])
r[0] = 'x'
r[1:3] = [1, 2]
r[::2] = 'ab'
r[1, 2] = 3
del r[0]
del r[1:5]
del r[:]
s = r[2:7:2][1]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(10))
class OnlyGet:
    def __getitem__(self, k): return k
o = OnlyGet()
try:
    o[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del o[0]
except TypeError as e:
    print(type(e).__name__, e)
class Nothing: pass
n = Nothing()
for f in (lambda: n[0], lambda: n[1:2]):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    n[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del n[0]
except TypeError as e:
    print(type(e).__name__, e)
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]
    def __getitem__(self, pos):
        x, y = pos
        if isinstance(x, slice):
            return [self.cells[y][i] for i in range(*x.indices(self.w))]
        return self.cells[y][x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y][x] = v
    def __len__(self):
        return self.w * self.h
g = Grid(3, 2)
g[1, 1] = 5
g[2, 0] = 7
print(g[1, 1], g[0, 0], g[:, 1], g[::2, 0], len(g))
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
class MyList(list):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return MyList(super().__getitem__(i))
        return super().__getitem__(i) * 10
ml = MyList([1, 2, 3, 4])
print(ml[1], ml[1:3], type(ml[1:3]).__name__, ml[-1], list(ml))
class Index:
    def __index__(self): return 2
print([10, 20, 30][Index()], 'abc'[Index()], (1, 2, 3)[Index():], [0, 1, 2, 3][:Index()])
try:
    [1, 2][Nothing()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][1:Nothing()]
except TypeError as e:
    print(type(e).__name__, e)
class DictLike:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def keys(self): return self.d.keys()
dl = DictLike()
dl['a'] = 1
dl['b'] = 2
print(dict(dl), {**dl})
try:
    dl['zz']
except KeyError as e:
    print(type(e).__name__, e)
class SetOnly:
    def __setitem__(self, k, v): print('SetOnly set', k, v)
class DelOnly:
    def __delitem__(self, k): print('DelOnly del', k)
SetOnly()[1] = 2
DelOnly().__delitem__(3)
try:
    del SetOnly()[0]
except AttributeError as e:
    print(type(e).__name__, e)
try:
    DelOnly()[0] = 1
except AttributeError as e:
    print(type(e).__name__, e)
for o in ('abc', b'x', (1,), range(3), {1}, object(), 1.5, None, Nothing()):
    for k in (0, 'k'):
        try:
            del o[k]
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            o[k] = 1
        except TypeError as e:
            print(type(e).__name__, e)
n[0]

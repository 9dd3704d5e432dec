class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n, m=0):
        return self.v + n + m

c = C(3)
m = c.get
print(m(), type(m).__name__, m.__self__ is c, m.__func__ is C.get)
print(C.get(c), C.add(c, 1, m=2))
print(c.add(1), c.add(1, 2), c.add(n=4))
print(m == c.get, m is c.get, c.get == C(3).get)
print(m.__name__, m.__qualname__, C.get.__qualname__, C.get.__name__)
f = C.add
print(type(f).__name__, f(c, 10))
c.get = lambda: 'instance'
print(c.get())
del c.get
print(c.get())
try:
    C.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.get(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.add()
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.add(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.add(1, q=3)
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def noself():
        return 1
try:
    D().noself()
except TypeError as e:
    print(type(e).__name__, e)
print(D.noself())
def outside(self, x):
    return ('outside', self.v, x)
C.out = outside
print(c.out(1))
bm = c.out
print(bm(2))
print(hash(c.get) == hash(c.get))
print(c.get.__func__.__name__)
bound = C(9).get
print(bound())
methods = [C(i).get for i in range(3)]
print([mm() for mm in methods])
print(getattr(c, 'add')(5))
class Counter:
    count = 0
    def inc(self):
        type(self).count += 1
        return self.count
print(Counter().inc(), Counter().inc(), Counter.count)
c.add(1, 2, 3, 4)

class Acc:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'Acc(%r)' % (self.v,)
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        return 'imul returned other'
    def __add__(self, o):
        return Acc(self.v + o + 1000)
    def __ior__(self, o):
        return NotImplemented
    def __or__(self, o):
        return 'fallback or'
    def __imatmul__(self, o):
        self.v = ('@', o)
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ifloordiv__(self, o):
        return None
a = Acc(1)
b = a
a += 5
print(a, a is b)
a -= 2
print(a, a is b)
a *= 3
print(a, b)
c = Acc(2)
c |= 1
print(c)
d = Acc(3)
d @= 'm'
print(d)
e = Acc(2)
e **= 5
print(e)
f = Acc(1)
f //= 2
print(f)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
l = [1]
l2 = l
l += [2]
print(l, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t is t2)
class L(list):
    def __iadd__(self, o):
        print('L.__iadd__', o)
        return super().__iadd__(o)
m = L([1])
m += [2, 3]
print(m, type(m).__name__)
class NoIadd:
    def __iadd__(self, o):
        return NotImplemented
class RAdd:
    def __radd__(self, o):
        return 'RAdd.__radd__'
n = NoIadd()
n += RAdd()
print(n)
items = {'k': Acc(1)}
items['k'] += 4
print(items)
class Holder:
    pass
h = Holder()
h.a = Acc(10)
h.a += 1
print(h.a)
class Arr:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print('get', k)
        return self.d.get(repr(k), 0)
    def __setitem__(self, k, v):
        print('set', k, v)
        self.d[repr(k)] = v
arr = Arr()
arr[1] += 5
arr[1:2] = 3
arr[1, 2] += 1
print(sorted(arr.d.items()))
z = NoIadd()
z -= 1

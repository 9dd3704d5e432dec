# * and ** at the call site, in every position, and the values they produce
def f(*args, **kwargs):
    return args, kwargs

print(f(*[1, 2]))
print(f(*(1, 2), 3, *'ab'))
print(f(0, *range(3), *[], 4))
print(f(**{'a': 1}))
print(f(x=1, **{'a': 1}, y=2))
print(f(**{'a': 1}, **{'b': 2}))
print(f(*{3: 'x', 1: 'y'}))
print(f(*iter([5, 6])))
print(f(*(x * 2 for x in range(3))))
print(f(1, *[2], z=3, **dict(w=4)))

def g(a, b, c=3, *, d=4):
    return a, b, c, d
print(g(*[1, 2]))
print(g(*[1, 2, 5]))
print(g(1, *[2], **{'d': 9}))
print(g(**{'a': 1, 'b': 2, 'd': 0}))
print(g(*'xy', c='z'))

class Mapping:
    def __init__(self, d): self.d = d
    def keys(self): return list(self.d)
    def __getitem__(self, k): return self.d[k] * 10
print(f(**Mapping({'p': 1, 'q': 2})))
print(g(1, 2, **Mapping({'c': 3})))

# the mapping is read once, keys in order
class Loud(Mapping):
    def keys(self):
        print('keys() called')
        return super().keys()
print(f(**Loud({'k': 1})))

# evaluation order: callee, positional args, keyword values, left to right
def trace(x):
    print('eval', x if not callable(x) else x.__name__)
    return x
print(trace(f)(trace(1), *trace([2]), k=trace(3), **trace({'m': 4})))

# method calls with unpacking
class K:
    def m(self, *a, **k): return a, k
print(K().m(*[1], **{'x': 2}))
print(K.m(K(), *[1]))
print(len(*['abc']), max(*[3, 9, 2]), sorted(*[[3, 1, 2]], **{'reverse': True}))

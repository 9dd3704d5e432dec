# *args and **kwargs: what they receive, their types, order, and mutation
def show(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs

print(show())
print(show(1, 'two', [3]))
print(show(z=1, a=2, m=3))           # keyword order is call order
print(show(1, *[2, 3], k=4, **{'j': 5}))

def mutate(*args, **kwargs):
    kwargs['added'] = True
    return kwargs
d = {'x': 1}
print(mutate(**d), d)                 # the callee gets a copy

def count(*a, **k):
    return len(a), len(k)
print(count(*range(100), **{str(i): i for i in range(50)}))

def forward(*args, **kwargs):
    return show(*args, **kwargs)
print(forward(1, b=2))

def first_rest(first, *rest):
    return first, rest
print(first_rest(*'hello'))

def kw_names(**kw):
    return sorted(kw)
print(kw_names(**{'if': 1, 'class': 2, 'not an identifier': 3}))

# args tuple is a fresh tuple each call; kwargs a fresh dict
def ident(*a, **k):
    return a, k
a1, k1 = ident(1, x=1)
a2, k2 = ident(1, x=1)
print(a1 == a2, k1 == k2, k1 is k2)

# varargs with defaults before
def mixed(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(mixed(1), mixed(1, 2, 3, 4), mixed(1, c=0, d=9))

# unpacking generators and dict views
print(show(*(x * x for x in range(4))))
print(show(*{'a': 1, 'b': 2}.values(), **dict(zip('xy', (8, 9)))))
print(show(*{}.keys()))

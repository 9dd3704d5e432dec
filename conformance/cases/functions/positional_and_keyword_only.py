# parameter kinds: positional-only (/), keyword-only (*), their defaults and interplay
def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 4, e=5, f=7))
print(f(1, 2, d=0, c=3, e=5))

def only_pos(x, y=2, /):
    return x, y
print(only_pos(1), only_pos(1, 3))

def only_kw(*, x, y=2):
    return x, y
print(only_kw(x=1), only_kw(y=0, x=1))

def pos_and_kwargs(name, /, **kw):
    return name, kw
print(pos_and_kwargs('n', name='kw'))   # the keyword goes into **kw

def star_args(a, *args, b):
    return a, args, b
print(star_args(1, 2, 3, b=4), star_args(1, b=2))

def everything(a, /, b, *args, c, **kwargs):
    return a, b, args, c, kwargs
print(everything(1, 2, 3, 4, c=5, d=6))
print(everything(1, b=2, c=3))

for call in (lambda: f(1, 2, 3),
             lambda: f(1, b=2, c=3, e=4),
             lambda: f(1, 2, 3, 4, 5, e=6),
             lambda: only_pos(x=1),
             lambda: only_pos(),
             lambda: only_kw(1),
             lambda: only_kw(),
             lambda: star_args(1, 2),
             lambda: everything(1, 2),
             lambda: everything(a=1, b=2, c=3)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

print(f.__defaults__, f.__kwdefaults__)
print(only_kw.__defaults__, only_kw.__kwdefaults__)
print(only_pos.__defaults__, only_pos.__kwdefaults__)
lam = lambda a, /, b=1, *, c=2: (a, b, c)
print(lam(0), lam(0, c=5), lam.__defaults__, lam.__kwdefaults__)
f(1, 2, 3)

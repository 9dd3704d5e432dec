# comprehensions in a class body cannot see the class's names, except through the first iterable
x = 'global x'
class C:
    x = 'class x'
    items = [1, 2]
    a = [x for _ in range(2)]                 # global x: class scope is skipped
    b = [i * 2 for i in items]                # items: first iterable, evaluated in the class
    c = {k: x for k in 'ab'}
    d = list(x for _ in range(1))
    try:
        e = [i + j for i in items for j in items]   # second items: not visible
    except NameError as err:
        e = 'NameError: %s' % err
print(C.a, C.b, C.c, C.d, C.e)

def make():
    y = 'function y'
    class D:
        y = 'class y'
        seen = [y for _ in range(1)]          # the function's y, not the class's
        def method(self):
            return [y for _ in range(1)]
    return D
D = make()
print(D.seen, D().method(), D.y)

class E:
    values = range(3)
    squares = [v * v for v in values]
    lookup = {v: v for v in values if v}
    total = sum(v for v in values)
print(E.squares, E.lookup, E.total)

class F:
    n = 2
    try:
        grid = [[r * c for c in range(n)] for r in range(n)]
    except NameError as err:
        grid = str(err)
print(F.grid)

class G:
    name = 'G'
    def names(self):
        return [name for name in ('a', 'b')]
    label = [name.lower() for name in [name]]
print(G().names(), G.label)

class H:
    z = 5
    zs = [z for z in range(2)] + [z]
print(H.zs)
class I:
    k = 1
    bad = [k for _ in range(1)]

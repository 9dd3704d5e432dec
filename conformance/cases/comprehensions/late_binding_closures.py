# closures created in comprehensions share one cell per comprehension run: late binding
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs = [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in fs])
pairs = [lambda: (a, b) for a in range(2) for b in 'xy']
print([p() for p in pairs])
d = {k: (lambda: k * 2) for k in range(3)}
print({k: f() for k, f in d.items()})
gs = [(lambda: i for _ in range(2)) for i in range(2)]
print([[f() for f in g] for g in gs])

def make(n):
    return [lambda: i + n for i in range(n)]
first, second = make(2), make(3)
print([f() for f in first], [f() for f in second])

def outer_changes():
    base = 1
    fs = [lambda: base + i for i in range(2)]
    base = 100
    return [f() for f in fs]
print(outer_changes())

def nested_scopes():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[f() for f in row] for row in nested_scopes()])

def walrus_cell():
    fs = [lambda: last for x in range(3) if (last := x * 10) is not None]
    return [f() for f in fs]
print(walrus_cell())

def generator_late():
    g = (lambda: i for i in range(3))
    early = [f() for f in g]
    g = (lambda: i for i in range(3))
    kept = list(g)
    return early, [f() for f in kept]
print(generator_late())

def closure_sees_loop_var_rebinding():
    fns = []
    for i in range(3):
        fns.append([lambda: i for _ in range(1)][0])
    return [f() for f in fns]
print(closure_sees_loop_var_rebinding())
counters = [[0] for _ in range(3)]
incs = [lambda c=c: c.__setitem__(0, c[0] + 1) or c[0] for c in counters]
print([f() for f in incs], [f() for f in incs], counters)
print([f.__name__ for f in [lambda: 0 for _ in range(1)]], fs[0].__qualname__)
print([f() for f in [lambda: undefined_late for _ in range(1)]])

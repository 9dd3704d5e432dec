# generator expressions: lazy, single-use, own scope, first iterable evaluated eagerly
log = []
def src(name, n):
    log.append('iter ' + name)
    for i in range(n):
        log.append('%s yields %d' % (name, i))
        yield i

g = (x * 10 for x in src('a', 3))
print(log)                       # the first iterable is created (a generator: not started)
print(next(g), log)
print(list(g), list(g))
log.clear()
g2 = ((x, y) for x in src('outer', 2) for y in src('inner', 2))
print(log)
print(list(g2))
print(log)

def eager_error():
    try:
        (x for x in 42)
    except TypeError as e:
        print('at creation:', e)
    g = (1 / x for x in [1, 0])
    print('created fine')
    print(next(g))
    try:
        next(g)
    except ZeroDivisionError as e:
        print('at iteration:', e)
eager_error()

def inner_error_is_late():
    g = (y for x in [1] for y in 42)
    print('created fine')
    try:
        next(g)
    except TypeError as e:
        print('late:', e)
inner_error_is_late()

print(sum(x * x for x in range(10)), max(c for c in 'hello'), any(v > 3 for v in [1, 5]))
print(sorted((s for s in ['b', 'a', 'c']), reverse=True))
print(''.join(str(d) for d in range(5)))
print(dict((k, len(k)) for k in ['aa', 'b']))
print(tuple(x for x in range(3) if x), set(x % 2 for x in range(4)) == {0, 1})
g = (x for x in range(3))
print(type(g).__name__, iter(g) is g, next(g), g.__next__())
x = 'outer'
print(list(x for x in 'ab'), x)

def closure_in_genexp():
    fs = list(lambda: i for i in range(3))
    return [f() for f in fs]
print(closure_in_genexp())

def genexp_reads_outer_later():
    k = 1
    g = (v + k for v in range(3))
    k = 100
    return list(g)
print(genexp_reads_outer_later())
nested = ((i, j) for i in range(2) for j in (k * 2 for k in range(i + 1)))
print(list(nested))
g = (x for x in range(2))
print(list(zip(g, g)))
next(x for x in [])

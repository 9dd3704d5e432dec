# comprehensions driving generators: shared iterators, exhaustion between outer iterations,
# laziness of the generator, and errors raised by it
log = []
def gen(n, tag):
    for i in range(n):
        log.append('%s%d' % (tag, i))
        yield i
    log.append('%s end' % tag)

shared = gen(3, 'g')
print([(a, b) for a in range(3) for b in shared])
print(log)

log.clear()
print([(a, b) for a in range(2) for b in gen(2, 'fresh')])
print(log)

it = iter(range(6))
print([(x, next(it)) for x in it])

log.clear()
g = gen(5, 'lazy')
print([x for x in g if x < 2 or log.append('stop') or False][:1], log)

def squares():
    n = 0
    while True:
        yield n * n
        n += 1
sq = squares()
print([next(sq) for _ in range(5)], [v for v, _ in zip(sq, range(3))])

def failing():
    yield 1
    yield 2
    raise KeyError('generator broke')
result = []
try:
    result = [x * 10 for x in failing()]
except KeyError as e:
    print(type(e).__name__, e, result)

def returns_value():
    yield 'a'
    return 'ignored by the comprehension'
print([c for c in returns_value()], {c: 1 for c in returns_value()})

gens = [gen(i, 'n%d' % i) for i in range(3)]
print([list(x) for x in gens], [list(x) for x in gens])
print(sum(x for x in gen(4, 's')), max(x for x in gen(3, 'm')))
print([[y for y in gen(x, 'i')] for x in range(3)])
nested = ((x, y) for x in gen(2, 'o') for y in gen(2, 'p'))
print(next(nested), next(nested), list(nested))
print([x for x in (y * 2 for y in (z + 1 for z in range(3)))])
[x for x in failing()]

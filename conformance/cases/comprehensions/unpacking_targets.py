# for-clause targets: nested tuples, lists, starred names, subscripts and attributes
data = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in data])
print([(first, rest) for first, *rest in ['a', 'bc', 'def']])
print([(init, last) for *init, last in [(1,), (1, 2, 3)]])
print([(a, mid, z) for a, *mid, z in ['xy', 'xyz', range(5)]])
print([(k, v1, v2) for k, [v1, v2] in {'p': [1, 2], 'q': (3, 4)}.items()])
print([(a, b, c, d) for (a, b), (c, *d) in [((1, 2), (3, 4, 5)), ('ab', 'c')]])
print({k: v for (k, *_), v in [(('x', 0, 0), 1), (('y',), 2)]})
print([x for [x] in [[1], (2,), 'c']])
print([[h, t] for ((h, *t),) in [('abc',), ([1],)]])

d = {}
print([d['last'] for d['last'] in range(3)], d)
class Box:
    pass
box = Box()
print([box.value * 2 for box.value in 'ab'], box.value)
slots = [0, 0]
print([slots[:] for slots[0], slots[1] in [(1, 2), (3, 4)]], slots)
print([(i, tail) for i, (*tail,) in enumerate(['ab', ''])])

for bad in ([(1, 2, 3)], [(1,)], [1]):
    try:
        print([a for a, b in bad])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print([a for a, *b, c in ['x']])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print([b for a, (b, c) in [(1, (2, 3)), (4, 5)]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([k for k, v in {'ab': 1, 'xyz': 2}])
except ValueError as e:
    print(type(e).__name__, e)
def gen_pairs():
    yield 1, 2
    yield from [(3, 4)]
print([b - a for a, b in gen_pairs()], [p for *p, in gen_pairs()])
print([(a, b) for a, b in [[1, 2]] * 2 for b, a in [(b, a)]])
print([y for x, y in [(1, 2)] for x, *y in [(x, y, x)]])

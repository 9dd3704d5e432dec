# several for/if clauses: evaluation order, short-circuiting, dependence on earlier targets
trace = []
def t(tag, v):
    trace.append(tag)
    return v

res = [t('elt', (a, b))
       for a in t('iter a', range(3)) if t('if a', a != 1)
       for b in t('iter b', range(a)) if t('if b', True)]
print(res)
print(trace)

print([(x, y, z) for x in range(3) for y in range(x) for z in range(y)])
print([c for word in ['ab', 'cd'] for c in word])
print([(i, s) for i, s in enumerate('abc') if i != 1 if s != 'c'])
print({(a, b) for a in 'xy' for b in 'xy' if a != b} == {('x', 'y'), ('y', 'x')})
print({a + b: (a, b) for a in 'ab' for b in '12'})
print([x for x in range(30) if x % 2 == 0 if x % 3 == 0 if x % 5 == 0])
print([[y for y in range(x) if y % 2] for x in range(6) if x > 2])
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
print([k for k, v in {'a': 1, 'b': 0, 'c': 2}.items() if v])
print([(a, b) for (a, b) in [(1, 2), (3, 4)]], [a for [a, *rest] in [[1, 2, 3], [4]]])
print([x for x in range(5) for x in range(x)])      # the same name twice
flat = [n for sub in [[1, [2]], [3]] for n in sub]
print(flat)
print(list(map(lambda r: [v * 2 for v in r], [[1], [2, 3]])))
try:
    print([a for a, b in [(1, 2), (3,)]])
except ValueError as e:
    print('ValueError', e)
print([x for x in range(3) if undefined_condition_name])

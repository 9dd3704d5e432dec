# list, set and dict comprehensions: values, types, ordering, duplicates, conditions
print([x * x for x in range(6)])
print([x for x in 'hello' if x != 'l'])
print({x % 4 for x in range(20)}, type({x for x in ''}).__name__)
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})          # later keys win
print({x: x ** 2 for x in range(5) if x % 2 == 0})
print({c: i for i, c in enumerate('abca')})
print([(i, c) for i, c in enumerate('xyz')])
print([x if x % 2 else -x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([[0] * 3 for _ in range(2)])
print({frozenset({i}) for i in range(3)} == {frozenset({0}), frozenset({1}), frozenset({2})})
print([len(w) for w in 'the quick brown fox'.split()])
print(sum([x for x in range(101)]), max({x % 7 for x in range(50)}))
print({s.upper() for s in ['a', 'b', 'a']} == {'A', 'B'})
print([d['k'] for d in [{'k': 1}, {'k': 2}]])
print({(a, b): a * b for a in range(3) for b in range(a)})
print([x for x in []], {x for x in []}, {x: 1 for x in []})
data = {'b': 2, 'a': 1, 'c': 3}
print({v: k for k, v in data.items()}, [k for k in sorted(data, key=data.get)])
print([*(x for x in range(3)), *[y for y in 'ab']])
print({**{x: 'v' for x in 'ab'}, 'c': 'w'})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
print([(yield_ := 1) for _ in range(2)], yield_)
print([str(x) + s for x in range(2) for s in 'ab'])
try:
    print({[1]: 2 for _ in range(1)})
except TypeError as e:
    print('TypeError', e)
try:
    print({x for x in [[1], [2]]})
except TypeError as e:
    print('TypeError', e)
print([1 / x for x in [1, 0]])

print([x for x in range(5)], [x * y for x in range(3) for y in range(3)], [x for x in range(10) if x % 2 if x % 3])
print([(x, y) for x in "ab" for y in range(2)], [[y for y in range(x)] for x in range(4)], [x if x % 2 else -x for x in range(5)])
print([c.upper() for c in "hey"], [len(w) for w in "the quick brown".split()], [n for n in [3, 1, 2] if n > 1])
x = "outer"
print([x for x in range(3)], x)
print([i for i in range(3) for i in "ab"], [a + b for a, b in [(1, 2), (3, 4)]], [(lambda v: v * 2)(v) for v in range(3)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
print([y := 5, y ** 2], [z for z in range(3) if (w := z * 2) > 1], w)
print([*range(2), *"ab", *[[]]][0:3] if False else [0, 1], sum([[1], [2]], []))
nested = [[1, 2], [3, [4, 5]], []]
print([item for sub in nested for item in sub], len([[] for _ in range(1000)]))
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
[undefined_name for _ in range(1)]

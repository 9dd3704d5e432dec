a = {1, 2}
cases = [lambda: a | [3], lambda: a & "1", lambda: a - (1,), lambda: a ^ None, lambda: a < [1], lambda: a <= (1,), lambda: [1] | a,
         lambda: a + {3}, lambda: a * 2, lambda: a[0], lambda: a.remove([1]), lambda: a.discard({1}), lambda: a.add({}),
         lambda: frozenset(a).add(1), lambda: {[1]}, lambda: a.update(5), lambda: a.union(5), lambda: a.issubset(5), lambda: a.pop(1),
         lambda: set.add(frozenset(), 1), lambda: hash(a), lambda: a > 5, lambda: a.intersection([[]])]
for i, c in enumerate(cases):
    try:
        print(i, "ok", c())
    except Exception as e:
        print(i, type(e).__name__, e)
a |= [1]

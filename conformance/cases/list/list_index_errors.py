a = [10, 20, 30]
cases = [lambda: a[3], lambda: a[-4], lambda: a["1"], lambda: a[1.0], lambda: a[None], lambda: a[2**100], lambda: a[-(2**100)],
         lambda: a.__setitem__(5, 0), lambda: a.__setitem__("x", 0), lambda: a.__delitem__(7), lambda: a.__delitem__(1.5),
         lambda: a.pop(3), lambda: [].pop(), lambda: a.pop(2**100), lambda: a.insert(2**100, 1), lambda: a.index(99),
         lambda: a.index(10, 1), lambda: a.index(10, "a"), lambda: a.remove(99), lambda: a[1:2:0], lambda: a["a":],
         lambda: a.__setitem__(slice(0, 3, 2), [1]), lambda: a.__setitem__(slice(None), 5), lambda: a.__getitem__(0),
         lambda: None[0], lambda: 5[0], lambda: (lambda: 0)[0], lambda: a + None, lambda: a * a, lambda: a - a,
         lambda: a < 5, lambda: a.sort(key=len), lambda: sorted([1, None]), lambda: [][0], lambda: ()[0], lambda: ""[0],
         lambda: range(0)[0], lambda: {}["k"], lambda: a.count(), lambda: len(a, a)]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__, e)
a.insert(1.5, 0)

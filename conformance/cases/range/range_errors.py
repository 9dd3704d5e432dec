cases = [lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(1.0), lambda: range("1"), lambda: range(None), lambda: range(1, 2, 0),
         lambda: range(0, 1, 0.5), lambda: range(x=1), lambda: range(5)[5], lambda: range(5)[-6], lambda: range(5)["a"],
         lambda: range(5)[1.0], lambda: range(5)[::0], lambda: len(range(2**64)), lambda: range(5).index(9), lambda: range(5).index("a"),
         lambda: range(5).count(), lambda: range(5).foo, lambda: range(3) + range(2), lambda: range(3) * 2, lambda: hash(range(3)) and "ok",
         lambda: range(3)[::2**100], lambda: range(2**100)[2**99], lambda: range(3).start.__class__.__name__, lambda: range(True, 3)]
for i, c in enumerate(cases):
    try:
        print(i, "ok", c())
    except Exception as e:
        print(i, type(e).__name__, e)
range(5)[10]

vals = [(), (0,), (1,), (-1,), (1, 2), (2, 1), (1, (2, 3)), ("a",), ("a", "b"), (1.5, -2.5), (True, False), (2**64, -2**64),
        ((), ()), (0, 0, 0, 0, 0, 0, 0, 0), tuple(range(100)), (b"x", "x"), (frozenset({1, 2}),), (1, 1.0)]
for v in vals:
    print(v if len(v) < 10 else len(v), hash(v))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) == hash((True,)), hash((0,)) != hash((0, 0)))
print({(1, 2): "a", (2, 1): "b", (1, 2.0): "c"})
print(len({(i, j) for i in range(10) for j in range(10)}))
s = {(i, -i) for i in range(8)}
print(s)
print(sorted({("b", 2), ("a", 1), ("a", 0)}))

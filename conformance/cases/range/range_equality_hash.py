pairs = [(range(0), range(5, 5)), (range(0), range(1, 0)), (range(3), range(0, 3)), (range(3), range(0, 3, 1)), (range(0, 3, 2), range(0, 4, 2)),
         (range(1, 2, 5), range(1, 3, 10)), (range(5), range(4)), (range(0, -3, -1), range(0, -3)), (range(10**20), range(0, 10**20))]
for a, b in pairs:
    print(a, b, a == b, a != b, hash(a) == hash(b))
print(range(3) == [0, 1, 2], range(3) == (0, 1, 2), list(range(3)) == [0, 1, 2], range(1) in [range(0, 1)], {range(2): "a"}[range(0, 2)])
for op in ["<", "<=", ">", ">="]:
    try:
        if op == "<": range(1) < range(2)
        elif op == "<=": range(1) <= range(2)
        elif op == ">": range(1) > range(2)
        else: range(1) >= range(2)
    except TypeError as e:
        print("TypeError", e)
print(len({range(0), range(3, 3), range(1, 0, -1) if False else range(5, 5, 2)}), hash(range(0)) == hash(range(7, 7)))

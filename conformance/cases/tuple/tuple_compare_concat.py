pairs = [((), ()), ((1,), ()), ((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), (("a",), ("b",)), ((1, (2,)), (1, (2,))),
         ((1, "a"), (1, "a")), ((0.0,), (-0.0,)), ((2,), (1, 9, 9))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
print((1, 2) + (3,), (1,) * 4, 3 * ("a",), (1, 2) * -1, (0,) * True, ((1, 2),) * 2)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
t *= 2
print(t)
for bad in [lambda: (1,) + [2], lambda: (1,) + "a", lambda: (1,) * 1.5, lambda: (1,) * (2,), lambda: (1,) - (1,), lambda: (1,) < [1], lambda: (1, 2) < (1, "a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print((1, 2) == [1, 2], [1, 2] == list((1, 2)), tuple([1, 2]) == (1, 2))
(1,) + [2]

# //, % and divmod with every sign combination, on ints, floats and mixes, and their errors.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (7, 7), (0, 3), (1, -10**20), (-10**20, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a // b * b + a % b == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (1, 0.3), (5, -0.0001), (-1e300, 1e-300)]:
    try:
        print(a, b, a // b, a % b, divmod(a, b))
    except OverflowError as e:
        print("OverflowError:", e)
print(-0.0 % 5, 0.0 % -5, (-0.0) // 1, 5 % float("inf"), -5 % float("inf"), 5 // float("inf"))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (True, False), (10**30, 0)]:
    for name, op in [("//", lambda x, y: x // y), ("%", lambda x, y: x % y),
                     ("/", lambda x, y: x / y), ("divmod", divmod)]:
        try:
            op(a, b)
        except ZeroDivisionError as e:
            print(repr(a), name, repr(b), "->", e)
print(7 / 2, -7 / 2, 10**20 / 3, 2**1000 / 2**999, 1 / 3 * 3 == 1)
try:
    2**2000 / 3
except OverflowError as e:
    print("OverflowError:", e)
print((2**2000) // 3 % 1000, 2**2000 / 2**1999)
print(True // 2, True % 2, divmod(True, True), -True // 2)

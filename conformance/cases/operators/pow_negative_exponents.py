# int ** negative int is a float; three-argument pow with negative exponents; overflow paths.
for base in [2, -2, 3, -3, 10, 1, -1, True]:
    r = base ** -2
    print(base, r, type(r).__name__, base ** -1, base ** -3)
print(2 ** -1074, 2 ** -1075, 2 ** -1080, (-2) ** -1075, 10 ** -323, 10 ** -324)
print(2 ** -1 ** 2, (2 ** -1) ** 2, -2 ** -2, (-2) ** -2, 2 ** -(-2))
print(7 ** -1 * 7, 1 / 7 == 7 ** -1, 49 ** -0.5, 8 ** (1 / 3), 2 ** 0.0, 2 ** -0.0)
print((-8) ** 3.0, (-8.0) ** -1.0, (-2.0) ** -3, (-0.5) ** 2, 1.5 ** -2)
for a, b in [(10**400, -1), (2, -(10**400)), (10**400, -(10**400)), (-1, -(10**400)), (-1, -(10**400) - 1)]:
    try:
        print(a ** b if abs(a) < 10**5 else "big", pow(a, b) if abs(a) < 10**5 else "big")
    except OverflowError as e:
        print("OverflowError:", e)
for a, b in [(10**400, -1), (10**400, 1.0), (2.0, 10**400), (0.5, 10**400), (1.0, 10**400), (-1.0, 10**400 + 1)]:
    try:
        print(a ** b)
    except OverflowError as e:
        print("OverflowError:", e)
print(pow(2, -1, 5), pow(3, -2, 11), pow(-3, -1, 7), pow(2, -1, -5), pow(10**20, -1, 7), pow(5, -1, 1))
for args in [(2, -1, 4), (0, -1, 5), (6, -1, 9), (2, -1, 0)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print("ValueError:", e)
for args in [(2, 3, 5.0), (2.0, -1, 5), (2, 1.5, 5), ("2", 1, 5)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print("TypeError:", e)
print(pow(2, 3, None), pow(2.0, -2, None), pow(base=3, exp=-1), pow(3, exp=2, mod=4))
x = 4
x **= -1
print(x, type(x).__name__)
x **= -2
print(x)

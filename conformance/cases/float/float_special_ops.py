inf, nan = float("inf"), float("nan")
ops = [(inf, inf), (inf, -inf), (inf, 0.0), (inf, 2.0), (-inf, 3), (nan, 1.0), (1.0, nan), (0.0, inf), (5.0, inf), (-5.0, inf), (5.0, -inf)]
for a, b in ops:
    row = []
    for f in [lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a ** b]:
        try:
            row.append(f())
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(a, b, row)
print(inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf, (-1.0) ** inf, (-1.0) ** -inf, 0.0 ** inf, 0.0 ** -inf if False else "skip")
print(2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075, 10.0 ** 308, (-2.0) ** 3, (-2.0) ** -3, (-0.0) ** 3, (-0.0) ** 2)
for a, b in [(10.0, 309), (-10.0, 309), (2.0, 1024), (1e200, 2), (0.0, -1), (-0.0, -1), (0.0, -1.5)]:
    try:
        print(a ** b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(abs(-inf), -nan != -nan, -inf, +inf, -(-0.0), abs(nan) != abs(nan))
print(int(1e18), int(-1e18), int(1.9e19), int(2.5), int(-2.5), int(1e-10), int(-0.0))
for v in [inf, -inf, nan]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float("inf") == float("infinity"), str(float("-infinity")), repr(-nan), float("+nan"))
1e308 * 10 ** 1

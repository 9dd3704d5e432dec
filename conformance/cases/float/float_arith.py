import math
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (1e300, 1e-300), (5, 0.5),
         (1, 0.1), (-1, 0.1), (3.5, float("inf")), (-3.5, float("inf")), (float("inf"), 2.0)]
for a, b in pairs:
    try:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (-1.0, -0.0)]:
    for op in ["/", "//", "%", "divmod"]:
        try:
            if op == "/": r = a / b
            elif op == "//": r = a // b
            elif op == "%": r = a % b
            else: r = divmod(a, b)
            print(r)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
print(2.0 ** 3, 2.0 ** -1, (-2.0) ** 3, (-2.0) ** 2, 0.0 ** 0, 0.0 ** 1.5, 4 ** 0.5, 2 ** -1.0)
print(float("inf") ** 0, 1.0 ** float("nan"), float("nan") ** 0, (-1.0) ** float("inf"), 0.5 ** float("inf"), 2.0 ** float("-inf"))
for a, b in [(0.0, -1.0), (0, -2), (10.0, 400), (-10.0, 401), (1e300, 2)]:
    try:
        print(a ** b)
    except Exception as e:
        print(type(e).__name__, e)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -(0.0), abs(-0.0), -0.0 == 0.0)
print(1e308 + 1e308, -1e308 - 1e308, float("inf") - float("inf"), float("inf") * 0)
print(0.1 + 0.2, 1.1 * 1.1, 1e16 + 1, 2 ** 53 + 1.0, 3 * 1.1)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.0, 1e-320 % 1, -1e-320 % 1)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(-0.5), round(1.5), type(round(1.5)))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.125, 2))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2), round(5e15 + 0.5, -1))
print(round(1.5, 0), round(2.5, 0), round(-0.4, 0), round(0.4, 0), round(1e300, 2), round(1e-300, 2))
print(round(123.456, 400), round(123.456, -400), round(-123.456, -400), round(1.7976931348623157e308, -308))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.0, 1), round(0.5, None))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(e)
try:
    round(1.7976931348623157e308, -308)
    print(round(9.5e307, -308))
except OverflowError as e:
    print("OverflowError", e)
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5))
print(1.0 // 0.1, 1.0 % 0.1, divmod(1.0, 0.1))
print(float(2**53 + 1), 2**53 + 1 == float(2**53 + 1))
print(-7.5 // 0.0 if False else "skip")
1.0 // 0.0

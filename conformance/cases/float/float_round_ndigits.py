vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 5e-324, 1e300, 1.7976931348623157e308,
        123456789.987654321, 0.1, 0.05, 0.15, 0.25, 0.35, 9.995, 99.95, 1e22, 4.35, -0.0, 0.0, 2.5e-8]
for v in vals:
    print(repr(v), [round(v, n) for n in (-3, -2, -1, 0, 1, 2, 3, 5, 10, 17, 300, 400, -400)], round(v))
print(round(5e15 + 0.5), round(2**52 + 0.5), round(4503599627370497.0), round(-4503599627370497.5 if False else 0.49999999999999994))
print(round(1e16, -16), round(5e15, -16), round(1.5e16, -16), round(2.5e16, -16), round(-2.5e16, -16))
print(round(125.0, -1), round(135.0, -1), round(145.0, -1), round(0.5e-10, 10), round(1.5e-10, 10))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(round(v, 2), round(v, -2), round(v, 0))
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, None)), round(2.5, None))
try:
    round(1.5, 2**70)
except OverflowError as e:
    print("OverflowError", e)
print(round(1.5, True), round(1.55, False))
try:
    round(1.7e308, -308)
except OverflowError as e:
    print("OverflowError", e)
print(round(1e308, -308), round(-1e308, -308), round(8.5e307, -308))
round(float("nan"))

import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(math.fsum([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e-16, 1, 1e16]))
print(math.fsum([1, 1e100, 1, -1e100] * 10000), math.fsum(range(10)), math.fsum(x / 7 for x in range(100)))
print(math.fsum([0.0, -0.0]), math.fsum([-0.0, -0.0]), math.fsum([-0.0]))
print(math.fsum([math.inf, 1, 2]), math.fsum([-math.inf, -1]), math.fsum([math.inf, math.nan]), math.fsum([math.nan, 1]))
print(math.fsum([2**53, 1, 1]), math.fsum([2.0**53, 1.0, 1e-16]), math.fsum([1, 2**1000]), math.fsum([True, 2.5]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.7976931348623157e308]))
vals = [(-1) ** i * 10.0 ** (i % 30 - 15) / (i + 1) for i in range(1000)]
print(math.fsum(vals), math.fsum(reversed(vals)) == math.fsum(vals))

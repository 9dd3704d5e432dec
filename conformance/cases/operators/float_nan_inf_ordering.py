# nan is unordered and unequal to everything, even itself; inf sits above every int.
nan, inf = float("nan"), float("inf")
for other in [nan, 0, 1.0, inf, -inf, 10**400, True]:
    print(repr(other), nan < other, nan <= other, nan == other, nan != other, nan > other, other >= nan, other != nan)
for other in [10**400, -(10**400), 2**1024, 1e308, inf, -inf, 0]:
    print(inf > other, inf == other, -inf < other, inf >= other, other <= -inf)
print(inf == inf, inf - inf != inf - inf, inf * 0 == inf * 0, -inf == -inf, inf + 1 == inf, inf / 10**300)
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan), max([2, nan, 3]), max([nan, 2, 3]))
print(nan is nan, float("nan") is nan, nan in [nan], nan in [float("nan")], [nan].index(nan))
print((nan, 1) == (nan, 1), (nan,) == (float("nan"),), [1, nan] != [1, nan], {"k": nan} == {"k": nan})
print(sorted([3, 1, 2], key=lambda v: nan if v == 2 else v) if False else "skip", abs(-inf), -(-inf), inf // 1)
print(1e308 * 10 == inf, -1e308 * 10 == -inf, 1e308 + 1e308, 2.0 ** 1023 * 2, -(2.0 ** 1023) * 2)
print(inf % 5 != inf % 5, 5 % inf, -5 % inf, 5 % -inf, 5 // inf, -5 // inf, divmod(5.0, inf), divmod(-5.0, inf))
print(str(nan), repr(-nan), str(-inf), f"{inf:f}", f"{nan:>5}", f"{-inf:e}", "%f" % inf, "%.2f" % -nan)
print(int(1e300) > 1e299, 1e300 < 10**301, 1e300 > 10**299, float(10**308) < inf)
for bad in [lambda: int(nan), lambda: int(inf), lambda: round(nan), lambda: round(-inf), lambda: inf.as_integer_ratio()]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

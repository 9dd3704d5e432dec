# Comparisons between ints and floats are exact, even where float(int) rounds.
b = 2 ** 53
pairs = [(b, float(b)), (b + 1, float(b)), (b + 1, float(b + 2)), (b - 1, float(b)), (-(b + 1), -float(b)),
         (2**63, 2.0**63), (2**63 - 1, 2.0**63), (2**64 + 1, 2.0**64), (10**22, 1e22), (10**23, 1e23),
         (2**1023, 2.0**1023), (2**1024, 1.7976931348623157e308), (0, -0.0), (-1, -1.0000000000000002)]
for i, f in pairs:
    print(i < f, i <= f, i == f, i != f, i > f, i >= f, f < i, f == i, f > i)
print(b + 1 == b + 1.0, b + 1.0 == b, float(b + 1) == b, int(float(b + 1)) == b)
print(3 * b + 1 > 3.0 * b, (b + 1) / 1 == b, (b + 1) // 1 == b + 1, (b + 1) * 1.0 == b)
print(10**400 == float("inf"), 10**400 < float("inf"), -(10**400) > float("-inf"), 10**400 > 1e308)
print(max(b + 1, float(b)), min(b + 1, float(b + 2)), max(float(b), b), sorted([b + 1, float(b), b - 1]))
print(0.1 == 3602879701896397 / 2**55, 0.1 * 2**55 == 3602879701896397, 1e16 == 10**16, 1e16 + 1 == 10**16 + 1)
print(int(1e23), 10**23 - int(1e23), float(10**23) == 1e23, 1e23 == 99999999999999991611392)
print(True == 1.0, False == -0.0, True < 1.5, (1 == 1.0) is True, 2**53 + 1 in [float(2**53)], float(2**53) in [b + 1])
print(round(b + 1.0), b + 1.0 - b, (b + 1) - float(b), 2.0**53 + 2 - b)

big = 2 ** 53
print(big + 1 == float(big + 1), big + 1 > float(big + 1), float(big) == big)
print(10**400 > float("inf"), -10**400 < float("-inf"), 10**400 > 1e308)
nan = float("nan")
print(1 == nan, 1 < nan, 1 > nan, 1 != nan, nan == nan)
print(1 == 1.0, 1 == True, 0.0 == False, -0.0 == 0)
print(2**63 == 9223372036854775808.0, 2**63 - 1 == 9223372036854775808.0, 2**63 - 1 < 9223372036854775808.0)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(2**100) == hash(float(2**100)), hash(0.5), hash(-0.5), hash(1.5), hash(1e300))
print(hash(float("inf")), hash(float("-inf")), hash(-1.0), hash(2.0**61), hash(123.456))
print(sorted([3, 1.5, True, 2**70, -1e10, 0, -0.0]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(1 < 1.5 < 2, 3 >= 3.0, 2**1000 < 2.0**1000 * 2)
d = {1: "a"}
d[1.0] = "b"
d[True] = "c"
print(d)
s = {0, 0.0, False, -0.0}
print(s, len(s))
print(0.1 + 0.2 == 0.3, 3 * 0.1, 0.1 * 3)
print(float(2**1023 * 2 - 1) if False else "skip")
print((2**1024 - 2**970) > 1.7976931348623157e308, (2**1024 - 2**970) == 1.7976931348623157e308 * 1)
print(int(1.7976931348623157e308) == 1.7976931348623157e308)

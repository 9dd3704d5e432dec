nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= 0, [nan] == [nan], nan in [nan], (nan,) == (nan,))
x = nan
print(x == x, x is x, [x] == [x], {x: 1}.get(x), x in {x}, x in {float("nan")}, len({nan, nan, float("nan")}))
print(inf == inf, inf > 1e308, -inf < -1e308, inf == 2**1024, inf > 2**10000, -inf < -(2**10000), inf - inf != inf - inf)
print(0.0 == -0.0, 1.0 == 1, 1.1 == 1, 2**53 == 2.0**53, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 9007199254740993 < 9007199254740994.0)
print(hash(1.0), hash(-1.0), hash(0.5), hash(1.5), hash(-2.5), hash(1e100), hash(1e-100), hash(2.0**64), hash(inf), hash(-inf))
print(hash(3.0) == hash(3), hash(2.0**70) == hash(2**70), hash(-2.0**70) == hash(-(2**70)), hash(0.1), hash(123.456))
print(hash(float(2**61 - 1)), hash(float(2**61)), hash(1.7976931348623157e308), hash(5e-324))
d = {1: "int", 1.0: "float"}
print(d, {0.0: "a", -0.0: "b"}, {1.5: 1, 3/2: 2})
print(sorted([2.5, -1, 0.0, -0.0, 1e-300, -inf, inf, 3]), min(-0.0, 0.0), max(0.0, -0.0), min(0.0, -0.0))
print(1 < 1.5 < 2 < 2.5, 3.0 > 2 > 1.5, 2 ** 0.5 > 1.414, 0.1 + 0.2 > 0.3, 0.1 + 0.2 - 0.3 < 1e-15)
try:
    1.0 < "a"
except TypeError as e:
    print("TypeError", e)
try:
    None > 1.0
except TypeError as e:
    print("TypeError", e)
print(1.0 == "1.0", 1.0 != None, 1.0 == [1.0])
1.5 < []

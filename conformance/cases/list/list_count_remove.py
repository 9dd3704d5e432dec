l = [1, 2, 1.0, True, "1", [1], (1,), None, 1]
print(l.count(1), l.count(True), l.count("1"), l.count([1]), l.count(None), l.count(2.0), l.count(0))
l.remove(1)
print(l)
l.remove(True)
print(l)
l.remove([1])
print(l)
for v in [99, "x", [2]]:
    try:
        l.remove(v)
    except ValueError as e:
        print("ValueError", e)
nan = float("nan")
m = [nan, nan]
print(m.count(nan), m.count(float("nan")), m.index(nan), nan in m, float("nan") in m)
m.remove(nan)
print(len(m))
big = list(range(1000)) * 3
print(big.count(500), big.index(999), big.index(0, 1), big.index(999, 1000, 2000))
while 500 in big:
    big.remove(500)
print(len(big), big.count(500))
[1, 2].remove(3)

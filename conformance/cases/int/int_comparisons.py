vals = [-(2**70), -5, -1, 0, 1, 5, 2**62 - 1, 2**62, 2**70, 1.5, -0.5, float("inf"), float("-inf"), True, False]
for a in vals:
    print(a, [a < b for b in vals])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True, 2 ** 70 == float(2 ** 70), 2 ** 70 + 1 == float(2 ** 70))
print(sorted(vals), max(vals), min(vals))
for a, b in [(1, "1"), (1, None), (1, [1]), (1, (1,))]:
    print(a == b, a != b)
    try:
        a < b
    except TypeError as e:
        print("TypeError", e)
1 < "1"

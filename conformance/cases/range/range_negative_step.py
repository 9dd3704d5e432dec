for args in [(10, 0, -1), (10, 0, -3), (0, 10, -1), (-1, -10, -2), (5, -5, -5), (3, 3, -1), (10, -10, -7), (2**64, 2**64 - 10, -3)]:
    r = range(*args)
    print(r, list(r), len(r), r[0] if r else None, r[-1] if r else None, list(reversed(r)), r[::-1], r[1:3], r[::2])
r = range(20, 0, -4)
print(16 in r, 15 in r, r.index(8), r.count(0), r[-2], r[1:-1], r[10:], r[-100:2])
print(list(range(-5, 5, 2)), list(range(5, -5, -2)), range(-5, 5, 2)[::-1], list(range(-5, 5, 2)[::-1]))

r = range(0, 20, 3)
print(3 in r, 4 in r, 3.0 in r, 3.5 in r, True in range(2), False in range(1, 3), "3" in r, None in r, [3] in r)
print(-3 in range(0, -10, -3), -4 in range(0, -10, -3), 0 in range(0), 10**30 in range(10**31), 10**30 + 1 in range(0, 10**31, 2))
class I:
    def __eq__(self, o):
        return o == 6
    __hash__ = None
print(I() in r, r.count(I()), r.index(6), r.count(6.0), r.count(True))
class Idx:
    def __index__(self):
        return 6
print(Idx() in r)
nan = float("nan")
print(nan in r, float("inf") in range(10), 2**64 in range(2**63, 2**65))
print(range(5).count(5), range(5).count(-1), range(0, 10, 2).index(8), range(10, 0, -2).index(4))
for v in [5, 5.0, "x", 100]:
    try:
        print(range(0, 10, 2).index(v))
    except ValueError as e:
        print("ValueError", e)

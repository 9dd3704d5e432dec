for args in [(5,), (2, 8), (2, 8, 3), (10, 0, -2), (0,), (5, 5), (5, 2), (-5, 5, 4), (0, -10, -3), (1, 2, 10**20)]:
    r = range(*args)
    print(r, repr(r), list(r), len(r), bool(r), r.start, r.stop, r.step)
print(range(3) == range(3), range(0) == range(5, 5), range(0, 5, 2) == range(0, 6, 2), range(1) == range(0, 1, 5),
      range(3) != range(4), range(2, 2) == range(3, 3, -1), range(3) == [0, 1, 2], range(0, 3, 1) == range(3))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 1)), hash(range(1, 2, 9)) == hash(range(1, 5, 10)))
r = range(10, 100, 7)
print(r[0], r[-1], r[3], r[2:5], r[::-1], r[1::3], r[:-100], r[100:], r[::-2][::-3], r[-3:-1])
print(37 in r, 38 in r, 10 in r, 100 in r, 94 in r, 3.0 in range(5), "a" in range(3), True in range(3), 2**70 in range(2**71))
print(r.index(17), r.count(17), r.count(18), range(5).count(2.0), range(5).index(True))
for bad in [18, "x", 2.5]:
    try:
        r.index(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    r[100]
except IndexError as e:
    print("IndexError", e)
try:
    r["a"]
except TypeError as e:
    print("TypeError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
for bad in [(1.5,), ("a",), (1, 2.0), (None,)]:
    try:
        range(*bad)
    except TypeError as e:
        print("TypeError", e)
huge = range(0, 10**30, 7)
print(len(huge), huge[-1], huge[10**28], 10**29 in huge, huge.index(7 * 10**20), huge[::10**25])
try:
    len(range(2**63))
except OverflowError as e:
    print("OverflowError", e)
print(range(2**63).__len__ if False else "skip", range(2**63)[2**62], list(range(2**63, 2**63 + 2)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(10**20, 10**20 + 2))))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)), list(enumerate(range(3))))
print(range(5)[True], range(5)[-5], range(0, -5, -1)[-1])
class I:
    def __index__(self):
        return 4
print(range(I()), range(I())[I() - 1] if False else list(range(I())), range(1, 10)[I()])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"), type(it).__name__)
it2 = iter(range(3))
print(it2.__length_hint__(), list(it2), it2.__length_hint__())
print(type(range(3)).__name__, isinstance(range(3), range), range.__name__)
try:
    range(3)[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    range()
except TypeError as e:
    print("TypeError", e)
print(range(-3, 3)[::2], range(0, 10, 3)[::-1], range(3)[1:1])
print(range(0, 20, 5) == range(0, 16, 5), range(0, 1) == range(0, 1, 2))
r2 = range(5)
print(r2.start, r2.stop, r2.step)
try:
    r2.start = 3
except AttributeError as e:
    print("AttributeError", e)
range(5).index(7)

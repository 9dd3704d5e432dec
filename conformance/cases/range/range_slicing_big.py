r = range(10, 100, 7)
for s in [slice(None, None, -2), slice(1, None, 3), slice(-3, None), slice(None, None, 2**70), slice(-2**70, 2**70),
          slice(2**70, None, -1), slice(None, -2**70, -1), slice(3, 1), slice(True, None), slice(0, 0)]:
    print(s, r[s], list(r[s])[:5])
print(r[::-2][::-3], list(r[::-2][::-3]), r[::-1][::-1])
huge = range(0, 10**30, 7)
print(huge[::10**25], huge[10**20:10**20 + 21:7], huge[-2:], huge[::-1][:2], len(huge[::10**25]))
print(range(2**64)[2**63:], range(-2**64, 0)[::-2**62])
try:
    r[::0]
except ValueError as e:
    print("ValueError", e)
try:
    r["a":]
except TypeError as e:
    print("TypeError", e)
try:
    r[1.5]
except TypeError as e:
    print("TypeError", e)
class I:
    def __index__(self):
        return 2
print(r[I():I() + 3], r[I()], r[:I()])
print(len(range(10**20)[::3]), range(10**20)[::3][-1], range(10**20)[5:][:3])
try:
    len(huge)
except OverflowError as e:
    print("OverflowError", e)
print(huge.count(14), huge.index(14), 10**29 + 6 in huge, huge[10**28] % 7)
r[::0]
